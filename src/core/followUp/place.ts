// Puts each staff entry back on its cooperative's row of the new list; open entries of cooperatives no
// longer listed go to their own section; finished ones that left the list are handed back for the `Log`.
import type { CellValue, LocalDay } from "../model";
import { cellText } from "../sheets/cells";
import { FOLLOW_UP_HEADERS, FOLLOW_UP_TEXT } from "../text/followUp";
import { DEADLINE_COLUMN, STAFF_COUNT, entryFacts, type FollowUpEntry } from "./entries";

/** The staff cells of one written row: values as typed, a background and a note per cell. */
export interface StaffCells {
  values: CellValue[];
  backgrounds: (string | null)[];
  notes: string[];
  /** Cells people should fix (staff column index and message), for the `Log`. */
  problems: Array<{ column: number; message: string }>;
}

export interface Placed {
  /** Aligned with the listed ids. */
  listed: StaffCells[];
  /** Open entries whose cooperative is not listed (id '' when the row had none), by ID. */
  outside: Array<{ id: string; staff: StaffCells }>;
  /** `Log` lines for finished entries that left the sheet. */
  removed: string[];
  kept: number;
}

export interface PlaceOptions {
  today: LocalDay;
  /** The spreadsheet's time zone (date cells are read in it). */
  timeZone: string;
  /** Background of an overdue Batas Waktu, and of a cell to fix. */
  overdueColor: string;
  problemColor: string;
}

const EMPTY: StaffCells = {
  values: new Array<CellValue>(STAFF_COUNT).fill(""),
  backgrounds: new Array<string | null>(STAFF_COUNT).fill(null),
  notes: new Array<string>(STAFF_COUNT).fill(""),
  problems: [],
};

export function placeFollowUps(listedIds: readonly string[], entries: readonly FollowUpEntry[], o: PlaceOptions): Placed {
  const listedSet = new Set(listedIds);
  const byId = new Map<string, FollowUpEntry>();
  for (const e of entries) if (e.id !== "") byId.set(e.id, e);
  const listed = listedIds.map((id) => {
    const e = byId.get(id);
    return e ? staffCells(e, o) : EMPTY;
  });
  const outside: Placed["outside"] = [];
  const removed: string[] = [];
  for (const e of entries) {
    if (e.id !== "" && listedSet.has(e.id)) continue;
    if (entryFacts(e, o.today, o.timeZone).state === "done") {
      removed.push(FOLLOW_UP_TEXT.closedRemoved(e.id || "(tanpa ID)", describeCells(e.cells, o.timeZone)));
      continue;
    }
    outside.push({ id: e.id, staff: staffCells(e, o) });
  }
  outside.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { listed, outside, removed, kept: entries.length - removed.length };
}

function staffCells(e: FollowUpEntry, o: PlaceOptions): StaffCells {
  const facts = entryFacts(e, o.today, o.timeZone);
  const backgrounds = EMPTY.backgrounds.slice();
  const notes = EMPTY.notes.slice();
  if (facts.overdue) {
    backgrounds[DEADLINE_COLUMN] = o.overdueColor;
    notes[DEADLINE_COLUMN] = FOLLOW_UP_TEXT.overdue(facts.deadline!);
  }
  for (const p of facts.problems) {
    backgrounds[p.column] = o.problemColor;
    notes[p.column] = p.message;
  }
  if (e.merged) notes[0] = notes[0] ? `${notes[0]}\n${FOLLOW_UP_TEXT.merged}` : FOLLOW_UP_TEXT.merged;
  if (e.id === "") notes[0] = notes[0] ? `${notes[0]}\n${FOLLOW_UP_TEXT.noId}` : FOLLOW_UP_TEXT.noId;
  return { values: e.cells.slice(), backgrounds, notes, problems: facts.problems };
}

function describeCells(cells: readonly CellValue[], timeZone: string): string {
  return FOLLOW_UP_HEADERS.map((h, i) => `${h}: ${cellText(cells[i], timeZone) || "-"}`).join("; ");
}
