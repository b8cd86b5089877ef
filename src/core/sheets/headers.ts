// Finding columns by header text: trimmed, case-insensitive, inner whitespace collapsed, with synonyms.
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
  return normalizeLabel(typeof cell === "string" ? cell : String(cell));
}

/**
 * Matches a header row against a column table (canonical name first, then synonyms). Columns may be
 * in any order and extra columns are ignored. For each key the names are tried in table order and,
 * for a name, the left-most column not already taken by an earlier key wins: so a canonical header
 * beats a synonym elsewhere, and of two identical headers the first is used.
 */
export function matchColumns<K extends string>(
  headerRow: readonly CellValue[],
  columns: Record<K, readonly string[]>,
  required: readonly NoInfer<K>[],
): ColumnMatch<K> {
  const headers = headerRow.map((h) => normalizeHeader(h));
  const taken = new Set<number>();
  const index = {} as Record<K, number>;
  for (const key of Object.keys(columns) as K[]) {
    index[key] = -1;
    for (const name of columns[key]) {
      const wanted = normalizeLabel(name);
      const at = headers.findIndex((h, i) => h === wanted && !taken.has(i));
      if (at >= 0) {
        index[key] = at;
        taken.add(at);
        break;
      }
    }
  }
  const missing = required.filter((key) => index[key] === undefined || index[key] < 0);
  return { index, missing };
}
