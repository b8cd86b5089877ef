// Form-submit trigger, the usual case in a constant 14 service calls whatever the history (15 when the
// cooperative's zone colour changes): the new row is validated from the basis of the last full run
// (settings, registry, header: document properties) and its cooperative's compact state (the note of its
// `Status Koperasi` row, pipeline/internal.ts), and written to its `Validasi` row and that cooperative's
// `Status Koperasi` row (values and note). Anything unusual (no basis yet, a gap, an edited row, a sheet
// to grow, a job in progress, a cooperative not in the registry) returns "not done" before writing
// anything, and the general path (submit.ts) validates every row instead.
// Write order makes a cut-off run safe: the `Status Koperasi` row, its note, the `Validasi` row, then last,
// in one setProperties call, `validatedThrough` (the highest row validated in order) with the run's Log row.
// The next submit requires `validatedThrough` to be its row - 1, so a run cut off before that call sends
// it to the general path; the hourly catch-up redoes any row whose `Validasi` row is missing.
import type { CellValue, Registry } from "../../core/model";
import { parseRows } from "../pipeline/responses";
import { validateReport } from "../../core/validation/validate";
import { latestReportOf } from "../../core/validation/state";
import { coopStatus } from "../../core/zones/statuses";
import { statusBackgroundRow, statusRow } from "../../core/summaries/status";
import { validasiRow, VALIDASI_HEADERS } from "../../core/summaries/validasi";
import { localDayOf } from "../../core/time/timeZone";
import { SHEET_NAMES } from "../../core/text/sheets";
import { settingsCellsFingerprint } from "../settingsLoader";
import type { Clock, KeyValueStore, ScriptLock, Workbook } from "../ports";
import { loadBasis } from "../pipeline/basis";
import { coopNoteText, NOTE_LIMIT_CHARS, parseCoopNote, STATE_COLUMN } from "../pipeline/internal";
import { CURSOR_PROPERTY } from "../pipeline/phases";
import { PROP, writingMarkLeft } from "../props";
import { bufferLogRow, logBufferFull } from "../logBuffer";
import { ACTION_NAMES, LOG_RESULT } from "../../core/text/actions";

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
  if (p.props.get(CURSOR_PROPERTY) !== null) return no("job in progress");
  if (logBufferFull(p.props)) return no("log buffer full");
  // Rows 2..through were validated in order (a full run, or fast submits that each finished).
  const through = Number(p.props.get(PROP.validatedThrough) ?? Number.NaN);
  if (!Number.isInteger(through) || through < ev.row - 1) return no("gap before this row");
  if (ev.values.length !== basis.header.length || !sameTitles(ev.named, basis.header)) return no("other form or header");
  // `Pengaturan` is read by every run: an edit (or a broken value) goes to the general path.
  const settingsCells = settingsCellsFingerprint(p.workbook.readTable(SHEET_NAMES.pengaturan, 3));
  if (settingsCells !== basis.settingsCells) return no("settings changed");
  const settings = basis.settings;
  const names = settings.sheetNames;
  const report = parseRows([basis.header, ev.values], ev.row, settings)[0];
  if (!report || ev.row < 2) return no("blank row");

  const index = basis.ids.indexOf(report.koperasiId);
  if (index < 0) return no("koperasi not in the registry");
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
  const lo = Math.min(ev.row - 1, ...step.corrected.map((c) => c.row));
  if (ev.row - lo > MAX_CORRECTION_SPAN || lo < 1) return no("correction too far back");
  const hashes = note.h ?? {};
  if (through >= ev.row || hashes[String(ev.row)] !== undefined) {
    // The trigger fired again for a row already validated (a note without `through` = a run cut off).
    if (through >= ev.row && hashes[String(ev.row)] === report.contentHash) {
      return { done: true, summary: `Baris ${ev.row} sudah divalidasi sebelumnya; tidak ada perubahan.` };
    }
    return no("row validated before");
  }

  const now = p.clock.now();
  const today = localDayOf(now, settings.timeZone);
  const nextState = step.state ?? state;
  const status = coopStatus(koperasi, latestReportOf(nextState ?? null), today, settings);
  const newNote = coopNoteText({ ...note, ...(nextState ? { s: nextState } : {}), z: status.zone, h: { ...hashes, [String(ev.row)]: report.contentHash } });
  if (newNote.length > NOTE_LIMIT_CHARS) return no("note full");

  // A rejected or repeated report leaves the state, and so the row, as it was: only its note changes.
  if (nextState !== state || note.z !== status.zone) {
    const bg = note.z !== status.zone ? [[...statusBackgroundRow(status, settings), null]] : undefined;
    statusCells.write([[...statusRow(status, settings, today), ""]], bg);
  }
  statusCells.writeNotes([[...new Array<string>(STATE_COLUMN - 1).fill(""), newNote]]);
  const fresh = validasiRow(step.result, now, settings);
  if (step.corrected.length === 0) {
    wb.cells(names.validasi, ev.row, 1, 1, VALIDASI_HEADERS.length).write([fresh]);
  } else {
    // Rows lo..r in one range: those in between are read back and written unchanged.
    const validasi = wb.cells(names.validasi, lo, 1, ev.row - lo + 1, VALIDASI_HEADERS.length);
    const rows = validasi.values();
    rows[rows.length - 1] = fresh;
    for (const c of step.corrected) rows[c.row - lo] = validasiRow(c.result, now, settings);
    validasi.write(rows);
  }
  const corrected = step.corrected.map((c) => ` Baris ${c.row} menjadi Dikoreksi.`).join("");
  const summary = `Baris ${ev.row}: ${step.result.status}.${corrected}`;
  // Every run has its Log row (SPEC): this one waits in a property until the next run writes the Log.
  bufferLogRow(p.props, now, ACTION_NAMES.submitTrigger, LOG_RESULT.ok, summary);
  // Last, with the Log row in the same call: a run cut off before it leaves `through` at row - 1.
  p.props.setLater(PROP.validatedThrough, String(ev.row));
  p.props.flush();
  return { done: true, summary };
}

function sameTitles(named: Record<string, unknown> | undefined, header: readonly string[]): boolean {
  if (!named) return false;
  const titles = new Set(header.map((h) => h.trim()).filter((h) => h !== ""));
  const keys = Object.keys(named).map((k) => k.trim()).filter((k) => k !== "");
  return keys.length === titles.size && keys.every((k) => titles.has(k));
}
