// The `Bantuan` sidebar's google.script.run targets: search, one cooperative's story, settings check.
// Read-only: they load and compute, and never write a cell (not even a `Log` row).
import { FOLLOW_UP_WIDTH, readFollowUps } from "../../core/followUp/entries";
import { followUpView } from "../../core/sidebar/followUp";
import { localDayOf } from "../../core/time/timeZone";
import type { CoopStatus, Registry, Report, ValidationResult } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { validateAll } from "../../core/validation/validate";
import { searchKoperasi, SEARCH_MIN_LENGTH } from "../../core/sidebar/search";
import { koperasiView } from "../../core/sidebar/detail";
import { settingsCheck } from "../../core/sidebar/settingsCheck";
import type { KoperasiView, SearchView, SettingsCheckView, SidebarResult } from "../../core/sidebar/types";
import { HELP_TEXT } from "../../core/text/help";
import { SHEET_NAMES } from "../../core/text/sheets";
import { SIDEBAR_LABELS, SIDEBAR_TEXT } from "../../core/text/sidebar";
import type { Context } from "../context";
import { describe } from "../run";
import { loadSettings } from "../settingsLoader";
import { loadRegistry } from "../pipeline/registry";
import { loadResponses } from "../pipeline/responses";
import { computeStatuses } from "../pipeline/status";
import { loadArchiveBase } from "../pipeline/archiveBase";
import { scriptJson } from "../html/scriptJson";
import { formatNumberId, formatPercentId } from "../../core/text/numbers";

/** The page: src/html/Sidebar.html, copied to dist/ by the build. */
export const SIDEBAR_FILE = "Sidebar";
const MAX_INPUT = 100;

/** Template variables of Sidebar.html: labels and help rendered in the HTML, plus the labels as JSON for its script. */
export function sidebarTemplateVars(): Record<string, unknown> {
  return {
    labels: SIDEBAR_LABELS,
    help: HELP_TEXT,
    data: scriptJson({ labels: SIDEBAR_LABELS, minLength: SEARCH_MIN_LENGTH }),
  };
}

interface Loaded {
  settings: Settings;
  registry: Registry;
  statuses: CoopStatus[];
  results: ValidationResult[];
  reports: Report[];
}

function loadAll(ctx: Context): Loaded {
  const { settings } = loadSettings(ctx);
  const { registry } = loadRegistry(ctx, settings);
  const { reports } = loadResponses(ctx, settings);
  const { results, states } = validateAll(reports, registry, settings, loadArchiveBase(ctx));
  return { settings, registry, statuses: computeStatuses(ctx, settings, registry, states), results, reports };
}

/** Errors come back as an Indonesian message for the page (google.script.run would lose an error's details). */
function guarded<T>(work: () => SidebarResult<T>): SidebarResult<T> {
  try {
    return work();
  } catch (err) {
    return { ok: false, message: describe(err).join("\n") };
  }
}

/** What the page sent, as text (anything else counts as empty). */
function textArg(value: unknown): string {
  return typeof value === "string" ? value.slice(0, MAX_INPUT) : "";
}

export function sidebarSearch(ctx: Context, query: unknown): SidebarResult<SearchView> {
  return guarded(() => {
    const { statuses, settings } = loadAll(ctx);
    return { ok: true, value: searchKoperasi(statuses, textArg(query), settings) };
  });
}

export function sidebarKoperasi(ctx: Context, id: unknown): SidebarResult<KoperasiView> {
  const wanted = textArg(id).trim();
  return guarded(() => {
    const loaded = loadAll(ctx);
    const status = loaded.statuses.find((s) => s.koperasi.id === wanted);
    if (!status) return { ok: false, message: SIDEBAR_TEXT.notFound(wanted) };
    const reportsByRow = new Map<number, Report>();
    for (const r of loaded.reports) reportsByRow.set(r.row, r);
    const view = koperasiView({ status, registry: loaded.registry, results: loaded.results, reportsByRow, settings: loaded.settings });
    // The staff's follow-up entry, as `Tindak Lanjut` holds it now (one read).
    const sheet = ctx.workbook.readTable(loaded.settings.sheetNames.tindakLanjut, FOLLOW_UP_WIDTH);
    const tz = ctx.workbook.timeZone();
    const today = localDayOf(ctx.clock.now(), loaded.settings.timeZone);
    view.followUp = sheet ? followUpView(readFollowUps(sheet, tz), status.koperasi.id, today, tz) : null;
    return { ok: true, value: view };
  });
}

/** Google's limit on the cells of one spreadsheet, all sheets together. */
export const CELL_LIMIT = 10_000_000;

export function sidebarSettingsCheck(ctx: Context): SidebarResult<SettingsCheckView> {
  return guarded(() => {
    const view = settingsCheck(ctx.workbook.readAll(SHEET_NAMES.pengaturan), SHEET_NAMES.pengaturan, ctx.workbook.timeZone());
    const cells = ctx.workbook.cellCount();
    const usage = SIDEBAR_TEXT.cellUsage(formatNumberId(cells, 0), formatPercentId(cells, CELL_LIMIT));
    return { ok: true, value: { ...view, notes: [...view.notes, usage] } };
  });
}
