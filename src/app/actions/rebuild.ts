// `Perbarui status & ringkasan` (and the daily hourly-trigger run): validate, zones, every output sheet.
// Runs as phases (pipeline/phases.ts): a run past its time budget continues at the next hourly trigger.
import { localDayOf } from "../../core/time/timeZone";
import type { Context } from "../context";
import type { Outcome } from "../run";
import type { LoadedSettings } from "../settingsLoader";
import { validateEverything } from "../pipeline/validation";
import { buildOutputs } from "../pipeline/outputs";
import { countsLine, registryNotes, statusCounts } from "../pipeline/notes";
import { digestResults, type ResultsDigest } from "../../core/digest";
import { loadInputs, runPhasedJob } from "../pipeline/jobs";
import { inputFingerprint } from "../pipeline/phases";
import { keepFormInStep } from "./form";

export function rebuildAll(ctx: Context, loaded?: LoadedSettings): Outcome {
  const startedAt = ctx.clock.now();
  const inputs = loadInputs(ctx, loaded);
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
    digest = digestResults(run.results, settings, today);
    const built = buildOutputs(at, settings, registry, run, today, digest);
    riwayatAppended = built.riwayatAppended;
    written = built.notes;
    return { run, phases: [{ name: settings.sheetNames.validasi, run: run.write }, ...built.writes] };
  });
  const { statuses, results } = job.run;
  const formNotes = job.done === job.total ? keepFormInStep(ctx, settings, registry) : [];
  const zones = { HIJAU: 0, KUNING: 0, MERAH: 0, "BELUM PORTAL": 0 };
  for (const s of statuses) zones[s.zone]++;
  const notInPortal = zones["BELUM PORTAL"] > 0 ? `, ${zones["BELUM PORTAL"]} belum portal` : "";
  const summary = `Status ${statuses.length} koperasi diperbarui: ${zones.HIJAU} hijau, ${zones.KUNING} kuning, ${zones.MERAH} merah${notInPortal}.`;
  const details = [
    ...job.notes,
    ...formNotes,
    `Laporan: ${digest ? countsLine(digest.counts) : statusCounts(results)}.`,
    riwayatAppended ? "Riwayat hari ini ditambahkan." : "Riwayat hari ini sudah ada (tidak ditulis ulang).",
    ...written,
    ...inputs.notes,
    ...registryNotes(inputs.issues),
  ];
  if (responses.sheet === null) details.unshift("Formulir belum terhubung: belum ada laporan yang dibaca.");
  return { summary, details };
}
