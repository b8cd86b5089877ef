// The rebuild's probe for its state path (pipeline/statePath.ts): from a few reads (the checkpoint, the
// response sheet's header and last row, the `Validasi` rows since the checkpoint, the `Status Koperasi`
// notes) it tells whether every result the outputs need is the checkpoint's plus what the form-submit path
// validated since. Anything unusual answers with a reason, and the rebuild reads every row instead. A change
// of settings or registry fields no result depends on (pipeline/basis.ts) is applied from the kept states.
import type { CellValue, ValidationStatus } from "../../core/model";
import type { DigestRow } from "../../core/digest";
import type { CoopValidationState } from "../../core/validation/state";
import { VALIDASI_HEADERS } from "../../core/summaries/validasi";
import { localDayOf } from "../../core/time/timeZone";
import type { Context } from "../context";
import type { Cells } from "../ports";
import type { LoadedSettings } from "../settingsLoader";
import { INTERRUPTED, PROP } from "../props";
import { basisFingerprint, loadBasis, wholeFingerprint } from "./basis";
import { appliedChange, type AppliedChange } from "./appliedChange";
import { FULL_RUN_PROPERTY, readCheckpoint, type Checkpoint } from "./checkpoint";
import { NOTE_LOG_THROUGH, parseCoopNote, STATE_COLUMN, type CoopNote, type NoteLogEntry } from "./internal";
import { readCursor } from "./phases";
import { loadRegistry, type LoadedRegistry } from "./registry";
import { lastFilledRow, locateResponses, parseRows, readPercentCells } from "./responses";

/**
 * Days after the last full read of every response row when a rebuild starts reading them all again (hand
 * edits of old rows), as a job in row ranges after the state path served the day (actions/rebuild.ts).
 */
export const FULL_READ_DAYS = 7;

export interface StateInputs {
  registry: LoadedRegistry;
  checkpoint: Checkpoint;
  /** The response sheet's last row. */
  lastRow: number;
  /** The last full read is FULL_READ_DAYS old or more: the rebuild starts one after the state path. */
  fullReadDue: boolean;
  /** One note per cooperative, in registry order, with its text as read. */
  notes: CoopNote[];
  noteTexts: string[];
  states: Map<string, CoopValidationState>;
  /** Results of the rows after the checkpoint, and of earlier rows corrected since (now `Dikoreksi`). */
  since: DigestRow[];
  /** Rows of the checkpoint a later report corrected. */
  corrected: number[];
  /** The submit path's `Log` lines still to write (as readFingerprints gives them). */
  pendingLog: NoteLogEntry[];
  /** Fingerprints of the rows after the checkpoint (kept in the notes by the submit path), by row. */
  fingerprints: Map<number, string>;
  /** `Status Koperasi` rows 2.. (every column, the notes' too) as read, and the range they were read from. */
  statusValues: CellValue[][];
  statusCells: Cells;
  /** Output settings or registry fields changed since the basis (nothing any result depends on), else null. */
  applied: AppliedChange | null;
  /** Lines for the outcome (a response sheet found by its header instead of its form link). */
  found: string[];
}

export type StateProbe = { ok: true; inputs: StateInputs } | { ok: false; reason: string; registry?: LoadedRegistry };

/**
 * `afterJob`: right after a full validation in this execution (under its lock), with the registry it read:
 * neither that nor the last row (the job just fingerprinted it) is read again.
 */
