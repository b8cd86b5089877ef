// The most text one cell may hold (Sheets refuses a write past it): every text the add-on writes is cut to fit.
import type { CellValue } from "../model";

export const MAX_CELL_CHARS = 50_000;
const ELLIPSIS = "…";

/** The text itself when it fits; else its start and `…`, exactly the limit long (no half surrogate pair). */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/** The rows with every over-long text cut; the same array (unchanged) when everything fits. */
export function fitCells<T extends readonly (readonly CellValue[])[]>(rows: T): T {
  let copy: CellValue[][] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r]!;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v !== "string" || v.length <= MAX_CELL_CHARS) continue;
      copy ??= rows.map((l) => l.slice());
      copy[r]![c] = fitCellText(v);
    }
  }
  return (copy ?? rows) as T;
}
