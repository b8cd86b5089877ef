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

interface Matcher {
  codes: string[];
  names: Map<string, string[]>;
  /** Answers seen before (a form's answers repeat a lot); bounded. */
  seen: Map<string, string | null>;
}

const MATCHERS = new WeakMap<object, WeakMap<object, Matcher>>();
const NO_ALIASES = {};
const SEEN_LIMIT = 10_000;

/** The normalised names of every code, computed once per (labels, aliases) pair. */
function matcherFor(labels: Record<string, string>, aliases: Partial<Record<string, readonly string[]>>): Matcher {
  let byAliases = MATCHERS.get(labels);
  if (!byAliases) MATCHERS.set(labels, (byAliases = new WeakMap()));
  let m = byAliases.get(aliases);
  if (!m) {
    const codes = Object.keys(labels);
    const names = new Map<string, string[]>();
    for (const c of codes) {
      names.set(c, [
        normalizeWords(labels[c]!),
        shortForm(labels[c]!),
        normalizeWords(c.replace(/_/g, " ")),
        ...(aliases[c] ?? []).map(normalizeWords),
      ].filter((n) => n !== ""));
    }
    m = { codes, names, seen: new Map() };
    byAliases.set(aliases, m);
  }
  return m;
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
  aliases: Partial<Record<C, readonly string[]>> = NO_ALIASES,
): C | null {
  if (text.length > 300) return null;
  const m = matcherFor(labels, aliases as Partial<Record<string, readonly string[]>>);
  const known = m.seen.get(text);
  if (known !== undefined) return known as C | null;
  const found = matchNormalized(normalizeWords(text), m);
  if (m.seen.size < SEEN_LIMIT) m.seen.set(text, found);
  return found as C | null;
}

function matchNormalized(x: string, m: Matcher): string | null {
  if (x === "") return null;
  const exact = m.codes.filter((c) => m.names.get(c)!.includes(x));
  if (exact.length === 1) return exact[0] ?? null;
  if (exact.length > 1) return null;
  const loose = m.codes.filter((c) =>
    m.names.get(c)!.some((n) => x.startsWith(`${n} `) || n.startsWith(`${x} `)),
  );
  return loose.length === 1 ? (loose[0] ?? null) : null;
}