export function probeState(ctx: Context, loaded: LoadedSettings, afterJob?: LoadedRegistry): StateProbe {
  let registry: LoadedRegistry | undefined;
  const no = (reason: string): StateProbe => ({ ok: false, reason, ...(registry ? { registry } : {}) });
  try {
    const { props, workbook } = ctx;
    const { settings } = loaded;
    const names = settings.sheetNames;
    const validated = Number(props.get(PROP.validatedThrough) ?? "");
    if (!Number.isInteger(validated) || validated < 1 || props.get(PROP.validatedThrough) === INTERRUPTED) return no("interrupted or never validated");
    if (readCursor(ctx)) return no("job in progress");
    const basis = loadBasis(props);
    if (basis === null) return no("no basis");
    const checkpoint = readCheckpoint(ctx);
    if (checkpoint === null) return no("no checkpoint");
    const now = ctx.clock.now();
    const today = localDayOf(now, settings.timeZone);
    // A checkpoint of a later day (the clock was wrong) cannot give today's tables.
    if (today < checkpoint.fullDay) return no("checkpoint of a later day");
    const fullReadDue = today - checkpoint.fullDay >= FULL_READ_DAYS;
    if (checkpoint.lastRow < validated || checkpoint.basisFp !== basis.fp || props.get(FULL_RUN_PROPERTY) !== checkpoint.run) {
      return no("checkpoint of another run");
    }
    // A sheet no form is linked to: the one the full read found by its header, while no sheet was added or
    // removed since (a sheet renamed is found again by a scan; another one would not have the checkpoint's
    // last row below, or its header the basis's).
    const { sheet, notes: found } = locateResponses(ctx, settings, true);
    if (sheet === null) return no("no response sheet");
    const last = workbook.lastRow(sheet);
    if (last < checkpoint.lastRow) return no("rows deleted");
    registry = afterJob ?? loadRegistry(ctx, settings);
    const width = basis.header.length;
    const header = workbook.cells(sheet, 1, 1, 1, width).values()[0] ?? [];
    if (basisFingerprint(settings, registry.registry, header) !== basis.fp) return no("settings, registry or form changed");
    const changed = wholeFingerprint(settings, registry.registry, header, loaded.cellsFingerprint) !== basis.whole;

    // The cooperatives' states, and the fingerprints of the rows the submit path validated: the rows of
    // `Status Koperasi` with their notes, in one range (the state path writes the rows that change through it).
    const coops = registry.registry.koperasi;
    if (workbook.laidOutColumns(names.statusKoperasi) !== STATE_COLUMN || !workbook.isLaidOut(names.statusKoperasi, coops.length + 1)) {
      return no("status sheet layout");
    }
    const statusCells = workbook.cells(names.statusKoperasi, 2, 1, Math.max(1, coops.length), STATE_COLUMN);
    const statusValues = statusCells.values();
    const noteTexts = statusCells.notes().map((line) => line[STATE_COLUMN - 1] ?? "");
    const notes: CoopNote[] = [];
    const states = new Map<string, CoopValidationState>();
    const hashByRow = new Map<number, string>();
    const logged = Number(props.get(NOTE_LOG_THROUGH) ?? "0") || 0;
    const pendingLog: NoteLogEntry[] = [];
    for (let i = 0; i < coops.length; i++) {
      const note = parseCoopNote(noteTexts[i]);
      if (!note || note.id !== coops[i]!.id) return no("status note");
      notes.push(note);
      if (note.s) states.set(note.id, note.s);
      for (const [row, h] of Object.entries(note.h ?? {})) hashByRow.set(Number(row), h);
      for (const [row, line] of Object.entries(note.l ?? {})) {
        const r = Number(row);
        if (r > logged && Array.isArray(line) && typeof line[0] === "number") pendingLog.push({ row: r, at: line[0], text: String(line[1] ?? "") });
      }
    }
    for (let r = validated + 1; r <= last; r++) if (!hashByRow.has(r)) return no("row not validated by the submit path");
    if (last > checkpoint.lastRow && !workbook.isLaidOut(names.state, last)) return no("internal sheet to grow");

    // The last report: the last row, or the last filled one above a last row that shows nothing (a formula
    // below the reports), checked below as the last row is.
    let tail = last;
    let tailCells: CellValue[] = [];
    if (last >= 2 && !afterJob) {
      const found = lastFilledRow(ctx, sheet, width, last);
      if (!found) return no("last row changed");
      tail = found.row;
      tailCells = found.cells;
    }

    // `Validasi` from the first row a later report may have corrected to the last row: a corrected row
    // leaves its cooperative's state, so only the checkpoint's open rows missing from every state can be.
    const held = new Set<number>();
    for (const st of states.values()) for (const e of st.reports) held.add(e.row);
    let from = checkpoint.lastRow + 1;
    for (const row of checkpoint.digest.open.keys()) if (row < from && !held.has(row)) from = row;
    // At least the last row: its `Validasi` row says the sheet is there and the row was validated.
    from = Math.max(2, Math.min(from, tail));
    const since: DigestRow[] = [];
    const corrected: number[] = [];
    if (last >= from) {
      if (!workbook.isLaidOut(names.validasi, last)) return no("validasi not laid out");
      const rows = workbook.cells(names.validasi, from, 1, last - from + 1, VALIDASI_HEADERS.length).values();
      for (let r = from; r <= last; r++) {
        const v = rows[r - from] ?? [];
        if (r <= checkpoint.lastRow) {
          if (r === tail && Number(v[0]) !== r) return no("validasi changed");
          // A report validated below the last one found: its cells were cleared since.
          if (r > tail && Number(v[0]) === r) return no("last row changed");
          if (v[5] === "Dikoreksi" && checkpoint.digest.open.has(r) && Number(v[0]) === r) {
            corrected.push(r);
            since.push(digestRowOf(v, settings.sheetTimeZone)!);
          }
          continue;
        }
        const row = Number(v[0]) === r ? digestRowOf(v, settings.sheetTimeZone) : null;
        if (!row) return no("row not validated");
        since.push(row);
      }
    }

    // The last row is the one validated (not typed over or deleted since).
    if (last >= 2 && !afterJob) {
      const values = [header, tailCells];
      // A progress typed as "45%" reads as the job read it (one call, only when it may be one).
      readPercentCells(ctx, sheet, values, tail);
      const report = parseRows(values, tail, settings, now)[0];
      const stored = tail > validated ? hashByRow.get(tail) : workbook.cells(names.state, tail, 1, 1, 1).values()[0]?.[0];
      if (!report || report.contentHash !== stored) return no("last row changed");
    }
    pendingLog.sort((a, b) => a.row - b.row);
    const fingerprints = new Map<number, string>();
    for (let r = checkpoint.lastRow + 1; r <= last; r++) fingerprints.set(r, hashByRow.get(r)!);
    const applied = changed ? appliedChange(basis, loaded, registry, notes) : null;
    return { ok: true, inputs: { registry, checkpoint, lastRow: last, fullReadDue, notes, noteTexts, states, since, corrected, pendingLog, fingerprints, statusValues, statusCells, applied, found } };
  } catch {
    // A sheet shorter than expected, a range outside it: the full path decides.
    return no("unreadable");
  }
}

const STATUSES: readonly ValidationStatus[] = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"];

/** A `Validasi` row as the digest reads it (null when it is not one the add-on wrote). */
export function digestRowOf(v: readonly CellValue[], sheetTimeZone: string): DigestRow | null {
  const status = v[5];
  if (!STATUSES.includes(status as ValidationStatus)) return null;
  const at = v[1];
  const visit = v[4];
  const reasons = String(v[6] ?? "");
  return {
    row: Number(v[0]),
    submittedAt: at instanceof Date ? at.getTime() : null,
    koperasiId: String(v[2] ?? ""),
    pendampingId: String(v[3] ?? ""),
    visitDay: visit instanceof Date ? localDayOf(visit.getTime(), sheetTimeZone) : null,
    status: status as ValidationStatus,
    reasons: () => reasons,
  };
}
