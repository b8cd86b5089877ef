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
import type { FormSpec } from "../../core/forms/spec";
import type { Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { fnv1a64 } from "../../core/reports/hash";
import { describe } from "../run";
import { FORM_FOLLOWED_REGISTRY, FORM_NOT_FOLLOWED } from "../../core/text/actions";

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
  ctx.props.set(PROP.formPublishedUrl, result.publishedUrl);
  ctx.props.set(PROP.formSpec, specFingerprint(spec));
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

function specFingerprint(spec: FormSpec): string {
  return fnv1a64(JSON.stringify(spec));
}

/**
 * Keeps the form's choices in step with `Koperasi` and `Pendamping` (SPEC section 2) without anyone
 * opening the menu: the rebuild (from the menu, or daily from the hourly trigger) re-syncs an existing
 * form when what it should contain changed. Only for people allowed to change the form.
 */
export function keepFormInStep(ctx: Context, settings: Settings, registry: Registry): string[] {
  const formId = ctx.props.get(PROP.formId);
  if (formId === null) return [];
  if (settings.admins.length > 0 && !settings.admins.includes(ctx.user.trim().toLowerCase())) return [];
  const spec = buildFormSpec(registry, settings);
  if (emptyChoiceQuestions(spec).length > 0) return [];
  const fingerprint = specFingerprint(spec);
  if (ctx.props.get(PROP.formSpec) === fingerprint) return [];
  try {
    const result = ctx.forms.sync(formId, spec, ctx.workbook.spreadsheetId(), settings.sheetNames.laporan);
    ctx.props.set(PROP.formId, result.formId);
    const url = ctx.forms.formUrl(result.formId);
    if (url) ctx.props.set(PROP.formUrl, url);
    ctx.props.set(PROP.formPublishedUrl, result.publishedUrl);
    ctx.props.set(PROP.formSpec, fingerprint);
    return [FORM_FOLLOWED_REGISTRY];
  } catch (err) {
    return [`${FORM_NOT_FOLLOWED} ${describe(err).join(" ")}`];
  }
}
