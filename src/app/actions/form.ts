// `Buat / perbarui formulir`: creates the pendamping's form or brings it in step with the registry.
import { buildFormSpec, emptyChoiceQuestions } from "../../core/forms/build";
import { AppError } from "../errors";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { loadRegistry } from "../pipeline/registry";
import { registryNotes } from "../pipeline/notes";
import { requireAdmin } from "../protection";
import { PROP } from "../props";

export function syncForm(ctx: Context): Outcome {
  const { settings, notes } = loadSettings(ctx);
  requireAdmin(ctx, settings);
  const { registry, issues } = loadRegistry(ctx, settings);
  const spec = buildFormSpec(registry, settings);
  const empty = emptyChoiceQuestions(spec);
  if (empty.length > 0) throw new AppError("FORM_NO_CHOICES", { questions: empty.join(", ") });
  ctx.workbook.toast("Menyusun formulir…");
  const result = ctx.forms.sync(ctx.props.get(PROP.formId), spec, ctx.workbook.spreadsheetId(), settings.sheetNames.laporan);
  ctx.props.set(PROP.formId, result.formId);
  const url = ctx.forms.formUrl(result.formId);
  if (url) ctx.props.set(PROP.formUrl, url);
  const regencies = new Set(registry.koperasi.map((k) => k.regency)).size;
  const active = registry.pendamping.filter((p) => p.active).length;
  const summary = result.created ? "Formulir laporan dibuat dan terhubung." : "Formulir laporan diperbarui.";
  return {
    summary,
    details: [
      `${registry.koperasi.length} koperasi di ${regencies} kabupaten/kota; ${active} pendamping aktif.`,
      `Tautan untuk pendamping: ${result.publishedUrl}`,
      result.responseSheetName ? `Jawaban masuk ke lembar "${result.responseSheetName}".` : "",
      ...notes,
      ...registryNotes(issues),
    ].filter((l) => l !== ""),
  };
}
