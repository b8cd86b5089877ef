// The add-on's bookkeeping for the form-submit path, kept where that path reads and writes anyway:
// - a note in the hidden column after the SPEC columns of `Status Koperasi` (STATE_COLUMN), one per
//   cooperative row: `{id, k: registry row, s: validation state, z: zone the row is coloured with,
//   h: {row: fingerprint} of the rows the submit path validated since the last full run}`. The submit
//   path reads and rewrites that one row (values and note) in four calls;
// - the hidden `_Status Internal` sheet: the fingerprint of response row r on its row r (full runs).
// Notes are not content: they change neither the sheet's data range nor what people read in it.
import type { CellValue, CoopStatus, Koperasi, Registry, Zone } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { CoopValidationState } from "../../core/validation/state";
import { stateFromJson, stateToJson } from "../../core/validation/stateJson";
import { HEADERS } from "../../core/text/sheets";
import type { Context } from "../context";

/** The hidden column of `Status Koperasi` holding each row's note (right after the SPEC columns). */
export const STATE_COLUMN = HEADERS.statusKoperasi.length + 1;
export const INTERNAL_COLUMNS = HEADERS.state.length;
/** A note above this size sends the submit path to a full validation (which starts the note afresh). */
export const NOTE_LIMIT_CHARS = 40_000;
/** Header of the internal sheet before the notes (fingerprints were then in its fifth column). */
export const OLD_INTERNAL_HEADER = "ID Koperasi";

export interface CoopNote {
  id: string;
  k: Koperasi;
  s?: CoopValidationState;
  z?: Zone;
  h?: Record<string, string>;
  /** The `Log` line of each row the submit path validated: {row: [time ms, text]}, written by a later run. */
  l?: Record<string, [number, string]>;
}

/** A submit path's `Log` line found in a note, not yet written to `Log` (see logBuffer.ts). */
export interface NoteLogEntry {
  row: number;
  at: number;
  text: string;
}

/** The note of one `Status Koperasi` row, or null when it is missing or damaged. */
export function parseCoopNote(text: CellValue | undefined): CoopNote | null {
  if (typeof text !== "string" || text === "") return null;
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (!v || typeof v !== "object" || typeof v.id !== "string") return null;
    const k = v.k as Koperasi | undefined;
    if (!k || typeof k.id !== "string" || typeof k.regency !== "string") return null;
    const note: CoopNote = { id: v.id, k };
    if (v.s !== undefined) {
      const s = stateFromJson(v.s);
      if (!s) return null;
      note.s = s;
    }
    if (v.z === "HIJAU" || v.z === "KUNING" || v.z === "MERAH" || v.z === "BELUM PORTAL") note.z = v.z;
    if (v.h && typeof v.h === "object") note.h = v.h as Record<string, string>;
    if (v.l && typeof v.l === "object") note.l = v.l as Record<string, [number, string]>;
    return note;
  } catch {
    return null;
  }
}

/** The note's text: the state in encodeState's compact form. */
export function coopNoteText(note: CoopNote): string {
  const plain: Record<string, unknown> = { id: note.id, k: note.k };
  if (note.s) plain.s = stateToJson(note.s);
  if (note.z) plain.z = note.z;
  if (note.h && Object.keys(note.h).length > 0) plain.h = note.h;
  if (note.l && Object.keys(note.l).length > 0) plain.l = note.l;
  return JSON.stringify(plain);
}

/** One note per cooperative in registry order (the rows of `Status Koperasi`), as a full run leaves them. */
export function coopNotes(registry: Registry, states: ReadonlyMap<string, CoopValidationState>, statuses: readonly CoopStatus[]): string[] {
  return registry.koperasi.map((k, i) => {
    const s = states.get(k.id);
    const z = statuses[i]?.zone;
    return coopNoteText({ id: k.id, k, ...(s ? { s } : {}), ...(z ? { z } : {}) });
  });
}

export interface StoredFingerprints {
  /** Fingerprint of each response row as last validated (full runs and the submit path). */
  hashByRow: Map<number, string>;
  /** True when nothing was stored (first run after an upgrade or a new workbook). */
  empty: boolean;
  /** `Log` lines of submit-path runs still to be written (rows above NOTE_LOG_THROUGH), by row. */
  pendingLog: NoteLogEntry[];
  /** The internal sheet's rows as read (header included), so a full run writes only the rows that changed; null for an old layout. */
  internal: CellValue[][] | null;
}

