// Pure helpers of the sheet adapter: A1 text, Apps Script error kinds, and blocks composed into one rectangle.
import type { CellValue } from "../core/model";
import type { PlacedBlock } from "../app/ports";

export function colName(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function a1Range(row: number, col: number, numRows: number, numCols: number): string {
  return `${colName(col)}${row}:${colName(col + numCols - 1)}${row + numRows - 1}`;
}

/** 'Sheet name' for A1 notation (a quote inside the name is doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function message(err: unknown): string {
  return err && typeof err === "object" && "message" in err ? String((err as { message: unknown }).message) : String(err);
}

/** Spreadsheet.getRange("'Name'!…") of a sheet that does not exist. */
export function isMissingRange(err: unknown): boolean {
  return /Range not found/i.test(message(err));
}

/** A range past the sheet's last row or column. */
export function isOutOfBounds(err: unknown): boolean {
  return /outside the dimensions|out of bounds/i.test(message(err));
}

export interface Padded {
  values: CellValue[][];
  formats: string[][];
  weights: ("bold" | "normal")[][];
  backgrounds: (string | null)[][];
  notes: string[][];
}

export interface Composed {
  rows: number;
  cols: number;
  /** One block at A1 with one format per column: formats are laid out once, not written each time. */
  uniform: boolean;
  columnFormats: string[];
  boldHeader: boolean;
  hasBackgrounds: boolean;
  hasNotes: boolean;
  /** Each block's rectangle [row, col, numRows, numCols]: what the add-on owns on the sheet. */
  rects: [number, number, number, number][];
  /** The content grown to height x width with blanks (clearing what an earlier, larger version left). */
  pad(height: number, width: number): Padded;
  /** Only the values of rows from..to (1-based), each `width` wide: a write of changed rows builds no more. */
  valueRows(from: number, to: number, width: number): CellValue[][];
}

export function composeBlocks(blocks: readonly PlacedBlock[]): Composed {
  let rows = 0;
  let cols = 0;
  const rects: [number, number, number, number][] = [];
  for (const { row, col, block } of blocks) {
    const h = block.values.length;
    let w = 0;
    for (const r of block.values) if (r.length > w) w = r.length;
    if (h === 0 || w === 0) continue;
    rects.push([row, col, h, w]);
    rows = Math.max(rows, row + h - 1);
    cols = Math.max(cols, col + w - 1);
  }
  const only = blocks.length === 1 ? blocks[0] : undefined;
  const uniform = !!only && only.row === 1 && only.col === 1 && !!only.block.numberFormats;
  const columnFormats = uniform ? Array.from({ length: cols }, (_, c) => only!.block.numberFormats![c] ?? "@") : [];
  const hasBackgrounds = blocks.some((b) => !!b.block.backgrounds);
  const hasNotes = blocks.some((b) => !!b.block.notes);
  const valueRows = (from: number, to: number, width: number): CellValue[][] => {
    const values: CellValue[][] = [];
    for (let r = from; r <= to; r++) {
      const line: CellValue[] = [];
      for (let c = 0; c < width; c++) line.push("");
      values.push(line);
    }
    for (const { row, col, block } of blocks) {
      const last = Math.min(to, row + block.values.length - 1);
      for (let r = Math.max(from, row); r <= last; r++) {
        const line = block.values[r - row]!;
        const target = values[r - from]!;
        for (let c = 0; c < line.length; c++) target[col - 1 + c] = line[c] ?? "";
      }
    }
    return values;
  };
  return {
    rows, cols, uniform, columnFormats, hasBackgrounds, hasNotes, rects, valueRows,
    boldHeader: uniform && !!only!.block.boldFirstRow,
    pad(height, width) {
      const values = valueRows(1, height, width);
      const formats: string[][] = uniform ? [] : Array.from({ length: height }, () => new Array<string>(width).fill("@"));
      const weights: ("bold" | "normal")[][] = uniform ? [] : Array.from({ length: height }, () => new Array<"bold" | "normal">(width).fill("normal"));
      const nullLine: (string | null)[] = new Array<string | null>(width).fill(null);
      const backgrounds: (string | null)[][] = Array.from({ length: height }, () => nullLine);
      const noNotes: string[] = new Array<string>(width).fill("");
      const notes: string[][] = Array.from({ length: height }, () => noNotes);
      for (const { row, col, block } of blocks) {
        block.values.forEach((line, i) => {
          if (!uniform) {
            const f = formats[row - 1 + i]!;
            for (let c = 0; c < line.length; c++) f[col - 1 + c] = block.numberFormats?.[c] ?? "@";
            if (i === 0 && block.boldFirstRow) {
              const w = weights[row - 1]!;
              for (let c = 0; c < line.length; c++) w[col - 1 + c] = "bold";
            }
          }
          const bg = block.backgrounds?.[i];
          if (bg && bg.some((x) => x !== null)) {
            const out = backgrounds[row - 1 + i] === nullLine ? nullLine.slice() : backgrounds[row - 1 + i]!;
            for (let c = 0; c < bg.length; c++) out[col - 1 + c] = bg[c] ?? null;
            backgrounds[row - 1 + i] = out;
          }
          const nt = block.notes?.[i];
          if (nt && nt.some((x) => x !== "")) {
            const out = noNotes.slice();
            for (let c = 0; c < nt.length; c++) out[col - 1 + c] = nt[c] ?? "";
            notes[row - 1 + i] = out;
          }
        });
      }
      return { values, formats, weights, backgrounds, notes };
    },
  };
}
