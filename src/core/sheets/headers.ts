// Finding columns by header text: trimmed, case-insensitive, inner whitespace collapsed, no spaces
// around punctuation ("Desa / Kelurahan" = "Desa/Kelurahan"), with synonyms; near misses named.
import type { CellValue } from "../model";
import { normalizeLabel } from "./cells";

export interface ColumnMatch<K extends string> {
  /** 0-based column of each key, -1 when the sheet has no such column. */
  index: Record<K, number>;
  /** Required keys whose column is absent, in the order given. */
  missing: K[];
}

/** A header cell as comparable text (a non-text header never matches a name). */
export function normalizeHeader(cell: CellValue | null | undefined): string {
  if (cell === null || cell === undefined) return "";
  return normalizeLabel(typeof cell === "string" ? cell : String(cell)).replace(/ ?([/\\().,:;&+-]) ?/g, "$1");
}

/** A header without a trailing note in brackets: "Aktif (Ya/Tidak)" is read as "Aktif". */
function withoutNote(header: string): string {
  return header.replace(/\([^()]*\)$/, "").trim();
}

/**
 * Matches a header row against a column table (canonical name first, then synonyms). Columns may be
 * in any order and extra columns are ignored. For each key the names are tried in table order and,
 * for a name, the left-most column not already taken by an earlier key wins: so a canonical header
 * beats a synonym elsewhere, and of two identical headers the first is used. A key found nowhere
 * then takes a header that equals one of its names once a trailing note in brackets is dropped.
 */
export function matchColumns<K extends string>(
  headerRow: readonly CellValue[],
  columns: Record<K, readonly string[]>,
  required: readonly NoInfer<K>[],
): ColumnMatch<K> {
  const headers = headerRow.map((h) => normalizeHeader(h));
  const taken = new Set<number>();
  const index = {} as Record<K, number>;
  const keys = Object.keys(columns) as K[];
  const pass = (key: K, text: (i: number) => string): void => {
    for (const name of columns[key]) {
      const wanted = normalizeHeader(name);
      const at = headers.findIndex((_, i) => !taken.has(i) && text(i) === wanted);
      if (at >= 0) {
        index[key] = at;
        taken.add(at);
        return;
      }
    }
  };
  for (const key of keys) {
    index[key] = -1;
    pass(key, (i) => headers[i]!);
  }
  for (const key of keys) if (index[key] < 0) pass(key, (i) => withoutNote(headers[i]!));
  const missing = required.filter((key) => index[key] === undefined || index[key] < 0);
  return { index, missing };
}

export interface NearHeader<K extends string> {
  key: K;
  /** 0-based column of the header that nearly matches. */
  column: number;
  header: string;
}

/**
 * Headers not taken by any key that nearly match the name of a key without a column (one or two
 * letters apart, e.g. "Aktf" or "Kabupatn/Kota"): such a column is ignored, so the reader says so.
 */
export function nearHeaders<K extends string>(
  headerRow: readonly CellValue[], columns: Record<K, readonly string[]>, index: Record<K, number>,
): NearHeader<K>[] {
  const taken = new Set(Object.values<number>(index));
  const out: NearHeader<K>[] = [];
  headerRow.forEach((cell, i) => {
    const h = normalizeHeader(cell);
    if (h === "" || taken.has(i)) return;
    for (const key of Object.keys(columns) as K[]) {
      if (index[key] >= 0) continue;
      if (columns[key].some((name) => isNear(h, normalizeHeader(name)))) {
        out.push({ key, column: i, header: typeof cell === "string" ? cell.trim() : String(cell) });
        return;
      }
    }
  });
  return out;
}

/** At most 1 edit apart for names up to 5 letters, 2 for longer ones (Levenshtein distance). */
function isNear(a: string, b: string): boolean {
  const limit = b.length <= 5 ? 1 : 2;
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]! <= limit;
}