/** Document property: the highest response row whose submit-path `Log` line is in `Log` already. */
export const NOTE_LOG_THROUGH = "kdkmp.noteLogThrough";

/**
 * The internal sheet (one read) and the `Status Koperasi` notes (one read), plus the old
 * `_Sidik Laporan` sheet when upgrading from a version that kept fingerprints there.
 */
export function readFingerprints(ctx: Context, settings: Settings): StoredFingerprints {
  const names = settings.sheetNames;
  let values = ctx.workbook.readTable(names.state, INTERNAL_COLUMNS) ?? [];
  const hashByRow = new Map<number, string>();
  // Before the notes, the sheet had one row per cooperative and the fingerprints in its fifth column.
  const old = values[0]?.[0] === OLD_INTERNAL_HEADER;
  if (old) values = ctx.workbook.readTable(names.state, 5) ?? [];
  const column = old ? 4 : 0;
  for (let i = 1; i < values.length; i++) {
    const h = values[i]![column];
    if (typeof h === "string" && h !== "") hashByRow.set(i + 1, h);
  }
  const pendingLog = readNoteFingerprints(ctx, settings, hashByRow);
  if (hashByRow.size === 0) {
    const legacy = ctx.workbook.readTable(names.hashes, 1) ?? [];
    for (let i = 1; i < legacy.length; i++) {
      const h = legacy[i]![0];
      if (typeof h === "string" && h !== "") hashByRow.set(i + 1, h);
    }
  }
  return { hashByRow, empty: hashByRow.size === 0, pendingLog, internal: old ? null : values };
}

/**
 * One response row's stored fingerprint, for the form-submit trigger's general path, which asks for its own
 * row only: the notes (they hold the rows validated since the last full run), then that row of the internal
 * sheet, in a few small reads instead of the whole sheet (a daily-reporting year's is one cell per report).
 * An internal sheet of an older layout, or one holding nothing yet, is read as readFingerprints reads it.
 */
export function storedFingerprintOf(ctx: Context, settings: Settings, row: number): string | undefined {
  const hashByRow = new Map<number, string>();
  readNoteFingerprints(ctx, settings, hashByRow);
  const noted = hashByRow.get(row);
  if (noted !== undefined) return noted;
  const name = settings.sheetNames.state;
  if (ctx.workbook.hasSheet(name) && ctx.workbook.readRange(name, 1, 1, 1, 1)[0]?.[0] === HEADERS.state[0]) {
    const last = ctx.workbook.lastRow(name);
    if (last >= 2) {
      const h = row <= last ? ctx.workbook.readRange(name, row, 1, 1, 1)[0]?.[0] : "";
      return typeof h === "string" && h !== "" ? h : undefined;
    }
  }
  return readFingerprints(ctx, settings).hashByRow.get(row);
}

/**
 * The `Status Koperasi` notes (one read): the fingerprints of rows the submit path validated since the
 * last full run go into `hashByRow`; their `Log` lines not yet written are returned and queued for the
 * run's `Log` row (run.ts writes them first, in row order).
 */
export function readNoteFingerprints(ctx: Context, settings: Settings, hashByRow: Map<number, string>): NoteLogEntry[] {
  const logged = Number(ctx.props.get(NOTE_LOG_THROUGH) ?? "0") || 0;
  const pendingLog: NoteLogEntry[] = [];
  for (const text of ctx.workbook.readNotes(settings.sheetNames.statusKoperasi, 2, STATE_COLUMN) ?? []) {
    if (text === "") continue;
    const note = parseCoopNote(text);
    for (const [row, h] of Object.entries(note?.h ?? {})) hashByRow.set(Number(row), h);
    for (const [row, line] of Object.entries(note?.l ?? {})) {
      const r = Number(row);
      if (r > logged && Array.isArray(line) && typeof line[0] === "number") pendingLog.push({ row: r, at: line[0], text: String(line[1] ?? "") });
    }
  }
  pendingLog.sort((a, b) => a.row - b.row);
  if (ctx.noteLog) {
    const known = new Set(ctx.noteLog.map((x) => x.row));
    for (const e of pendingLog) if (!known.has(e.row)) ctx.noteLog.push(e);
  }
  return pendingLog;
}

/** The whole internal sheet for a full run: the fingerprint of response row r on row r. */
export function internalRows(hashes: readonly string[], lastRow: number): CellValue[][] {
  const rows: CellValue[][] = [HEADERS.state.slice()];
  for (let r = 2; r <= lastRow; r++) rows.push([hashes[r] ?? ""]);
  return rows;
}
