// The `Bantuan` sidebar's google.script.run targets: search, one cooperative's story, settings check.
// Read-only: they load and compute, and never write a cell (not even a `Log` row).
import { FOLLOW_UP_WIDTH, readFollowUps } from "../../core/followUp/entries";
import { followUpView } from "../../core/sidebar/followUp";
import { localDayOf } from "../../core/time/timeZone";
import type { CellValue } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { searchKoperasi, SEARCH_MIN_LENGTH } from "../../core/sidebar/search";
import { koperasiView, lineOfResult, newestFirst, reasonsOfCell, REPORTS_LIMIT, type ReportLine } from "../../core/sidebar/detail";
import { settingsCheck } from "../../core/sidebar/settingsCheck";
import type { KoperasiView, SearchView, SettingsCheckView, SidebarResult } from "../../core/sidebar/types";
import { VALIDASI_HEADERS, VALIDASI_REASON_COLUMN } from "../../core/summaries/validasi";
import { HELP_TEXT } from "../../core/text/help";
import { SHEET_NAMES } from "../../core/text/sheets";
import { SIDEBAR_LABELS, SIDEBAR_TEXT } from "../../core/text/sidebar";
import type { Context } from "../context";
import { describe } from "../run";
import { loadCurrent } from "./current";
import { rangeRows } from "../pipeline/phases";
import { locateResponses, parseRows, readPercentCells } from "../pipeline/responses";
import { digestRowOf } from "../pipeline/stateProbe";
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
    const { statuses, settings, note } = loadCurrent(ctx, false);
    const view = searchKoperasi(statuses, textArg(query), settings);
    return { ok: true, value: note ? { ...view, note } : view };
  });
}

export function sidebarKoperasi(ctx: Context, id: unknown): SidebarResult<KoperasiView> {
  const wanted = textArg(id).trim();
  return guarded(() => {
    const current = loadCurrent(ctx, false);
    const { settings, full } = current;
    const status = current.statuses.find((s) => s.koperasi.id === wanted);
    if (!status) return { ok: false, message: SIDEBAR_TEXT.notFound(wanted) };
    let lines: ReportLine[];
    let complete = true;
    const progress = new Map<number, number | null>();
    if (full) {
      lines = full.results.filter((r) => r.koperasiId === wanted).map(lineOfResult);
      for (const r of full.reports) progress.set(r.row, r.progress);
    } else {
      ({ lines, complete } = newestLines(ctx, settings, wanted, current.lastRow, current.registry.koperasi.length));
      readProgress(ctx, settings, newestFirst(lines, settings.timeZone).slice(0, REPORTS_LIMIT).map((l) => l.row), progress);
    }
    const view: KoperasiView = koperasiView({ status, registry: current.registry, lines, progress, complete, settings });
    // The staff's follow-up entry, as `Tindak Lanjut` holds it now (one read).
    const sheet = ctx.workbook.readTable(settings.sheetNames.tindakLanjut, FOLLOW_UP_WIDTH);
    const tz = ctx.workbook.timeZone();
    const today = localDayOf(ctx.clock.now(), settings.timeZone);
    view.followUp = sheet ? followUpView(readFollowUps(sheet, tz), status.koperasi.id, today, tz) : null;
    if (current.note) view.note = current.note;
    return { ok: true, value: view };
  });
}

/** At most this many `Validasi` rows are read per call while looking for one cooperative's newest reports. */
const SCAN_ROWS = 10_000;
/** Its reports read beyond the shown ones: a late report about an earlier day does not push a newer one out. */
const SCAN_EXTRA = 5;
/** Cells read through between two wanted rows rather than making another call (what a call costs: docs/performance.md). */
const GAP_CELLS = 3_000;

/**
 * One cooperative's newest `Validasi` rows: its `ID Koperasi` column read backwards from the last row in
 * blocks until enough of its rows are found, over one row range at most; `complete` when every row was seen.
 * A block holds as many rows as `coops` cooperatives reporting alike give it enough in.
 */
function newestLines(ctx: Context, settings: Settings, id: string, lastRow: number, coops: number): { lines: ReportLine[]; complete: boolean } {
  const name = settings.sheetNames.validasi;
  if (!ctx.workbook.hasSheet(name)) return { lines: [], complete: true };
  let to = Math.min(lastRow, ctx.workbook.lastRow(name));
  const stop = Math.max(2, to - rangeRows(ctx) + 1);
  const rows: number[] = [];
  const enough = REPORTS_LIMIT + SCAN_EXTRA;
  while (to >= stop && rows.length < enough) {
    const from = Math.max(stop, to - Math.min(SCAN_ROWS, enough * Math.max(1, coops)) + 1);
    const ids = ctx.workbook.readRange(name, from, VALIDASI_HEADERS.indexOf("ID Koperasi") + 1, to - from + 1, 1);
    for (; to >= from && rows.length < enough; to--) if (String(ids[to - from]?.[0] ?? "") === id) rows.push(to);
  }
  const lines: ReportLine[] = [];
  for (const [row, v] of readSpread(ctx, name, rows, VALIDASI_REASON_COLUMN + 1)) {
    const d = Number(v[0]) === row ? digestRowOf(v, settings.sheetTimeZone) : null;
    if (d && d.koperasiId === id) lines.push({ row, visitDay: d.visitDay, submittedAt: d.submittedAt, status: d.status, reasons: reasonsOfCell(d.reasons()) });
  }
  return { lines, complete: to < 2 };
}

/** The progress the response rows gave, as the full read parses them (a few reads, whatever the history). */
function readProgress(ctx: Context, settings: Settings, rows: readonly number[], into: Map<number, number | null>): void {
  const { sheet } = locateResponses(ctx, settings);
  if (sheet === null || rows.length === 0) return;
  const header = ctx.workbook.readRows(sheet, 1, 1, 0)?.[0] ?? [];
  const now = ctx.clock.now();
  for (const [from, values] of readBlocks(ctx, sheet, rows, header.length)) {
    const table = [header, ...values];
    readPercentCells(ctx, sheet, table, from);
    for (const r of parseRows(table, from, settings, now)) if (rows.includes(r.row)) into.set(r.row, r.progress);
  }
}

/** Rows of a sheet (columns A..numCols) in few reads: neighbours closer than GAP_CELLS share one. */
function readBlocks(ctx: Context, name: string, rows: readonly number[], numCols: number): Array<[number, CellValue[][]]> {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: Array<[number, CellValue[][]]> = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1]! - sorted[j]!) * numCols <= GAP_CELLS) j++;
    out.push([sorted[i]!, ctx.workbook.readRange(name, sorted[i]!, 1, sorted[j]! - sorted[i]! + 1, numCols)]);
    i = j + 1;
  }
  return out;
}

/** The wanted rows only, by row, from readBlocks. */
function readSpread(ctx: Context, name: string, rows: readonly number[], numCols: number): Array<[number, CellValue[]]> {
  const out: Array<[number, CellValue[]]> = [];
  for (const [from, values] of readBlocks(ctx, name, rows, numCols)) {
    values.forEach((v, i) => { if (rows.includes(from + i)) out.push([from + i, v]); });
  }
  return out;
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
