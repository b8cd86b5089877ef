// Where the archive base lives: text cells of the hidden sheet `_Arsip Dasar` (two columns, the document
// property `kdkmp.archive` naming the one in use), so a new base is written beside the old one and
// takes effect with one property write. A run cut off between deleting the archived rows and that write
// left `kdkmp.archivePending`: the first response row then tells whether the rows left the sheet.
import type { Report } from "../../core/model";
import { baseFromText, baseToText, cellsToText, textToCells, type ArchiveBase } from "../../core/archive/base";
import { ARCHIVE_BASE_SHEET, ARCHIVE_TEXT } from "../../core/text/archive";
import type { Context } from "../context";
import { AppError } from "../errors";

export const ARCHIVE_PROP = "kdkmp.archive";
export const ARCHIVE_PENDING_PROP = "kdkmp.archivePending";
/** Characters per cell: below Sheets' 50,000 (the adapter cuts longer text). */
const CELL_CHARS = 45_000;

interface Slot {
  /** Column (1 or 2) of `_Arsip Dasar` holding the base. */
  col: number;
  /** Cells it takes from row 2. */
  n: number;
}
interface Pending extends Slot {
  /** contentHash of response row 2 before the delete, and of the row that became row 2 ("" when none). */
  from: string;
  to: string;
}

function parse<T>(text: string | null): T | null {
  try {
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/** Settles a run cut off between its delete and its last property write (see the file header). */
function settlePending(ctx: Context, reports: readonly Report[]): void {
  const p = parse<Pending>(ctx.props.get(ARCHIVE_PENDING_PROP));
  if (!p) return;
  const first = reports[0]?.row === 2 ? reports[0].contentHash : "";
  if (first !== p.from) ctx.props.set(ARCHIVE_PROP, JSON.stringify({ col: p.col, n: p.n }));
  ctx.props.remove(ARCHIVE_PENDING_PROP);
}

/** The base a full validation starts from (null when nothing was ever archived): one read when there is one. */
export function loadArchiveBase(ctx: Context, reports?: readonly Report[]): ArchiveBase | null {
  if (reports && ctx.props.get(ARCHIVE_PENDING_PROP) !== null) settlePending(ctx, reports);
  const slot = parse<Slot>(ctx.props.get(ARCHIVE_PROP));
  if (!slot) return null;
  const cells = (ctx.workbook.readTable(ARCHIVE_BASE_SHEET, 2) ?? []).slice(1, 1 + slot.n).map((r) => String(r[slot.col - 1] ?? ""));
  const base = cells.length === slot.n ? baseFromText(cellsToText(cells)) : null;
  if (!base) throw new AppError("ARCHIVE", { message: ARCHIVE_TEXT.damagedBase });
  return base;
}

/** Writes `base` into the column not in use; returns the pending record to set before the delete. */
export function writeNextBase(ctx: Context, base: ArchiveBase): Slot {
  const current = parse<Slot>(ctx.props.get(ARCHIVE_PROP));
  const col = current?.col === 1 ? 2 : 1;
  const cells = textToCells(baseToText(base), CELL_CHARS);
  ctx.workbook.ensureSheet(ARCHIVE_BASE_SHEET, ["Dasar arsip 1", "Dasar arsip 2"], { hidden: true, exactColumns: true });
  const old = ctx.workbook.readTable(ARCHIVE_BASE_SHEET, 2) ?? [];
  const rows = Math.max(cells.length, old.length - 1);
  const values = Array.from({ length: rows }, (_, i) => [cells[i] ?? ""]);
  if (rows > 0) ctx.workbook.writeBlock(ARCHIVE_BASE_SHEET, 2, col, { values, numberFormats: ["@"] });
  return { col, n: cells.length };
}

export function markPending(ctx: Context, slot: Slot, from: string, to: string): void {
  ctx.props.set(ARCHIVE_PENDING_PROP, JSON.stringify({ ...slot, from, to }));
}

export function activate(ctx: Context, slot: Slot): void {
  ctx.props.set(ARCHIVE_PROP, JSON.stringify(slot));
  ctx.props.remove(ARCHIVE_PENDING_PROP);
}
