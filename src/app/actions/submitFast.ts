// Form-submit trigger, the usual case in a constant 14 service calls whatever the history (15 when the
// cooperative's zone colour changes, or when the report corrects an earlier one): the new row is
// validated from the basis of the last full run (settings, registry, header: document properties) and its
// cooperative's compact state (the note of its `Status Koperasi` row, pipeline/internal.ts), and written
// to that cooperative's `Status Koperasi` row (values and note) and its `Validasi` row. Anything unusual
// (no basis yet, a gap, an edited row, a sheet to grow, a rebuild in progress, a cooperative not in the
// registry) returns "not done" before writing anything, and the general path (submit.ts) validates
// every row instead. Nothing is written to the document properties: the run's `Log` line waits in the note.
// `Pengaturan` edited since the basis: when no result depends on the edit (a zone threshold, a colour:
// core/settings/basisParts.ts) the row is validated as before and its cooperative's row takes the new
// settings, as the next rebuild gives every row; any other edit goes to the general path.
// In order: `Validasi` rows r-1..r are read (one range, with any row the report corrects), and row r-1
// must have its `Validasi` row; fast submits only ever add row r after row r-1, and full runs write them
// all, so every earlier row has one too. Row r's `Validasi` row is written last: a run cut off before it
// leaves row r without one, so the next submit goes to the general path and the hourly catch-up redoes it.
import type { CellValue, Registry } from "../../core/model";
import { parseRows } from "../pipeline/responses";
import { idKey } from "../../core/registry/ids";
import { validateReport } from "../../core/validation/validate";
import { latestReportOf } from "../../core/validation/state";
import { coopStatus } from "../../core/zones/statuses";
import { statusBackgroundRow, statusRow } from "../../core/summaries/status";
import { validasiRow, VALIDASI_HEADERS } from "../../core/summaries/validasi";
import { localDayOf } from "../../core/time/timeZone";
import { SHEET_NAMES } from "../../core/text/sheets";
import { settingsCellsFingerprint } from "../settingsLoader";
import { readSettings } from "../../core/settings/read";
import { validationSettings } from "../../core/settings/basisParts";
import type { Settings } from "../../core/settings/types";
import type { Clock, KeyValueStore, ScriptLock, Workbook } from "../ports";
import { loadBasis } from "../pipeline/basis";
import { coopNoteText, NOTE_LIMIT_CHARS, parseCoopNote, STATE_COLUMN } from "../pipeline/internal";
import { CURSOR_PROPERTY, isRangedCursorText } from "../pipeline/phases";
import { PROP, writingMarkLeft } from "../props";

export interface FastPorts {
  workbook: Workbook;
  props: KeyValueStore;
  lock: ScriptLock;
  clock: Clock;
}

export interface FastEvent {
  row: number;
  values: CellValue[];
  /** e.namedValues: question title -> answers; its titles must be those of the basis header. */
  named?: Record<string, unknown>;
}

export type FastResult = { done: true; summary: string } | { done: false; reason: string; locked: boolean };

/** Rows between a correction and the report it corrects that are read back and written again in one range. */
export const MAX_CORRECTION_SPAN = 2_000;

