// A full validation (menu, hourly catch-up, the submit path's fallback) folded in row ranges: each step
// reads only its own response, `Validasi` and fingerprint rows, writes the rows whose content changed and
// saves its progress (pipeline/progress.ts), so no step outlives an execution and a crash loses at most the
// step under way. A later execution reads its progress, never the rows before it. The final step writes
// `Status Koperasi` from the carried states, the submit path's basis and the rebuild's checkpoint (the
// results digest carried range by range: pipeline/rangedDigest.ts). Rows appended meanwhile are
// folded at the end (the job's last row moves on); a changed basis starts it over; edits to rows already
// folded are the next full run's (docs/reliability.md).
import type { CellValue, CoopStatus, Registry, Report } from "../../core/model";
import { isCounted } from "../../core/model";
import type { RegistryIssue } from "../../core/registry";
import { validateRange } from "../../core/validation/validate";
import { BLANK_VALIDASI_ROW, VALIDASI_HEADERS, VALIDASI_NUMBER_FORMATS, VALIDASI_STATUS_COLUMN, validasiRow } from "../../core/summaries/validasi";
import { HEADERS } from "../../core/text/sheets";
import { RANGE_TEXT } from "../../core/text/chunks";
import { ARCHIVE_TEXT } from "../../core/text/archive";
import { AppError } from "../errors";
import type { Context } from "../context";
import { PROP } from "../props";
import { outputProtection } from "../protection";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { basisFingerprint, makeBasis, saveBasis } from "./basis";
import { coopNotes, OLD_INTERNAL_HEADER, readNoteFingerprints } from "./internal";
import { atInstant, CURSOR_PROPERTY, rangeRows, readCursor, stepBudget, type JobKind } from "./phases";
import { clearProgress, loadProgress, newProgress, saveProgress, type JobProgress, type StatusCounts } from "./progress";
import { loadRegistry, type LoadedRegistry } from "./registry";
import { locateResponses, parseRows, readPercentCells } from "./responses";
import { computeStatuses, writeStatusSheet } from "./status";
import { ARCHIVE_PENDING_PROP, loadArchiveBase } from "./archiveBase";
import { archivedCounts, cloneState } from "../../core/archive/base";
import { changedSpan, keepProcessed } from "./validation";
import { foldRange, saveJobCheckpoint, startDigest, type Retraction } from "./rangedDigest";
import type { ResultsDigest } from "../../core/digest";

export interface RangedOutcome {
  finished: boolean;
  /** The job's instant (every part computes at it). */
  now: number;
  counts: StatusCounts;
  /** Reports folded so far. */
  total: number;
  newRows: number;
  statuses: CoopStatus[];
  /** Lines about the job (resumed, paused, started over) and how the inputs were found. */
  notes: string[];
  /** The registry the job validated with, as this execution read it. */
  registry: Registry;
  issues: RegistryIssue[];
  /** Status of the `watch` row when this execution folded it. */
  watched?: string;
  /** The response sheet read (null: none found) and the job's basis fingerprint. */
  sheet: string | null;
  input: string;
  /**
   * Finished: the digest of every result, carried range by range and saved as the checkpoint (the rebuild's
   * output sheets are made from it); null when it could not be kept (pipeline/rangedDigest.ts).
   */
  digest: ResultsDigest | null;
}

export interface RangedOptions {
  loaded?: LoadedSettings;
  registry?: LoadedRegistry;
  watch?: number;
  /** Called with the response sheet's last row once known (a toast for people waiting). */
  announce?: (lastRow: number) => void;
  /** Every report of the response sheet as this execution already read it (the catch-up's check): not read again. */
  read?: { reports: readonly Report[]; lastRow: number };
}

