// The rebuild's checkpoint: the results digest through a response row, saved by every full validation
// (pipeline/rangedDigest.ts) and by the state path (pipeline/statePath.ts), in the hidden sheet CHECKPOINT_SHEET. Column A: the header,
// a line of facts (format, basis, rows, day of the last full read, fingerprint of the text), then the
// digest's JSON in pieces well under Google's 50,000 characters per cell (runtime/NOTES.md).
import type { LocalDay } from "../../core/model";
import { digestFromJson, digestToJson, type ResultsDigest } from "../../core/digest";
import { fnv1a64 } from "../../core/reports/hash";
import { CHECKPOINT_HEADER, CHECKPOINT_SHEET } from "../../core/text/sheets";
import type { Context } from "../context";

/**
 * Document property: the instant of the last full validation that wrote `Status Koperasi` (writeStatusSheet).
 * A checkpoint is the state path's only while it names that run: every full validation saves one at its
 * end (the row-range jobs: pipeline/rangedDigest.ts); one that could not leaves the old one stale.
 */
export const FULL_RUN_PROPERTY = "kdkmp.fullRun";

/** Characters per cell: below Google's 50,000 with room for the two guard characters. */
export const CHECKPOINT_PIECE_CHARS = 40_000;
const FORMAT = 1;

export interface Checkpoint {
  digest: ResultsDigest;
  /** Basis fingerprint (pipeline/basis.ts: what the results depend on) of the settings, registry and header they came from. */
  basisFp: string;
  /** Response rows covered: every row through this one is in the digest and has its `Validasi` row. */
  lastRow: number;
  /** Local day of the last run that read and validated every response row. */
  fullDay: LocalDay;
  /** FULL_RUN_PROPERTY of the full validation the digest started from. */
  run: string;
  /** Rows the sheet held when this checkpoint was read (a new one as long is written over it in place). */
  sheetRows?: number;
}

interface Facts {
  v: number;
  run: string;
  basisFp: string;
  lastRow: number;
  fullDay: number;
  n: number;
  hash: string;
}

/** The checkpoint, or null when there is none or it does not read back whole (one read). */
export function readCheckpoint(ctx: Context): Checkpoint | null {
  const rows = ctx.workbook.readTable(CHECKPOINT_SHEET, 1);
  if (!rows || rows.length < 3 || rows[0]?.[0] !== CHECKPOINT_HEADER) return null;
  let facts: Facts;
  try {
    facts = JSON.parse(String(rows[1]?.[0] ?? "")) as Facts;
  } catch {
    return null;
  }
  if (!facts || facts.v !== FORMAT || typeof facts.basisFp !== "string" || !Number.isInteger(facts.lastRow)
    || !Number.isInteger(facts.fullDay) || typeof facts.run !== "string" || !Number.isInteger(facts.n) || rows.length !== facts.n + 2) return null;
  let text = "";
  for (let i = 2; i < rows.length; i++) {
    const piece = rows[i]?.[0];
    // Each piece is written between two `|`, so no piece begins with a character Sheets would treat specially.
    if (typeof piece !== "string" || piece.length < 2 || piece[0] !== "|" || piece[piece.length - 1] !== "|") return null;
    text += piece.slice(1, -1);
  }
  if (fnv1a64(text) !== facts.hash) return null;
  const digest = digestFromJson(text);
  return digest ? { digest, basisFp: facts.basisFp, lastRow: facts.lastRow, fullDay: facts.fullDay, run: facts.run, sheetRows: rows.length } : null;
}

/** Writes the checkpoint over the previous one (one block). */
export function writeCheckpoint(ctx: Context, cp: Checkpoint): void {
  const text = digestToJson(cp.digest);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += CHECKPOINT_PIECE_CHARS) pieces.push(`|${text.slice(i, i + CHECKPOINT_PIECE_CHARS)}|`);
  const facts: Facts = { v: FORMAT, run: cp.run, basisFp: cp.basisFp, lastRow: cp.lastRow, fullDay: cp.fullDay, n: pieces.length, hash: fnv1a64(text) };
  const values = [[CHECKPOINT_HEADER], [JSON.stringify(facts)], ...pieces.map((p) => [p])];
  if (cp.sheetRows === values.length) {
    ctx.workbook.cells(CHECKPOINT_SHEET, 1, 1, values.length, 1).write(values);
    return;
  }
  ctx.workbook.replaceContent(CHECKPOINT_SHEET, [{ row: 1, col: 1, block: { values, numberFormats: ["@"], boldFirstRow: true } }], {
    frozenRows: 1, hidden: true,
  });
}
