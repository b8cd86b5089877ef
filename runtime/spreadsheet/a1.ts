// A1 notation: column letters, parsing "'Sheet'!A1:C" (open ranges too) and printing ranges back.

export interface A1Range {
  sheetName?: string;
  row: number;
  col: number;
  /** undefined = open to the end of the sheet in that direction. */
  lastRow?: number;
  lastCol?: number;
}

export function columnToLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'Status Koperasi'!A1:B2" into sheet name and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation; returns null when it is not a range ("Range not found" in the real service). */
export function parseA1(a1: string): A1Range | null {
  const { sheetName, ref } = splitSheetName(a1.trim());
  const pieces = ref.split(":");
  if (pieces.length > 2 || ref === "") return null;
  const a = PART.exec(pieces[0] ?? "");
  if (!a) return null;
  const [, c1 = "", r1 = ""] = a;
  if (c1 === "" && r1 === "") return null;
  const base = sheetName === undefined ? {} : { sheetName };
  if (pieces.length === 1) {
    if (c1 === "" || r1 === "") return null;
    const row = Number(r1);
    const col = lettersToColumn(c1);
    if (row < 1) return null;
    return { ...base, row, col, lastRow: row, lastCol: col };
  }
  const b = PART.exec(pieces[1] ?? "");
  if (!b) return null;
  const [, c2 = "", r2 = ""] = b;
  if (c2 === "" && r2 === "") return null;
  // "A:C" whole columns, "1:3" whole rows, "A1:C" open rows, "A2:2" open columns.
  const startRow = r1 === "" ? 1 : Number(r1);
  const startCol = c1 === "" ? 1 : lettersToColumn(c1);
  const endRow = r2 === "" ? (r1 === "" ? undefined : undefined) : Number(r2);
  const endCol = c2 === "" ? undefined : lettersToColumn(c2);
  if (startRow < 1 || (endRow !== undefined && endRow < 1)) return null;
  if ((c1 === "") !== (c2 === "") && r1 === "") return null;
  const row = endRow === undefined ? startRow : Math.min(startRow, endRow);
  const col = endCol === undefined ? startCol : Math.min(startCol, endCol);
  const out: A1Range = { ...base, row, col };
  if (endRow !== undefined) out.lastRow = Math.max(startRow, endRow);
  if (endCol !== undefined) out.lastCol = Math.max(startCol, endCol);
  return out;
}

export function toA1(row: number, col: number, numRows: number, numCols: number): string {
  const first = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for A1 references when it needs quoting. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
