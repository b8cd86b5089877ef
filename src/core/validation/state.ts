// Per-cooperative validation state: the counted reports that later reports may still repeat or be compared with.
import type { Instant, LandStatus, LatestReport, LocalDay, Stage } from "../model";

// 2: entries keep the report's `Jenis Kendala`, `Tautan Foto` and `Gerai Beroperasi` (SPEC section 8).
export const STATE_VERSION = 2;

/** One counted (`Valid`/`Peringatan`) report as the state keeps it. */
export interface CountedEntry {
  row: number;
  /** Visit day. */
  day: LocalDay;
  /** Submission instant. */
  at: Instant;
  /** Pendamping id. */
  pid: string;
  progress: number;
  land: LandStatus;
  stage: Stage;
  /** Report.contentHash: equal hash and key means an identical repeat. */
  hash: string;
  /** First visit day of the unbroken run of counted reports (by visit day, row) with this progress value. */
  since: LocalDay;
  /** `Jenis Kendala` (Report.obstacleKinds); absent when not answered. */
  ob?: string[];
  /** `Tautan Foto`; absent when blank. */
  ph?: string;
  /** `Gerai Beroperasi`; absent when not answered. */
  op?: boolean;
}

/**
 * What one cooperative's validation needs to know about its past, stored as JSON in one hidden-sheet row.
 * `reports` is sorted by (day, row) and holds every counted report whose visit day is at most
 * `maxReportAgeDays` before `newestSubmitDay` (only those can still be repeated, because a repeat must
 * itself be within that age), plus the newest counted report before that window: it is the baseline for
 * progress comparisons and, when nothing newer exists, the latest report. The last entry is the latest.
 */
export interface CoopValidationState {
  version: typeof STATE_VERSION;
  /** Newest local submission day among the counted reports. */
  newestSubmitDay: LocalDay;
  reports: CountedEntry[];
}

function before(a: CountedEntry, b: CountedEntry): boolean {
  return a.day < b.day || (a.day === b.day && a.row < b.row);
}

/** Index of the counted report with the same pendamping and visit day (at most one exists), or -1. */
export function keyIndexOf(entries: readonly CountedEntry[], pendampingId: string, day: LocalDay): number {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.day === day && e.pid === pendampingId) return i;
  }
  return -1;
}

/**
 * The report a new one with this visit day is compared with: the counted report with the greatest
 * (visit day, row) among those visited on or before that day, leaving out `skip` (the same-key report the
 * new one corrects or repeats: comparing a correction with the report it replaces would say nothing).
 * Reports visited later than this one are ignored, so a late report about an earlier day is compared with
 * what was true then, not with newer progress.
 */
export function baselineOf(entries: readonly CountedEntry[], day: LocalDay, skip: number): CountedEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (i !== skip && e.day <= day) return e;
  }
  return undefined;
}

/**
 * Recomputes `since` from index `from` on (entries before `from` keep theirs). Replaces the changed
 * entries with copies, or changes them in place when `mutate` (the caller owns them).
 */
function relink(list: CountedEntry[], from: number, mutate = false): void {
  for (let i = Math.max(1, from); i < list.length; i++) {
    const prev = list[i - 1]!;
    const e = list[i]!;
    const since = prev.progress === e.progress ? prev.since : e.day;
    if (since === e.since) continue;
    if (mutate) e.since = since;
    else list[i] = { ...e, since };
  }
}

/** How many leading entries no later report can repeat (all but the newest entry before the window). */
function prunable(list: readonly CountedEntry[], newestSubmitDay: LocalDay, maxAgeDays: number): number {
  const cutoff = newestSubmitDay - maxAgeDays;
  let k = 0;
  while (k < list.length && list[k]!.day < cutoff) k++;
  return k <= 1 ? 0 : k - 1;
}

/** Drops what no later report can repeat, keeping the newest entry before the window. */
function prune(list: CountedEntry[], newestSubmitDay: LocalDay, maxAgeDays: number): CountedEntry[] {
  const drop = prunable(list, newestSubmitDay, maxAgeDays);
  return drop === 0 ? list : list.slice(drop);
}

/**
 * Puts `entry` into the (owned) list, in (day, row) order, replacing the entry at `replace` (-1: none),
 * and recomputes `since` from there on. `entry.since` is set here: in place when `mutate` (nobody else
 * holds the entry or the list's entries), else a copy is inserted when it changes.
 */
function insertCounted(list: CountedEntry[], entry: CountedEntry, replace: number, mutate: boolean): void {
  let from = list.length;
  let since = entry.day;
  if (replace >= 0) {
    const old = list[replace]!;
    // Only matters when nothing before it is kept: the correction inherits the run it did not break.
    if (old.progress === entry.progress) since = old.since;
    list.splice(replace, 1);
    from = replace;
  }
  let at = list.length;
  while (at > 0 && before(entry, list[at - 1]!)) at--;
  let inserted = entry;
  if (entry.since !== since) {
    if (mutate) entry.since = since;
    else inserted = { ...entry, since };
  }
  if (at === list.length) list.push(inserted);
  else list.splice(at, 0, inserted);
  relink(list, Math.min(from, at), mutate);
}

/**
 * A new state with `entry` counted. `replace` is the index of the same-key report it corrects (-1 for none);
 * `entry.since` is recomputed here.
 */
export function withCounted(
  state: CoopValidationState | undefined,
  entry: CountedEntry,
  replace: number,
  submitDay: LocalDay,
  maxAgeDays: number,
): CoopValidationState {
  const list = state ? state.reports.slice() : [];
  insertCounted(list, entry, replace, false);
  const newestSubmitDay = state ? Math.max(state.newestSubmitDay, submitDay) : submitDay;
  return { version: STATE_VERSION, newestSubmitDay, reports: prune(list, newestSubmitDay, maxAgeDays) };
}

/**
 * withCounted done in place, for a fold that owns `state`, its list, its entries and `entry` (nobody
 * else holds any of them): leaves `state` equal to what withCounted would have returned.
 */
export function countInPlace(
  state: CoopValidationState,
  entry: CountedEntry,
  replace: number,
  submitDay: LocalDay,
  maxAgeDays: number,
): void {
  const list = state.reports;
  insertCounted(list, entry, replace, true);
  state.newestSubmitDay = Math.max(state.newestSubmitDay, submitDay);
  const drop = prunable(list, state.newestSubmitDay, maxAgeDays);
  if (drop > 0) {
    list.copyWithin(0, drop);
    list.length -= drop;
  }
}

/** A new state without the report of that row (used when a row is validated again). */
export function withoutRow(state: CoopValidationState, row: number): CoopValidationState {
  const i = state.reports.findIndex((e) => e.row === row);
  if (i < 0) return state;
  const list = state.reports.slice();
  list.splice(i, 1);
  relink(list, i);
  return { ...state, reports: list };
}

/** The cooperative's latest counted report (greatest visit day, then row), or null when it has none. */
export function latestReportOf(state: CoopValidationState | undefined | null): LatestReport | null {
  const e = state ? state.reports[state.reports.length - 1] : undefined;
  if (!e) return null;
  return {
    row: e.row, visitDay: e.day, submittedAt: e.at, pendampingId: e.pid, progress: e.progress,
    landStatus: e.land, stage: e.stage, progressSinceDay: e.since,
    obstacles: e.ob ?? [], photoUrl: e.ph ?? "", outletOpen: e.op ?? null,
  };
}
