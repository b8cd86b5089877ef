// `Validasi laporan baru` and `Validasi ulang semua laporan`.
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { loadRegistry } from "../pipeline/registry";
import { loadResponses } from "../pipeline/responses";
import { validateEverything } from "../pipeline/validation";
import { registryNotes, statusCounts } from "../pipeline/notes";
import { refreshStatusSheet } from "../pipeline/status";

export function validateReports(ctx: Context, mode: "new" | "all"): Outcome {
  const { settings, notes } = loadSettings(ctx);
  const { registry, issues } = loadRegistry(ctx, settings);
  const responses = loadResponses(ctx, settings);
  ctx.workbook.toast(`Memvalidasi ${responses.reports.length} laporan…`);
  const run = validateEverything(ctx, settings, registry, responses.reports, responses.lastRow, mode);
  refreshStatusSheet(ctx, settings, registry, run.states);
  const summary =
    mode === "all"
      ? `${run.results.length} laporan divalidasi ulang.`
      : `${run.newRows} laporan baru divalidasi (${run.results.length} laporan seluruhnya).`;
  return { summary, details: [statusCounts(run.results), ...notes, ...registryNotes(issues)] };
}
