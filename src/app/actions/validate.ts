// `Validasi laporan baru` and `Validasi ulang semua laporan`: a full validation folded in row ranges
// (pipeline/rangedJob.ts); a run past its time budget continues at the next hourly trigger or click.
import type { Context } from "../context";
import type { Outcome } from "../run";
import { countsLine, registryNotes } from "../pipeline/notes";
import { runRangedValidation } from "../pipeline/rangedJob";
import type { LoadedSettings } from "../settingsLoader";

export function validateReports(ctx: Context, mode: "new" | "all", loaded?: LoadedSettings): Outcome {
  const startedAt = ctx.clock.now();
  const run = runRangedValidation(ctx, mode === "all" ? "validateAll" : "validateNew", startedAt, {
    ...(loaded ? { loaded } : {}),
    announce: (lastRow) => ctx.workbook.toast(`Memvalidasi ${Math.max(0, lastRow - 1)} baris laporan…`),
  });
  const summary =
    mode === "all"
      ? `${run.total} laporan divalidasi ulang.`
      : `${run.newRows} laporan baru divalidasi (${run.total} laporan seluruhnya).`;
  return { summary, details: [...run.notes, countsLine(run.counts), ...registryNotes(run.issues)] };
}
