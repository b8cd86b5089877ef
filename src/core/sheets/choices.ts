// Matching a typed or chosen answer against a set of labels (Status Lahan, Tahap Pembangunan, ...).

/** Lower-case, `&` read as "dan", punctuation dropped, whitespace collapsed. */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The part of a label before any "(...)" explanation: "Siap bangun (clear & clean)" -> "siap bangun". */
function shortForm(label: string): string {
  const at = label.indexOf("(");
  return normalizeWords(at >= 0 ? label.slice(0, at) : label);
}

/**
 * The code whose label the text names. Accepted, case-insensitively: the full label, its words
 * before "(", the code itself, an alias, a text starting with the label's words ("Siap bangun, sudah
 * clear") or the first whole words of exactly one label ("Siap", "Struktur"). Null when unreadable
 * or ambiguous.
 */
export function matchChoice<C extends string>(
  text: string,
  labels: Record<C, string>,
  aliases: Partial<Record<C, readonly string[]>> = {},
): C | null {
  if (text.length > 300) return null;
  const x = normalizeWords(text);
  if (x === "") return null;
  const codes = Object.keys(labels) as C[];
  const namesOf = (c: C): string[] => [
    normalizeWords(labels[c]),
    shortForm(labels[c]),
    normalizeWords(c.replace(/_/g, " ")),
    ...(aliases[c] ?? []).map(normalizeWords),
  ].filter((n) => n !== "");
  const exact = codes.filter((c) => namesOf(c).includes(x));
  if (exact.length === 1) return exact[0] ?? null;
  if (exact.length > 1) return null;
  const loose = codes.filter((c) =>
    namesOf(c).some((n) => x.startsWith(`${n} `) || n.startsWith(`${x} `)),
  );
  return loose.length === 1 ? (loose[0] ?? null) : null;
}
