// `Perbarui status & ringkasan` (and the daily hourly-trigger run): zones and every output sheet. When
// nothing upstream changed since the last full read (pipeline/stateProbe.ts) it works from the kept
// states and the checkpoint (pipeline/statePath.ts). Otherwise, and every FULL_READ_DAYS after the state
// path served the day, every report is validated again as a job in row ranges (pipeline/rangedJob.ts,
// continued by the next hourly trigger or click); the job saves the checkpoint at its end and the output
// sheets follow from its states and digest in that execution, no report read again (docs/reliability.md, section 8).
import { localDayOf } from "../../core/time/timeZone";
import { REBUILD_TEXT } from "../../core/text/rebuild";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { countsLine, registryNotes } from "../pipeline/notes";
import { queueFreshJob, runRangedValidation, type RangedOutcome } from "../pipeline/rangedJob";
import { buildOutputs } from "../pipeline/outputs";
import type { ResultsDigest } from "../../core/digest";
import { atInstant } from "../pipeline/phases";
import { FULL_READ_DAYS, probeState, type StateInputs } from "../pipeline/stateProbe";
import { stateRun } from "../pipeline/statePath";
import { keepFormInStep } from "./form";
import { statusSummary } from "./statusSummary";

export function rebuildAll(ctx: Context, loaded?: LoadedSettings): Outcome {
  const startedAt = ctx.clock.now();
  const settingsLoaded = loaded ?? loadSettings(ctx);
  const probe = probeState(ctx, settingsLoaded);
  // The state path serves the day first, also when the weekly full read is due (it starts below).
  const served = probe.ok ? rebuildFromState(ctx, settingsLoaded, probe.inputs) : null;
  const weekly = probe.ok && probe.inputs.fullReadDue;
  if (served && !weekly) return served.outcome;
  const registry = probe.ok ? probe.inputs.registry : probe.registry;
  const job = runRangedValidation(ctx, "rebuild", startedAt, {
    loaded: settingsLoaded, ...(registry ? { registry } : {}),
    announce: (lastRow) => ctx.workbook.toast(REBUILD_TEXT.validating(Math.max(0, lastRow - 1))),
  });
  const why = weekly ? [REBUILD_TEXT.fullReadDue] : [];
  if (!job.finished) {
    if (served) return { ...served.outcome, details: [...served.outcome.details, ...job.notes] };
    return { summary: REBUILD_TEXT.paused, details: [...why, ...job.notes, countsLine(job.counts), ...registryNotes(job.issues)] };
  }
  const at = atInstant(ctx, job.now);
  if (!job.digest) {
    // The digest could not be kept (rows deleted while the job ran, a corrected row it could not take
    // back): the next execution reads every report again from row 2, in ranges; the sheets wait for it.
    queueFreshJob(ctx, "rebuild", job.input);
    if (served) return { ...served.outcome, details: [...served.outcome.details, ...job.notes, REBUILD_TEXT.digestLost] };
    return { summary: REBUILD_TEXT.paused, details: [...why, ...job.notes, REBUILD_TEXT.digestLost, countsLine(job.counts), ...registryNotes(job.issues)] };
  }
  // The output sheets follow from what the job carried (its states and digest, which its final step wrote
  // as `Status Koperasi` and the checkpoint), at its instant like everything it wrote: those of one run at
  // that instant. The state path above may have appended today's `Riwayat` rows already in this execution.
  const rebuilt = rebuildFromJob(at, settingsLoaded, job, job.digest, served?.riwayatAppended === true);
  return { ...rebuilt, details: [...why, ...job.notes, ...rebuilt.details] };
}

/** The output sheets after `Status Koperasi` from a finished job's statuses and digest (no report read again). */
function rebuildFromJob(ctx: Context, loaded: LoadedSettings, job: RangedOutcome, digest: ResultsDigest, riwayatAppendedEarlier: boolean): Outcome {
  const { settings } = loaded;
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const built = buildOutputs(ctx, settings, job.registry, { statuses: job.statuses, notes: [], bookkeeping: () => undefined }, today, digest);
  // `Status Koperasi`, its notes and the bookkeeping are the job's final step's.
  for (const w of built.writes) if (w.name !== settings.sheetNames.statusKoperasi) w.run();
  const details = [
    ...keepFormInStep(ctx, settings, job.registry),
    REBUILD_TEXT.afterFullRead(job.total),
    `Laporan: ${countsLine(digest.counts)}.`,
    built.riwayatAppended || riwayatAppendedEarlier ? REBUILD_TEXT.riwayatAdded : REBUILD_TEXT.riwayatKept,
    ...built.notes,
    ...registryNotes(job.issues),
  ];
  if (job.sheet === null) details.unshift(REBUILD_TEXT.noForm);
  return { summary: statusSummary(job.statuses), details };
}

/** The state path's run and outcome; null when the checkpoint cannot take a correction back. */
function rebuildFromState(ctx: Context, loaded: LoadedSettings, inputs: StateInputs): { outcome: Outcome; riwayatAppended: boolean } | null {
  const { settings } = loaded;
  const { registry, issues } = inputs.registry;
  let run;
  try {
    run = stateRun(ctx, settings, registry, inputs);
  } catch {
    return null;
  }
  // The submit path's `Log` lines found in the notes are written with this run's `Log` row (logBuffer.ts).
  if (ctx.noteLog) {
    const known = new Set(ctx.noteLog.map((x) => x.row));
    for (const e of inputs.pendingLog) if (!known.has(e.row)) ctx.noteLog.push(e);
  }
  run.write();
  const formNotes = keepFormInStep(ctx, settings, registry);
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const how = inputs.fullReadDue ? REBUILD_TEXT.fromStateReread(inputs.since.length) : REBUILD_TEXT.fromState(inputs.since.length, Math.max(1, inputs.checkpoint.fullDay + FULL_READ_DAYS - today));
  const details = [
    ...formNotes,
    how,
    ...(inputs.applied && (inputs.applied.keys.length > 0 || inputs.applied.registry) ? [REBUILD_TEXT.applied(inputs.applied.keys, inputs.applied.registry)] : []),
    `Laporan: ${countsLine(run.digest.counts)}.`,
    run.built.riwayatAppended ? REBUILD_TEXT.riwayatAdded : REBUILD_TEXT.riwayatKept,
    ...run.built.notes,
    ...inputs.found,
    ...loaded.notes,
    ...registryNotes(issues),
  ];
  return { outcome: { summary: statusSummary(run.statuses), details }, riwayatAppended: run.built.riwayatAppended };
}
