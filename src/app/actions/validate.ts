// `Validasi laporan baru` and `Validasi ulang semua laporan`.
import type { Context } from "../context";
import type { Outcome } from "../run";
import { registryNotes, statusCounts } from "../pipeline/notes";
import { loadInputs, validationJob } from "../pipeline/jobs";
import type { LoadedSettings } from "../settingsLoader";

export function validateReports(ctx: Context, mode: "new" | "all", loaded?: LoadedSettings): Outcome {
  const startedAt = ctx.clock.now();
  const inputs = loadInputs(ctx, loaded);
  ctx.workbook.toast(`Memvalidasi ${inputs.responses.reports.length} laporan…`);
  const job = validationJob(ctx, mode === "all" ? "validateAll" : "validateNew", inputs, startedAt);
  const { run } = job;
  const summary =
    mode === "all"
      ? `${run.results.length} laporan divalidasi ulang.`
      : `${run.newRows} laporan baru divalidasi (${run.results.length} laporan seluruhnya).`;
  return { summary, details: [...job.notes, statusCounts(run.results), ...inputs.notes, ...registryNotes(inputs.issues)] };
}
