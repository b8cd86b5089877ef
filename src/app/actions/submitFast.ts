// Form-submit trigger, the usual case in a constant 16 service calls whatever the history: the new
// row is validated from the basis of the last full run (settings, registry, header: document
// properties) and its cooperative's compact state (one row of the internal sheet), and written to its
// `Validasi` row, that cooperative's `Status Koperasi` row and the internal row. Anything unusual
// (no basis yet, a gap, an edited row, a sheet to grow, a job in progress) returns "not done" before
// writing anything, and the general path (submit.ts) validates every row instead.
// Write order makes a cut-off run safe: internal row, status row, `Validasi` row, then last, in one
// setProperties call, `validatedThrough` (the highest row validated in order) with the run's Log row.
// The next submit requires `validatedThrough` to be its row - 1, so a run cut off before that call sends
// it to the general path; the hourly catch-up redoes any row whose `Validasi` row is missing.
import type { CellValue, Registry } from "../../core/model";
import { parseRows } from "../pipeline/responses";
import { validateReport } from "../../core/validation/validate";
import { decodeState, encodeState } from "../../core/validation/stateJson";
import { latestReportOf } from "../../core/validation/state";
import { coopStatus } from "../../core/zones/statuses";
import { statusBackgroundRow, statusRow } from "../../core/summaries/status";
import { validasiRow, VALIDASI_HEADERS } from "../../core/summaries/validasi";
import { localDayOf } from "../../core/time/timeZone";
import { HEADERS, SHEET_NAMES } from "../../core/text/sheets";
import { settingsCellsFingerprint } from "../settingsLoader";
import type { Clock, KeyValueStore, ScriptLock, Workbook } from "../ports";
import { loadBasis } from "../pipeline/basis";
import { koperasiFromJson, NOTE_LIMIT_CHARS, parseNote, UNKNOWN_KOPERASI_ROW_ID } from "../pipeline/internal";
import { CURSOR_PROPERTY } from "../pipeline/phases";
import { PROP } from "../props";
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
/** Set by run.ts while a run writes; left behind = that run was cut off. */
const WRITING_MARK = "kdkmp.writing";

export function fastSubmit(p: FastPorts, ev: FastEvent): FastResult {
  let locked = false;
  const no = (reason: string): FastResult => ({ done: false, reason, locked });
  if (!p.lock.tryLock(10_000)) return no("busy");
  locked = true;
  const basis = loadBasis(p.props);
  if (!basis || !basis.fast) return no("no basis");
  if (p.props.get(WRITING_MARK) !== null || p.props.get(PROP.validatedThrough) === "-1") return no("interrupted run");
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
  const internalRow = (index >= 0 ? index : basis.ids.length) + 2;
  const wb = p.workbook;
  if (!wb.isLaidOut(names.validasi, ev.row) || !wb.isLaidOut(names.state, internalRow)) return no("sheet to grow");
  if (index >= 0 && !wb.isLaidOut(names.statusKoperasi, internalRow)) return no("status sheet");

  const internal = wb.cells(names.state, internalRow, 1, 1, 4);
  const [id = "", stateText = "", noteText = "", factsText = ""] = internal.values()[0] ?? [];
  const note = parseNote(noteText);
  if (id !== (index >= 0 ? report.koperasiId : UNKNOWN_KOPERASI_ROW_ID) || !note) return no("internal row");
  const koperasi = index >= 0 ? koperasiFromJson(factsText) : null;
  if (index >= 0 && !koperasi) return no("registry row");
  const state = stateText === "" ? undefined : decodeState(String(stateText)) ?? null;
  if (state === null) return no("damaged state");

  const registry: Registry = {
    koperasi: koperasi ? [koperasi] : [], pendamping: basis.pendamping,
    koperasiById: new Map(koperasi ? [[koperasi.id, koperasi]] : []),
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
  const status = koperasi ? coopStatus(koperasi, latestReportOf(step.state ?? null), today, settings) : null;
  const newNote = JSON.stringify({ ...(status ? { z: status.zone } : {}), h: { ...hashes, [String(ev.row)]: report.contentHash } });
  if (newNote.length > NOTE_LIMIT_CHARS) return no("note full");

  internal.write([[id, step.state ? encodeState(step.state) : stateText, newNote, factsText]]);
  if (status && step.state !== state) {
    const bg = note.z !== status.zone ? [statusBackgroundRow(status, settings)] : undefined;
    wb.cells(names.statusKoperasi, internalRow, 1, 1, HEADERS.statusKoperasi.length).write([statusRow(status, settings, today)], bg);
  }
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
