// A year of form use written straight into a response sheet (uncounted): copies of template response rows,
// in turn, their timestamps spread evenly over the 364 days from 16 November 2026 09:00 WITA. The tests
// that show a cost staying flat as the history grows use it at two sizes.
import type { CellValue } from "../../src/core/model";

const DAY = 86_400_000;
const START = new Date("2026-11-16T09:00:00+08:00").getTime();

/** `n` rows; `visitCol`: a column that takes the timestamp too (the visit date). */
export function yearRows(templates: readonly (readonly CellValue[])[], n: number, visitCol = -1): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const row = templates[i % templates.length]!.slice();
    row[0] = new Date(START + Math.floor((i * 364 * DAY) / n));
    if (visitCol >= 0) row[visitCol] = row[0];
    rows.push(row);
  }
  return rows;
}
