// `Siapkan lembar kerja`: creates the missing sheets and the settings, touching nothing that exists.
import { defaultSettingRows } from "../../core/settings/keys";
import { defaultSettings } from "../../core/settings/defaults";
import type { Settings } from "../../core/settings/types";
import { HEADERS, SHEET_NAMES } from "../../core/text/sheets";
import { TEXT } from "../../core/text/actions";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { outputProtection, protectOutputSheets, requireAdmin } from "../protection";

export function setupWorkbook(ctx: Context): Outcome {
  const created: string[] = [];
  const existing: string[] = [];
  const wb = ctx.workbook;

  const settingsName = SHEET_NAMES.pengaturan;
  if (wb.ensureSheet(settingsName, HEADERS.pengaturan)) {
    wb.writeBlock(settingsName, 2, 1, { values: defaultSettingRows(), numberFormats: ["@", "@", "@"] });
    created.push(settingsName);
  } else {
    existing.push(settingsName);
  }
  let settings: Settings;
  let notes: string[] = [];
  try {
    const loaded = loadSettings(ctx);
    settings = loaded.settings;
    notes = loaded.notes;
  } catch {
    // Broken settings must not stop the creation of missing sheets; defaults name them.
    settings = defaultSettings();
  }
  // Setup writes settings and protections: only for the ADMIN list, when the agency has set one.
  requireAdmin(ctx, settings);
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
    const protectFor = p.output ? outputProtection(settings, ctx.user) : undefined;
    const opts = {
      frozenRows: 1, ...(p.hidden ? { hidden: true } : {}), ...(p.exact ? { exactColumns: true } : {}), ...(protectFor ? { protectFor } : {}),
    };
    if (wb.ensureSheet(p.name, p.headers, opts)) created.push(p.name);
    else existing.push(p.name);
  }
  // Existing output sheets too: a changed ADMIN list (or a protection someone removed) is put right.
  protectOutputSheets(ctx, settings);
  const details: string[] = [];
  if (created.length > 0 && existing.length > 0) details.push(TEXT.setupExisting(existing));
  for (const n of notes) details.push(n);
  if (created.length > 0) details.push(TEXT.nextStepsAfterSetup);
  return { summary: created.length > 0 ? TEXT.setupCreated(created) : TEXT.setupNothing, details };
}
