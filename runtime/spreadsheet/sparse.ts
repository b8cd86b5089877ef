// What few cells of a sheet carry (formulas, notes, data validations), kept by row then column.
// Most cells have none of these, so a map per row that has any costs nothing for the others; row and
// column inserts/deletes rebuild the maps (they hold few entries).

export class SparseCells<T> {
  private rows = new Map<number, Map<number, T>>();

  get size(): number {
    return this.rows.size;
  }

  get(row: number, col: number): T | undefined {
    return this.rows.get(row)?.get(col);
  }

  hasRow(row: number): boolean {
    return this.rows.has(row);
  }

  /** undefined removes the entry. */
  set(row: number, col: number, value: T | undefined): void {
    let line = this.rows.get(row);
    if (value === undefined) {
      if (!line) return;
      line.delete(col);
      if (line.size === 0) this.rows.delete(row);
      return;
    }
    if (!line) this.rows.set(row, (line = new Map()));
    line.set(col, value);
  }

  /** The columns holding an entry in `row`. */
  columns(row: number): IterableIterator<number> | [] {
    return this.rows.get(row)?.keys() ?? [];
  }

  /** Every entry, 1-based coordinates, in no particular order. */
  *entries(): Generator<[number, number, T]> {
    for (const [r, line] of this.rows) for (const [c, v] of line) yield [r, c, v];
  }

  clear(row: number, col: number, numRows: number, numCols: number): void {
    if (this.rows.size === 0) return;
    const inRange = (r: number) => r >= row && r < row + numRows;
    const rows = numRows > this.rows.size ? [...this.rows.keys()].filter(inRange) : rowSpan(row, numRows);
    for (const r of rows) {
      const line = this.rows.get(r);
      if (!line) continue;
      for (const c of [...line.keys()]) if (c >= col && c < col + numCols) line.delete(c);
      if (line.size === 0) this.rows.delete(r);
    }
  }

  insertRows(before: number, count: number): void {
    this.rows = shifted(this.rows, (r) => (r >= before ? r + count : r));
  }

  deleteRows(start: number, count: number): void {
    this.rows = shifted(this.rows, (r) => (r < start ? r : r >= start + count ? r - count : null));
  }

  insertColumns(before: number, count: number): void {
    for (const [r, line] of this.rows) this.rows.set(r, shifted(line, (c) => (c >= before ? c + count : c)));
  }

  deleteColumns(start: number, count: number): void {
    for (const [r, line] of [...this.rows]) {
      const kept = shifted(line, (c) => (c < start ? c : c >= start + count ? c - count : null));
      if (kept.size === 0) this.rows.delete(r);
      else this.rows.set(r, kept);
    }
  }
}

function rowSpan(row: number, numRows: number): number[] {
  const out: number[] = [];
  for (let r = row; r < row + numRows; r++) out.push(r);
  return out;
}

/** A copy of the map with each key moved by `to` (null drops the entry). */
function shifted<V>(map: Map<number, V>, to: (key: number) => number | null): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) {
    const n = to(k);
    if (n !== null) out.set(n, v);
  }
  return out;
}
