// `Status Koperasi` from the validation states (the submit path writes one row: actions/submitFast.ts).
import type { CellValue, LatestReport, LocalDay, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { CoopValidationState } from "../../core/validation/state";
import { latestReportOf } from "../../core/validation/state";
import { coopStatuses } from "../../core/zones/statuses";
import { statusBackgroundsByZone, statusRow, statusTable } from "../../core/summaries/status";
import { localDayOf } from "../../core/time/timeZone";
import type { CoopStatus } from "../../core/model";
import type { Context } from "../context";
import { tableBlock } from "./tableBlock";
import type { Block } from "../ports";
import { coopNoteText, STATE_COLUMN } from "./internal";
import { FULL_RUN_PROPERTY } from "./checkpoint";
import { saveBasis } from "./basis";
import type { StateInputs } from "./stateProbe";
import type { ValidationRun } from "./validation";
import { outputProtection } from "../protection";

export function latestById(states: ReadonlyMap<string, CoopValidationState>): Map<string, LatestReport> {
  const out = new Map<string, LatestReport>();
  for (const [id, s] of states) {
    const l = latestReportOf(s);
    if (l) out.set(id, l);
  }
  return out;
}

export function computeStatuses(ctx: Context, settings: Settings, registry: Registry, states: ReadonlyMap<string, CoopValidationState>): CoopStatus[] {
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  return coopStatuses(registry, latestById(states), today, settings);
}

/**
 * Writes `Status Koperasi` (one block): the SPEC columns, and in the hidden column after them each
 * cooperative's note (pipeline/internal.ts); then the run's bookkeeping, which makes the notes the
 * submit path's starting point.
 */
export function writeStatusSheet(ctx: Context, settings: Settings, run: Pick<ValidationRun, "statuses" | "notes" | "bookkeeping">): void {
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  ctx.workbook.replaceContent(settings.sheetNames.statusKoperasi, [{ row: 1, col: 1, block: statusBlock(run.statuses, run.notes, settings, today) }], {
    frozenRows: 1, protectFor: outputProtection(settings, ctx), hiddenColumnsFrom: STATE_COLUMN, keyedRows: true,
  });
  // Names this full run: a checkpoint saved by another run is no longer the state path's (pipeline/checkpoint.ts).
  ctx.props.setLater(FULL_RUN_PROPERTY, String(ctx.clock.now()));
  run.bookkeeping();
}

/** The status table with the notes column after it (blank values, plain-text format). */
function statusBlock(statuses: readonly CoopStatus[], notes: readonly string[], settings: Settings, today: LocalDay): Block {
  const block = tableBlock(statusTable(statuses, settings, today));
  return {
    ...block,
    values: block.values.map((row) => [...row, ""]),
    numberFormats: [...(block.numberFormats ?? []), "@"],
    ...(block.backgrounds ? { backgrounds: block.backgrounds.map((row) => [...row, null]) } : {}),
    notes: block.values.map((row, i) => [...row.map(() => ""), i === 0 ? "" : notes[i - 1] ?? ""]),
  };
}

/**
 * The state path's `Status Koperasi`: the rows from the first to the last whose values, zone colour or
 * note changed, in one write of values and colours and, when a note changed, one of notes. The notes keep
 * what the submit path added (fingerprints, `Log` lines) and take the new zone and registry row. A change
 * of output settings or registry rows (`applied`) saves the new basis with them: the submit path's
 * starting point is these notes and that basis. New zone colours recolour every row.
 */
export function writeChangedStatusRows(
  ctx: Context, settings: Settings, statuses: readonly CoopStatus[],
  current: Pick<StateInputs, "notes" | "noteTexts" | "statusValues" | "statusCells"> & Partial<Pick<StateInputs, "applied">>,
): void {
  const applied = current.applied ?? null;
  if (applied) saveBasis(ctx.props, applied.basis);
  const name = settings.sheetNames.statusKoperasi;
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const n = statuses.length;
  if (n === 0) return;
  const old = current.statusValues;
  const bg = statusBackgroundsByZone(settings);
  const rows: CellValue[][] = [];
  const notes: string[] = [];
  let first = -1;
  let last = -1;
  let notesChanged = false;
  for (let i = 0; i < n; i++) {
    const s = statuses[i]!;
    const note = current.notes[i]!;
    const row = statusRow(s, settings, today);
    const recoloured = note.z !== s.zone;
    // A registry row edited since (a name, the portal flag): the note takes it, as a full run writes it.
    const edited = applied?.registry === true && JSON.stringify(note.k) !== JSON.stringify(s.koperasi);
    notes.push(recoloured || edited ? coopNoteText({ ...note, k: edited ? s.koperasi : note.k, z: s.zone }) : current.noteTexts[i]!);
    rows.push(row);
    if (!recoloured && !edited && applied?.recolour !== true && sameCells(old[i], row)) continue;
    if (first < 0) first = i;
    last = i;
    notesChanged ||= recoloured || edited;
  }
  if (first < 0) return;
  // Every row changed (the usual morning: `Hari Sejak Laporan` moved on): the range already read.
  const span = first === 0 && last === n - 1 ? current.statusCells : ctx.workbook.cells(name, first + 2, 1, last - first + 1, STATE_COLUMN);
  span.write(rows.slice(first, last + 1).map((r) => [...r, ""]), statuses.slice(first, last + 1).map((s) => [...bg[s.zone], null]));
  if (notesChanged) span.writeNotes(notes.slice(first, last + 1).map((t) => [...new Array<string>(STATE_COLUMN - 1).fill(""), t]));
}

function sameCells(a: readonly CellValue[] | undefined, b: readonly CellValue[]): boolean {
  if (!a) return false;
  for (let c = 0; c < b.length; c++) {
    const x = a[c] ?? "";
    const y = b[c] ?? "";
    if (x instanceof Date && y instanceof Date ? x.getTime() !== y.getTime() : x !== y) return false;
  }
  return true;
}
