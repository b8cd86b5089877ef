// `Perbarui status & ringkasan` (and the daily hourly-trigger run): zones and every output sheet. When
// nothing upstream changed since the last full read (pipeline/stateProbe.ts) it works from the kept
// states and the checkpoint (pipeline/statePath.ts); otherwise it validates every report, as phases
// (pipeline/phases.ts): a run past its time budget continues at the next hourly trigger.
import { localDayOf } from "../../core/time/timeZone";
import type { CoopStatus } from "../../core/model";
import type { ResultsDigest } from "../../core/digest";
import { REBUILD_TEXT } from "../../core/text/rebuild";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { validateEverything } from "../pipeline/validation";
import { buildOutputs } from "../pipeline/outputs";
import { countsLine, registryNotes, statusCounts } from "../pipeline/notes";
import { loadInputs, runPhasedJob } from "../pipeline/jobs";
import { inputFingerprint } from "../pipeline/phases";
import { FULL_READ_DAYS, probeState, type StateInputs } from "../pipeline/stateProbe";
import { stateRun } from "../pipeline/statePath";
import { keepFormInStep } from "./form";

export function rebuildAll(ctx: Context, loaded?: LoadedSettings): Outcome {
  const startedAt = ctx.clock.now();
  const settingsLoaded = loaded ?? loadSettings(ctx);
  const probe = probeState(ctx, settingsLoaded);
  if (probe.ok) {
    const fromState = rebuildFromState(ctx, settingsLoaded, probe.inputs);
    if (fromState) return fromState;
  }
  const inputs = loadInputs(ctx, settingsLoaded, probe.ok ? probe.inputs.registry : probe.registry);
  const { settings, registry, responses } = inputs;
  ctx.workbook.toast(`Memvalidasi ${responses.reports.length} laporan dan menyusun status & ringkasan…`);
  let riwayatAppended = false;
  let written: string[] = [];
  let digest = null as ResultsDigest | null;
  const input = inputFingerprint(inputs.basisFp, responses.lastRow, responses.reports);
  const job = runPhasedJob(ctx, "rebuild", input, startedAt, (at) => {
    const run = validateEverything(at, settings, registry, {
      reports: responses.reports, lastRow: responses.lastRow, header: responses.header, settingsCells: inputs.cellsFingerprint,
    }, "new");
    const today = localDayOf(at.clock.now(), settings.timeZone);
    digest = run.digest;
    const built = buildOutputs(at, settings, registry, run, today, digest);
    riwayatAppended = built.riwayatAppended;
    written = built.notes;
    return { run, phases: [{ name: settings.sheetNames.validasi, run: run.write }, ...built.writes] };
  });
  const { statuses, results } = job.run;
  const formNotes = job.done === job.total ? keepFormInStep(ctx, settings, registry) : [];
  const details = [
    ...job.notes,
    ...formNotes,
    ...(!probe.ok && probe.reason === "full read due" ? [REBUILD_TEXT.fullReadDue] : []),
    `Laporan: ${digest ? countsLine(digest.counts) : statusCounts(results)}.`,
    riwayatAppended ? "Riwayat hari ini ditambahkan." : "Riwayat hari ini sudah ada (tidak ditulis ulang).",
    ...written,
    ...inputs.notes,
    ...registryNotes(inputs.issues),
  ];
  if (responses.sheet === null) details.unshift("Formulir belum terhubung: belum ada laporan yang dibaca.");
  return { summary: summaryOf(statuses), details };
}

/** The state path's run and outcome; null when the checkpoint cannot take a correction back (the full path runs). */
function rebuildFromState(ctx: Context, loaded: LoadedSettings, inputs: StateInputs): Outcome | null {
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
  const details = [
    ...formNotes,
    REBUILD_TEXT.fromState(inputs.since.length, Math.max(1, inputs.checkpoint.fullDay + FULL_READ_DAYS - today)),
    `Laporan: ${countsLine(run.digest.counts)}.`,
    run.built.riwayatAppended ? "Riwayat hari ini ditambahkan." : "Riwayat hari ini sudah ada (tidak ditulis ulang).",
    ...run.built.notes,
    ...loaded.notes,
    ...registryNotes(issues),
  ];
  return { summary: summaryOf(run.statuses), details };
}

function summaryOf(statuses: readonly CoopStatus[]): string {
  const zones = { HIJAU: 0, KUNING: 0, MERAH: 0, "BELUM PORTAL": 0 };
  for (const s of statuses) zones[s.zone]++;
  const notInPortal = zones["BELUM PORTAL"] > 0 ? `, ${zones["BELUM PORTAL"]} belum portal` : "";
  return `Status ${statuses.length} koperasi diperbarui: ${zones.HIJAU} hijau, ${zones.KUNING} kuning, ${zones.MERAH} merah${notInPortal}.`;
}

