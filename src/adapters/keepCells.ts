// What staff typed on a sheet the add-on rewrites (a note under `Ringkasan`, a remark beside a table):
// cells outside the add-on's own blocks are kept where they are; one that a block now needs is moved
// below the content and named, so a rewrite never loses what a person typed.
import type { CellValue } from "../core/model";

/** A rectangle the add-on wrote: [row, col, numRows, numCols], 1-based. */
export type Rect = [number, number, number, number];

export interface StaffCell {
  row: number;
  col: number;
  /** Where it was, when it had to move (a block of the add-on now covers that cell). */
  from?: { row: number; col: number };
}

export interface KeepPlan {
  /** Staff cells to write back (at their place, or moved). */
  cells: StaffCell[];
  /** Rows the write must cover so moved cells fit. */
  height: number;
  /** Staff cells whose place a block took. */
  moved: StaffCell[];
  /** Cells kept that the add-on could not tell apart from its own earlier content (its record was lost). */
  unsure: StaffCell[];
}

function inside(rects: readonly Rect[], row: number, col: number): boolean {
  return rects.some(([r, c, h, w]) => row >= r && row < r + h && col >= c && col < c + w);
}

function blank(v: CellValue | undefined): boolean {
  return v === "" || v === null || v === undefined;
}

/**
 * Plans which cells of `before` (the sheet's cells over the write area, row 1 first) belong to staff.
 * `ownBefore` = the add-on's blocks at its previous write; null when that record is lost (then every
 * cell outside the new blocks is kept, and named as `unsure`).
 */
export function planKeep(before: readonly CellValue[][], ownBefore: readonly Rect[] | null, ownNow: readonly Rect[], height: number): KeepPlan {
  const cells: StaffCell[] = [];
  const moved: StaffCell[] = [];
  const unsure: StaffCell[] = [];
  const bottom: number[] = [];
  const collided: Array<{ row: number; col: number }> = [];
  before.forEach((line, i) => {
    line.forEach((v, j) => {
      const row = i + 1;
      const col = j + 1;
      if (blank(v)) return;
      if (ownBefore && inside(ownBefore, row, col)) return; // the add-on's own earlier content
      if (inside(ownNow, row, col)) {
        if (ownBefore) collided.push({ row, col }); // without a record it is taken as the add-on's own
        return;
      }
      const cell = { row, col };
      cells.push(cell);
      if (!ownBefore) unsure.push(cell);
      bottom[col] = Math.max(bottom[col] ?? 0, row);
    });
  });
  let h = height;
  for (const from of collided) {
    const row = Math.max(height, bottom[from.col] ?? 0) + 1;
    bottom[from.col] = row;
    const cell = { row, col: from.col, from };
    cells.push(cell);
    moved.push(cell);
    h = Math.max(h, row);
  }
  return { cells, height: h, moved, unsure };
}

/**
 * Rows of staff cells beside a table keyed by its first column, when the table takes a new order: `rows`
 * = the sheet's cells (row 1 first), staff's after column `width`; `oldLast` = rows the old table reached;
 * `next` = the new keys from row 2. Each row goes to its key's new row; one whose key left the table, or
 * without a key beside the new table, goes below everything (`gone`); one without a key below it stays.
 * `height` = the last row written.
 */
export function planRows(rows: readonly CellValue[][], width: number, oldLast: number, next: readonly CellValue[]): { to: Map<number, number>; gone: number[]; height: number } {
  let height = rows.length;
  const at = new Map(next.map((k, i) => [String(k), i + 2]));
  let free = Math.max(rows.length, next.length + 1);
  const to = new Map<number, number>();
  const gone: number[] = [];
  rows.forEach((line, i) => {
    const r = i + 1;
    if (r < 2 || line.slice(width).every(blank)) return;
    const key = r <= oldLast ? String(line[0]) : "";
    const dest = at.get(key) ?? (key === "" && r > next.length + 1 ? r : 0);
    if (!dest) gone.push(r);
    to.set(r, dest || ++free);
    height = Math.max(height, to.get(r)!);
  });
  return { to, gone, height };
}
