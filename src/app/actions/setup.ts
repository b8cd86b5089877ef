// `Siapkan lembar kerja`: creates the missing sheets and the settings, touching nothing that exists.
import { defaultSettingRows } from "../../core/settings/keys";
import { completeSettings } from "../../core/settings/complete";
import { defaultSettings } from "../../core/settings/defaults";
import type { Settings } from "../../core/settings/types";
import { HEADERS, SHEET_NAMES } from "../../core/text/sheets";
import { TEXT } from "../../core/text/actions";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { logProtection, outputProtection, protectOutputSheets, requireAdmin } from "../protection";
import { responseSheetName } from "../pipeline/responses";
import { sheetZoneNote } from "../../core/settings/sheetZone";
import { SETTING_MESSAGES } from "../../core/text/settings";
import { PROP } from "../props";

export function setupWorkbook(ctx: Context): Outcome {
  const created: string[] = [];
  const existing: string[] = [];
  const wb = ctx.workbook;
  const completed: string[] = [];

  const settingsName = SHEET_NAMES.pengaturan;
  if (wb.ensureSheet(settingsName, HEADERS.pengaturan)) {
    wb.writeBlock(settingsName, 2, 1, { values: defaultSettingRows(), numberFormats: ["@", "@", "@"] });
    created.push(settingsName);
  } else {
    const { added, described } = completeSettingsSheet(ctx);
    if (added.length > 0) completed.push(TEXT.settingsCompleted(added));
    else if (described) completed.push(TEXT.settingsDescribed);
    else existing.push(settingsName);
  }
  let settings: Settings;
  let notes: string[] = [];
  let readable = true;
  try {
    const loaded = loadSettings(ctx);
    settings = loaded.settings;
    notes = loaded.notes;
  } catch {
    // Broken settings must not stop the creation of missing sheets; defaults name them.
    settings = defaultSettings();
    readable = false;
  }
  // Setup writes settings and protections: only for the ADMIN list, when the agency has set one.
  requireAdmin(ctx, settings);
  const from = readable ? alignTimeZone(ctx, settings) : null;
  if (from !== null) {
    const stale = SETTING_MESSAGES.zoneDiffers(from, settings.timeZone);
    notes = [SETTING_MESSAGES.zoneAligned(from, settings.timeZone), ...notes.filter((n) => n !== stale)];
  }
  const names = settings.sheetNames;
  const plan: Array<{ name: string; headers: readonly string[]; output: boolean; hidden?: boolean; exact?: boolean }> = [
    { name: names.koperasi, headers: HEADERS.koperasi, output: false },
    { name: names.pendamping, headers: HEADERS.pendamping, output: false },
    { name: names.validasi, headers: HEADERS.validasi, output: true },
    { name: names.statusKoperasi, headers: HEADERS.statusKoperasi, output: true },
    { name: names.ringkasan, headers: HEADERS.ringkasan, output: true },
    { name: names.kepatuhan, headers: HEADERS.kepatuhan, output: true },
    { name: names.tindakLanjut, headers: HEADERS.tindakLanjut, output: true },
    { name: names.percontohan, headers: HEADERS.percontohan, output: true },
    { name: names.riwayat, headers: HEADERS.riwayat, output: true, exact: true },
    { name: names.log, headers: HEADERS.log, output: true, exact: true },
    { name: names.state, headers: HEADERS.state, output: true, hidden: true },
  ];
  for (const p of plan) {
    const protectFor = !p.output ? undefined : p.name === names.log ? logProtection() : outputProtection(settings, ctx);
    const opts = {
      frozenRows: 1, ...(p.hidden ? { hidden: true } : {}), ...(p.exact ? { exactColumns: true } : {}), ...(protectFor ? { protectFor } : {}),
    };
    if (wb.ensureSheet(p.name, p.headers, opts)) created.push(p.name);
    else existing.push(p.name);
  }
  // Existing output sheets too: a changed ADMIN list (or a protection someone removed) is put right.
  protectOutputSheets(ctx, settings);
  const details: string[] = [];
  if (created.length > 0 && existing.length > 0) details.push(TEXT.setupExisting(existing.filter((n) => n !== names.state)));
  for (const n of completed) details.push(n);
  for (const n of notes) details.push(n);
  const next = nextStep(ctx, [names.koperasi, names.pendamping]);
  if (created.length > 0 && next) details.push(next);
  // The hidden bookkeeping sheet is the add-on's own business: never named to people.
  const shown = (list: string[]) => list.filter((n) => n !== names.state);
  const summary = shown(created).length > 0 ? TEXT.setupCreated(shown(created)) : completed.length > 0 ? completed[0]! : TEXT.setupNothing;
  return { summary, details: created.length > 0 ? details : details.filter((d) => d !== summary) };
}

/** The hint that applies: fill the registry while a sheet of it is empty, else make the form while there is none. */
function nextStep(ctx: Context, registry: string[]): string | null {
  if (registry.some((n) => !ctx.workbook.hasSheet(n) || ctx.workbook.lastRow(n) <= 1)) return TEXT.nextStepsAfterSetup;
  return ctx.props.get(PROP.formUrl) ? null : TEXT.nextStepForm;
}

/**
 * An existing `Pengaturan` gets the keys it lacks (default and description, after its last row) and
 * the descriptions left blank: SPEC section 1. What was typed stays as typed.
 */
function completeSettingsSheet(ctx: Context): { added: string[]; described: boolean } {
  const name = SHEET_NAMES.pengaturan;
  const values = ctx.workbook.readTable(name, 3);
  if (values === null) return { added: [], described: false };
  const { missing, descriptions, descriptionsFrom } = completeSettings(values);
  if (descriptions) ctx.workbook.writeBlock(name, descriptionsFrom, 3, { values: descriptions });
  if (missing.length > 0) {
    ctx.workbook.writeBlock(name, Math.max(values.length, 1) + 1, 1, { values: missing, numberFormats: ["@", "@", "@"] });
  }
  return { added: missing.map((r) => r[0]), described: descriptions !== null };
}

/**
 * While no report has come in, the spreadsheet's zone is set to ZONA_WAKTU (timestamps then show in it
 * too); later a change would shift every timestamp already recorded, so then it is only reported (the
 * settings note). Returns the zone the spreadsheet had, or null when nothing changed.
 */
function alignTimeZone(ctx: Context, settings: Settings): string | null {
  if (sheetZoneNote(settings) === null) return null;
  const names = settings.sheetNames;
  const sheet = responseSheetName(ctx, settings) ?? (ctx.workbook.hasSheet(names.laporan) ? names.laporan : null);
  if (sheet !== null && ctx.workbook.lastRow(sheet) > 1) return null;
  const from = settings.sheetTimeZone;
  ctx.workbook.setTimeZone(settings.timeZone);
  settings.sheetTimeZone = settings.timeZone;
  return from;
}
