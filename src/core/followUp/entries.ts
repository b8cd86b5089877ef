// Staff follow-up entries read back from `Tindak Lanjut`: found by each row's ID Koperasi wherever the row
// now is (a list sorted or filtered by hand, a row moved to another section), never by row position.
import type { CellValue, LocalDay } from "../model";
import { cellText, isBlank, isValidDate, normalizeLabel, parseDayCell } from "../sheets/cells";
import { HEADERS } from "../text/sheets";
import { FOLLOW_UP_HEADERS, FOLLOW_UP_STATUS, FOLLOW_UP_TEXT } from "../text/followUp";

export const STAFF_COUNT = FOLLOW_UP_HEADERS.length;
/** 0-based columns of the add-on's layout: ID Koperasi, then the staff columns after the computed ones. */
export const ID_COLUMN = HEADERS.tindakLanjut.indexOf("ID Koperasi");
export const STAFF_FIRST = HEADERS.tindakLanjut.length;
/** Columns A.. the last staff column: what a rebuild reads back. */
export const FOLLOW_UP_WIDTH = STAFF_FIRST + STAFF_COUNT;
const DEADLINE = 2;
const STATUS = 3;

export interface FollowUpEntry {
  /** ID Koperasi of the row it was typed on ('' when the row had none). */
  id: string;
  /** The five staff cells as read (joined with " | " when one cooperative had several rows). */
  cells: CellValue[];
  /** Sheet row (1-based) it was read from; the first one when merged. */
  row: number;
  merged: boolean;
}

/**
 * Every row with anything typed in a staff column. Header rows (the add-on's or a moved one) give the
 * columns; rows above any header use the add-on's layout. Several rows of one cooperative are merged.
 */
export function readFollowUps(rows: readonly (readonly CellValue[])[], timeZone: string): FollowUpEntry[] {
  let idCol = ID_COLUMN;
  let staffCols: number[] = FOLLOW_UP_HEADERS.map((_, i) => STAFF_FIRST + i);
  const byId = new Map<string, FollowUpEntry>();
  const out: FollowUpEntry[] = [];
  rows.forEach((row, i) => {
    const labels = row.map((c) => (typeof c === "string" ? normalizeLabel(c) : ""));
    const headerStaff = FOLLOW_UP_HEADERS.map((h) => labels.indexOf(normalizeLabel(h)));
    if (headerStaff.every((c) => c >= 0)) {
      staffCols = headerStaff;
      const id = labels.indexOf(normalizeLabel("ID Koperasi"));
      if (id >= 0) idCol = id;
      return;
    }
    const cells = staffCols.map((c) => row[c] ?? "");
    if (cells.every((c) => isBlank(c))) return;
    const idCell = row[idCol];
    // A date there is a `Peringatan` row's visit date, not a cooperative.
    const id = isValidDate(idCell) ? "" : cellText(idCell, timeZone);
    const known = id === "" ? undefined : byId.get(id);
    if (known) {
      known.cells = known.cells.map((c, k) => joinCells(c, cells[k]!, timeZone));
      known.merged = true;
      return;
    }
    const entry: FollowUpEntry = { id, cells: cells.slice(), row: i + 1, merged: false };
    if (id !== "") byId.set(id, entry);
    out.push(entry);
  });
  return out;
}

function joinCells(a: CellValue, b: CellValue, timeZone: string): CellValue {
  if (isBlank(b)) return a;
  if (isBlank(a)) return b;
  const ta = cellText(a, timeZone);
  const tb = cellText(b, timeZone);
  return ta === tb ? a : `${ta} | ${tb}`;
}

export type EntryState = "open" | "done";

export interface EntryFacts {
  state: EntryState;
  /** The Batas Waktu's day; null when blank or unreadable. */
  deadline: LocalDay | null;
  overdue: boolean;
  /** Notes for cells people should fix: index of the staff column -> message. */
  problems: Array<{ column: number; message: string }>;
}

/** Reads status and deadline: a blank or unknown status counts as open, a deadline typed as text is kept and flagged. */
export function entryFacts(entry: FollowUpEntry, today: LocalDay, timeZone: string): EntryFacts {
  const problems: EntryFacts["problems"] = [];
  const statusCell = entry.cells[STATUS];
  const status = typeof statusCell === "string" ? normalizeLabel(statusCell) : "";
  let state: EntryState = "open";
  if (status === normalizeLabel(FOLLOW_UP_STATUS.done)) state = "done";
  else if (!isBlank(statusCell) && status !== normalizeLabel(FOLLOW_UP_STATUS.open)) {
    problems.push({ column: STATUS, message: FOLLOW_UP_TEXT.badStatus(cellText(statusCell, timeZone)) });
  }
  const deadlineCell = entry.cells[DEADLINE];
  const deadline = isBlank(deadlineCell) ? null : parseDayCell(deadlineCell, timeZone);
  if (!isBlank(deadlineCell) && deadline === null) {
    problems.push({ column: DEADLINE, message: FOLLOW_UP_TEXT.badDeadline(cellText(deadlineCell, timeZone)) });
  }
  return { state, deadline, overdue: state === "open" && deadline !== null && deadline < today, problems };
}

/** Open and overdue entries of the sheet (for the WhatsApp text). */
export function countFollowUps(entries: readonly FollowUpEntry[], today: LocalDay, timeZone: string): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const e of entries) {
    const f = entryFacts(e, today, timeZone);
    if (f.state === "open") open++;
    if (f.overdue) overdue++;
  }
  return { open, overdue };
}

export const DEADLINE_COLUMN = DEADLINE;