export function fastSubmit(p: FastPorts, ev: FastEvent): FastResult {
  let locked = false;
  const no = (reason: string): FastResult => ({ done: false, reason, locked });
  if (!p.lock.tryLock(10_000)) return no("busy");
  locked = true;
  const basis = loadBasis(p.props);
  if (!basis || !basis.fast) return no("no basis");
  if (writingMarkLeft(p.props.get(PROP.writing)) || p.props.get(PROP.validatedThrough) === "-1") return no("interrupted run");
  // A full validation folded in row ranges leaves the notes as its last full run and the fast submits
  // since made them, and folds this row again in order at its end: the row can be validated from them now.
  // A job of an older version (a rebuild in phases) rewrites the notes from what it read before: the row waits for it.
  if (p.props.get(CURSOR_PROPERTY) !== null && !isRangedCursorText(p.props.get(CURSOR_PROPERTY))) return no("job in progress");
  if (p.props.get(PROP.validatedThrough) === null) return no("never validated");
  if (ev.values.length !== basis.header.length || !sameTitles(ev.named, basis.header)) return no("other form or header");
  // `Pengaturan` is read by every run: an edit (or a broken value) goes to the general path.
  const cells = p.workbook.readTable(SHEET_NAMES.pengaturan, 3);
  const settings = settingsCellsFingerprint(cells) === basis.settingsCells ? basis.settings : outputEdit(cells, basis.settings);
  if (!settings) return no("settings changed");
  const names = settings.sheetNames;
  const report = parseRows([basis.header, ev.values], ev.row, settings, p.clock.now())[0];
  if (!report || ev.row < 2) return no("blank row");

  const index = indexOfId(basis.ids, report.koperasiId);
  if (index < 0) return no("koperasi not in the registry");
  report.koperasiId = basis.ids[index]!;
  const statusRowNumber = index + 2;
  const wb = p.workbook;
  if (!wb.isLaidOut(names.validasi, ev.row) || !wb.isLaidOut(names.statusKoperasi, statusRowNumber)) return no("sheet to grow");
  if (wb.laidOutColumns(names.statusKoperasi) !== STATE_COLUMN) return no("status sheet layout");

  const statusCells = wb.cells(names.statusKoperasi, statusRowNumber, 1, 1, STATE_COLUMN);
  const noteText = statusCells.notes()[0]?.[STATE_COLUMN - 1] ?? "";
  const note = parseCoopNote(noteText);
  if (!note || note.id !== report.koperasiId || note.k.id !== report.koperasiId) return no("status note");
  const koperasi = note.k;
  const state = note.s;

  const registry: Registry = {
    koperasi: [koperasi], pendamping: basis.pendamping,
    koperasiById: new Map([[koperasi.id, koperasi]]),
    pendampingById: new Map(basis.pendamping.map((x) => [x.id, x])),
  };
  const step = validateReport(report, { registry, settings, state });
  // `Validasi` rows lo..r in one range: row r-1 (and any row this report corrects) with row r.
  let lo = ev.row - 1;
  for (const c of step.corrected) if (c.row < lo) lo = c.row;
  lo = Math.max(2, lo);
  if (ev.row - lo > MAX_CORRECTION_SPAN) return no("correction too far back");
  const validasi = wb.cells(names.validasi, lo, 1, ev.row - lo + 1, VALIDASI_HEADERS.length);
  const rows = validasi.values();
  // In order: row r-1 has its `Validasi` row (every row before it had one when it was written).
  if (ev.row - 1 >= 2 && Number(rows[ev.row - 1 - lo]?.[0] ?? "") !== ev.row - 1) return no("gap before this row");
  const hashes = note.h ?? {};
  if ((rows[ev.row - lo]?.[0] ?? "") !== "" || hashes[String(ev.row)] !== undefined) {
    // The trigger fired again for a row already validated (a fingerprint without its row = a run cut off).
    if (Number(rows[ev.row - lo]?.[0]) === ev.row && hashes[String(ev.row)] === report.contentHash) {
      return { done: true, summary: `Baris ${ev.row} sudah divalidasi sebelumnya; tidak ada perubahan.` };
    }
    return no("row validated before");
  }

  const now = p.clock.now();
  const today = localDayOf(now, settings.timeZone);
  const nextState = step.state ?? state;
  const status = coopStatus(koperasi, latestReportOf(nextState ?? null), today, settings);
  const corrected = step.corrected.map((c) => ` Baris ${c.row} menjadi Dikoreksi.`).join("");
  const summary = `Baris ${ev.row}: ${step.result.status}.${corrected}`;
  // Every run has its Log row (SPEC): this one waits in the note until a later run writes the Log.
  const newNote = coopNoteText({
    ...note, ...(nextState ? { s: nextState } : {}), z: status.zone,
    h: { ...hashes, [String(ev.row)]: report.contentHash }, l: { ...note.l, [String(ev.row)]: [now, summary.slice(0, 500)] },
  });
  if (newNote.length > NOTE_LIMIT_CHARS) return no("note full");

  // A rejected or repeated report leaves the state, and so the row, as it was: only its note changes.
  const recolour = note.z !== status.zone || JSON.stringify(settings.colors) !== JSON.stringify(basis.settings.colors);
  if (nextState !== state || recolour) {
    const bg = recolour ? [[...statusBackgroundRow(status, settings), null]] : undefined;
    statusCells.write([[...statusRow(status, settings, today), ""]], bg);
  }
  statusCells.writeNotes([[...new Array<string>(STATE_COLUMN - 1).fill(""), newNote]]);
  // Last: row r's `Validasi` row is what says "validated" to the next submit and the hourly catch-up.
  rows[rows.length - 1] = validasiRow(step.result, now, settings);
  for (const c of step.corrected) rows[c.row - lo] = validasiRow(c.result, now, settings);
  validasi.write(rows);
  return { done: true, summary };
}

/** The edited `Pengaturan`'s settings when their validation side is the basis's (the basis's sheet time zone); else null. */
function outputEdit(cells: readonly (readonly CellValue[])[] | null, basis: Settings): Settings | null {
  if (cells === null) return null;
  const read = readSettings(cells.slice(1), basis.sheetTimeZone);
  if (!read.ok) return null;
  return JSON.stringify(validationSettings(read.settings)) === JSON.stringify(validationSettings(basis)) ? read.settings : null;
}

/** Where the cooperative is in the registry order, its id compared as every run compares ids (idKey). */
function indexOfId(ids: readonly string[], id: string): number {
  const exact = ids.indexOf(id);
  if (exact >= 0 || id === "") return exact;
  const key = idKey(id);
  return ids.findIndex((x) => idKey(x) === key);
}

function sameTitles(named: Record<string, unknown> | undefined, header: readonly string[]): boolean {
  if (!named) return false;
  const titles = new Set(header.map((h) => h.trim()).filter((h) => h !== ""));
  const keys = Object.keys(named).map((k) => k.trim()).filter((k) => k !== "");
  return keys.length === titles.size && keys.every((k) => titles.has(k));
}
