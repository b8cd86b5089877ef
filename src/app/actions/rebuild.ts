// `Perbarui status & ringkasan` (and the daily hourly-trigger run): validate, zones, every output sheet.
import { localDayOf } from "../../core/time/timeZone";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { loadRegistry } from "../pipeline/registry";
import { loadResponses } from "../pipeline/responses";
import { validateEverything } from "../pipeline/validation";
import { buildOutputs } from "../pipeline/outputs";
import { computeStatuses } from "../pipeline/status";
import { registryNotes, statusCounts } from "../pipeline/notes";

export function rebuildAll(ctx: Context): Outcome {
  const { settings, notes } = loadSettings(ctx);
  const { registry, issues } = loadRegistry(ctx, settings);
  const responses = loadResponses(ctx, settings);
  ctx.workbook.toast(`Memvalidasi ${responses.reports.length} laporan…`);
  const run = validateEverything(ctx, settings, registry, responses.reports, responses.lastRow, "new");
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const statuses = computeStatuses(ctx, settings, registry, run.states);
  ctx.workbook.toast("Menyusun status & ringkasan…");
  const built = buildOutputs(ctx, settings, registry, statuses, run.results, today);
  for (const write of built.writes) write();
  const zones = { HIJAU: 0, KUNING: 0, MERAH: 0 };
  for (const s of statuses) zones[s.zone]++;
  const summary = `Status ${statuses.length} koperasi diperbarui: ${zones.HIJAU} hijau, ${zones.KUNING} kuning, ${zones.MERAH} merah.`;
  const details = [
    `Laporan: ${statusCounts(run.results)}.`,
    built.riwayatAppended ? "Riwayat hari ini ditambahkan." : "Riwayat hari ini sudah ada (tidak ditulis ulang).",
    ...notes,
    ...registryNotes(issues),
  ];
  if (responses.sheet === null) details.unshift("Formulir belum terhubung: belum ada laporan yang dibaca.");
  return { summary, details };
}