export function runRangedValidation(ctx: Context, job: JobKind, startedAt: number, opts: RangedOptions = {}): RangedOutcome {
  const loaded = opts.loaded ?? loadSettings(ctx);
  const { settings } = loaded;
  const { registry, issues } = opts.registry ?? loadRegistry(ctx, settings);
  const names = settings.sheetNames;
  const { sheet, notes: found } = locateResponses(ctx, settings);
  const lastRow = sheet === null ? 1 : Math.max(1, ctx.workbook.lastRow(sheet));
  const header = sheet === null ? [] : ctx.workbook.readRows(sheet, 1, 1, 0)?.[0] ?? [];
  opts.announce?.(lastRow);
  const input = basisFingerprint(settings, registry, header);
  const mode = job === "validateAll" ? "all" : "new";
  const notes: string[] = [];

  const cursor = readCursor(ctx);
  // The archive deletes rows at its end: no other job starts or continues over them meanwhile.
  if (cursor?.job === "archive" && job !== "archive") throw new AppError("ARCHIVE", { message: ARCHIVE_TEXT.busy });
  const mine = cursor?.ranged === true && cursor.job === job ? cursor : null;
  const saved = loadProgress(ctx, job, mine?.now ?? -1, input);
  let p: JobProgress;
  if (mine && mine.input === input && saved.progress) {
    p = saved.progress;
    notes.push(RANGE_TEXT.resumed(p.next));
  } else {
    if (mine && mine.input !== input) notes.push(RANGE_TEXT.restarted);
    p = newProgress(job, ctx.clock.now(), input, saved.cells);
    startFromArchive(p);
    ctx.props.set(CURSOR_PROPERTY, JSON.stringify({ job, next: 0, now: p.now, input, ranged: true }));
  }
  /** After an archive run the fold starts from the saved base: its states, and its rows' results counted. */
  function startFromArchive(fresh: JobProgress): void {
    const pending = sheet !== null && ctx.props.get(ARCHIVE_PENDING_PROP) !== null;
    const first = pending ? parseRows([header, ...(ctx.workbook.readRows(sheet, 2, 2, header.length) ?? [])], 2, settings, ctx.clock.now()) : undefined;
    const base = loadArchiveBase(ctx, first);
    fresh.digest = startDigest(base, settings, fresh.now);
    if (!base) return;
    for (const [id, s] of base.states) fresh.states.set(id, cloneState(s));
    const counts = archivedCounts(base);
    for (const k of Object.keys(counts) as (keyof StatusCounts)[]) fresh.counts[k] += counts[k];
  }
  const at = atInstant(ctx, p.now);
  const noteHashes = new Map<number, string>();
  readNoteFingerprints(ctx, settings, noteHashes);
  const protectFor = outputProtection(settings, ctx);
  const validasiHeader = { values: [VALIDASI_HEADERS.slice()], numberFormats: VALIDASI_NUMBER_FORMATS, boldFirstRow: true };
  const validasiOptions = { frozenRows: 1, protectFor };
  const internalHeader = { values: [HEADERS.state.slice()], numberFormats: ["@"] };
  const internalOptions = { frozenRows: 1, hidden: true };
  let watched: string | undefined;
  // Before the notes the internal sheet kept the fingerprint of row r in its fifth column (internal.ts).
  const legacy = ctx.workbook.readRows(names.state, 1, 1, 1)?.[0]?.[0] === OLD_INTERNAL_HEADER;

  const read = opts.read && opts.read.lastRow === lastRow ? opts.read : null;
  const readReports = (a: number, b: number): Report[] => {
    const values: CellValue[][] = [header, ...(ctx.workbook.readRows(sheet!, a, b, header.length) ?? [])];
    readPercentCells(ctx, sheet!, values, a);
    return parseRows(values, a, settings, ctx.clock.now());
  };
  /** Folds rows a..b: reads them, validates them from the carried states, writes what changed. */
  const fold = (a: number, b: number): void => {
    const reports = read ? read.reports.slice(firstAtOrAfter(read.reports, a), firstAtOrAfter(read.reports, b + 1)) : readReports(a, b);
    const range = validateRange(reports, registry, settings, p.states);
    const results = range.results;
    // A row below 2 was archived: its outcome, corrections included, is in the archive base already.
    const earlier = range.earlier.filter((c) => c.row >= 2);
    const hashes = new Map<number, string>();
    for (const r of reports) hashes.set(r.row, r.contentHash);
    const stored = (ctx.workbook.readRows(names.state, a, b, legacy ? 5 : 1) ?? []).map((r) => [r[legacy ? 4 : 0] ?? ""]);
    let lo = a;
    for (const c of earlier) if (c.row < lo) lo = c.row;
    // `Validasi` as it is: rows a report of this range corrects, and (keeping `Diproses`) the range's own.
    const width = VALIDASI_HEADERS.length;
    const old = lo < a ? ctx.workbook.readRows(names.validasi, lo, a - 1, width) ?? [] : [];
    if (mode === "new") for (const row of ctx.workbook.readRows(names.validasi, a, b, width) ?? []) old.push(row);
    const block: CellValue[][] = [];
    for (let row = lo; row < a; row++) block.push((old[row - lo] ?? BLANK_VALIDASI_ROW).slice());
    const held = new Map(p.held.map((h) => [h.row, h]));
    const retracted: Retraction[] = [];
    for (const c of earlier) {
      const i = c.row - lo;
      const before = held.get(c.row)?.status ?? String(block[i]![VALIDASI_STATUS_COLUMN] ?? "");
      retracted.push({ result: c.result, before });
      if (before in p.counts) p.counts[before as keyof StatusCounts]--;
      p.counts.Dikoreksi++;
      held.delete(c.row);
      const fresh = validasiRow(c.result, p.now, settings);
      if (mode === "new") keepProcessed(block[i]!, fresh);
      block[i] = fresh;
    }
    p.held = [...held.values()];
    p.digest = foldRange(p.digest, results, retracted, settings);
    const byRow = new Map(results.map((r) => [r.row, r]));
    for (let row = a; row <= b; row++) {
      const result = byRow.get(row);
      if (!result) {
        block.push(BLANK_VALIDASI_ROW.slice());
        continue;
      }
      if (row === opts.watch) watched = result.status;
      p.counts[result.status]++;
      const was = old[row - lo];
      const sameAnswers = (noteHashes.get(row) ?? String(stored[row - a]?.[0] ?? "")) === (hashes.get(row) ?? "");
      if (!sameAnswers) p.newRows++;
      const fresh = validasiRow(result, p.now, settings);
      if (mode === "new" && was && sameAnswers) {
        // A row `Validasi` shows as corrected whose correction comes in a later range: left as it is until then.
        if (was[VALIDASI_STATUS_COLUMN] === "Dikoreksi" && isCounted(result.status)) {
          p.held.push(result);
          block.push(was.slice());
          continue;
        }
        keepProcessed(was, fresh);
      }
      block.push(fresh);
    }
    let [from, to] = changedSpan(old, block);
    if (mode === "all") {
      // Every row of the range is written (stamped now); before it, only corrected rows that changed.
      const [f, t] = changedSpan(old, block.slice(0, a - lo));
      [from, to] = [f <= t ? f : a - lo + 1, block.length];
    }
    if (from <= to) ctx.workbook.writeRows(names.validasi, validasiHeader, validasiOptions, lastRow, lo + from - 1, block.slice(from - 1, to));
    const internal: CellValue[][] = [];
    for (let row = a; row <= b; row++) internal.push([hashes.get(row) ?? ""]);
    const [f, t] = changedSpan(stored, internal);
    if (f <= t) ctx.workbook.writeRows(names.state, internalHeader, internalOptions, lastRow, a + f - 1, internal.slice(f - 1, t));
  };

  const size = rangeRows(ctx);
  const budget = stepBudget(ctx, startedAt);
  while (p.next <= lastRow) {
    const began = ctx.clock.now();
    const a = p.next;
    const b = Math.min(lastRow, a + size - 1);
    fold(a, b);
    p.next = b + 1;
    if (p.next > lastRow) break;
    saveProgress(ctx, p);
    budget.stepped(began);
    // Another step would not fit in what is left of the budget: stop here, the next execution continues.
    if (budget.spent()) {
      notes.push(RANGE_TEXT.paused(p.next - 1, lastRow));
      return outcome(false, []);
    }
  }

  // The final step: rows still held, rows below the last one, `Status Koperasi`, the basis, the checkpoint.
  writeHeld(p.held.filter((h) => h.row <= lastRow));
  p.held = [];
  ctx.workbook.clearBelow(names.validasi, lastRow, VALIDASI_HEADERS.length);
  ctx.workbook.clearBelow(names.state, lastRow, 1);
  // Both laid out down to the last row (no call when they are; the archive's delete forgets it), as the
  // rebuild's state path checks before it reads them.
  ctx.workbook.writeRows(names.validasi, validasiHeader, validasiOptions, lastRow, lastRow + 1, []);
  ctx.workbook.writeRows(names.state, internalHeader, internalOptions, lastRow, lastRow + 1, []);
  const statuses = computeStatuses(at, settings, registry, p.states);
  writeStatusSheet(at, settings, {
    statuses, notes: coopNotes(registry, p.states, statuses),
    bookkeeping: () => {
      saveBasis(ctx.props, makeBasis(settings, registry, header, loaded.cellsFingerprint));
      ctx.props.setLater(PROP.validatedThrough, String(lastRow));
    },
  });
  const digest = saveJobCheckpoint(ctx, p, lastRow);
  ctx.props.remove(CURSOR_PROPERTY);
  clearProgress(ctx, p);
  return outcome(true, statuses, digest);

  /** The held rows no correction came for, as they are now: one read and one write of the span they lie in. */
  function writeHeld(rows: readonly JobProgress["held"][number][]): void {
    if (rows.length === 0) return;
    let lo = rows[0]!.row;
    let hi = lo;
    for (const h of rows) [lo, hi] = [Math.min(lo, h.row), Math.max(hi, h.row)];
    const width = VALIDASI_HEADERS.length;
    const old = ctx.workbook.readRows(names.validasi, lo, hi, width) ?? [];
    const span: CellValue[][] = [];
    for (let row = lo; row <= hi; row++) span.push((old[row - lo] ?? BLANK_VALIDASI_ROW).slice());
    for (const h of rows) span[h.row - lo] = validasiRow(h, p.now, settings);
    const [from, to] = changedSpan(old, span);
    if (from <= to) ctx.workbook.writeRows(names.validasi, validasiHeader, validasiOptions, lastRow, lo + from - 1, span.slice(from - 1, to));
  }

  function outcome(finished: boolean, statuses: CoopStatus[], digest: ResultsDigest | null = null): RangedOutcome {
    let total = 0;
    for (const n of Object.values(p.counts)) total += n;
    return {
      finished, now: p.now, counts: p.counts, total, newRows: p.newRows, statuses, notes: [...notes, ...found, ...loaded.notes], registry, issues,
      ...(watched !== undefined ? { watched } : {}), sheet, input, digest,
    };
  }
}

/** Index of the first report at or after `row` (reports in row order). */
function firstAtOrAfter(reports: readonly Report[], row: number): number {
  let lo = 0;
  let hi = reports.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reports[mid]!.row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Leaves `job` to start over from row 2 at the next execution (its progress is blank, its basis `input`). */
export function queueFreshJob(ctx: Context, job: JobKind, input: string): void {
  ctx.props.set(CURSOR_PROPERTY, JSON.stringify({ job, next: 0, now: -1, input, ranged: true }));
}
