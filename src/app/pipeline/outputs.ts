// Rebuild of every output sheet from computed results: everything is computed first, then each sheet
// is written as whole blocks, so an error in computing leaves the previous version in place.
import type { LocalDay, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { ringkasanFromDigest } from "../../core/summaries/ringkasan";
import { kepatuhanFromDigest } from "../../core/summaries/kepatuhan";
import { tindakLanjutFromDigest } from "../../core/summaries/tindakLanjut";
import { percontohanTable } from "../../core/summaries/percontohan";
import {
  hasFunnelHeaders, riwayatRows, riwayatDay, shouldAppendRiwayat, RIWAYAT_ALL_HEADERS, RIWAYAT_NUMBER_FORMATS,
} from "../../core/summaries/riwayat";
import type { Table } from "../../core/summaries/table";
import type { ResultsDigest } from "../../core/digest";
import { CHART_TREND_TITLE, CHART_ZONE_TITLE } from "../../core/text/summaries";
import { HEADERS } from "../../core/text/sheets";
import type { Context } from "../context";
import type { ChartSpec, PlacedBlock } from "../ports";
import { outputProtection } from "../protection";
import { TREND_COLUMNS, trendBlock } from "./trend";
import { tableBlock } from "./tableBlock";
import { writeStatusSheet } from "./status";
import { writeTindakLanjut } from "./tindakLanjut";
import type { ValidationRun } from "./validation";

export interface BuiltOutputs {
  /** One write per output sheet, in order (each writes its whole sheet). */
  writes: Array<{ name: string; run: () => void }>;
  riwayatAppended: boolean;
  /** `Log` lines the writes add as they run (follow-up entries kept, cells to fix). */
  notes: string[];
}

/** Computes every output sheet's content and returns the writes to run (nothing is written yet). */
export function buildOutputs(
  ctx: Context, settings: Settings, registry: Registry, run: Pick<ValidationRun, "statuses" | "notes" | "bookkeeping">,
  today: LocalDay, digest: ResultsDigest,
): BuiltOutputs {
  const { statuses } = run;
  const names = settings.sheetNames;
  const now = ctx.clock.now();
  const protectFor = outputProtection(settings, ctx);
  const writes: BuiltOutputs["writes"] = [];
  const notes: string[] = [];
  const simple = (name: string, t: Table) =>
    writes.push({ name, run: () => ctx.workbook.replaceContent(name, [{ row: 1, col: 1, block: tableBlock(t) }], { frozenRows: 1, protectFor, keyedRows: true }) });

  // With the cooperatives' notes, and then the run's bookkeeping (pipeline/status.ts).
  writes.push({ name: names.statusKoperasi, run: () => writeStatusSheet(ctx, settings, run) });
  simple(names.kepatuhan, kepatuhanFromDigest(registry, digest, settings, today));
  simple(names.percontohan, percontohanTable(statuses, settings, today).table);

  // Tindak Lanjut: titled sections, with the staff's follow-up columns read again right before writing.
  const tl = tindakLanjutFromDigest(statuses, digest, registry, settings, today);
  writes.push({ name: names.tindakLanjut, run: () => {
    for (const line of writeTindakLanjut(ctx, settings, registry, statuses, tl, today, { protectFor })) notes.push(line);
  } });

  // Riwayat: today's rows appended once a day; history is never rewritten.
  // The SPEC columns, then the funnel series (an older, narrower sheet is read padded and widened once).
  const riwayatExisting = ctx.workbook.readTable(names.riwayat, RIWAYAT_ALL_HEADERS.length) ?? [];
  const todayRows = riwayatRows(statuses, today, settings);
  const append = shouldAppendRiwayat(riwayatExisting, today, settings);
  const narrow = riwayatExisting.length > 0 && !hasFunnelHeaders(riwayatExisting[0]!);
  // Always a step (a no-op once today's rows are there), so a job resumed in parts keeps its step numbers.
  writes.push({ name: names.riwayat, run: () => {
    if (!append) return;
    ctx.workbook.ensureSheet(names.riwayat, RIWAYAT_ALL_HEADERS, { protectFor, exactColumns: true });
    if (narrow) ctx.workbook.widenHeader(names.riwayat, RIWAYAT_ALL_HEADERS);
    ctx.workbook.appendRows(names.riwayat, todayRows, RIWAYAT_NUMBER_FORMATS);
  } });
  const history = append ? [...riwayatExisting.slice(1), ...todayRows] : riwayatExisting.slice(1);

  // Ringkasan: the table, the update line, chart data to the right, and two charts.
  const rk = ringkasanFromDigest(statuses, digest, settings, today, now);
  const main = tableBlock(rk.table);
  const lineRow = main.values.length + 2;
  const chartCol = (main.values[0]?.length ?? 11) + 2;
  const trend = trendBlock(history, settings, (c) => riwayatDay(c, settings));
  const zoneData = rk.chart.zoneByRegency;
  const trendRow = zoneData.length + 2;
  const blocks: PlacedBlock[] = [
    { row: 1, col: 1, block: main },
    { row: lineRow, col: 1, block: { values: [[rk.updatedLine]], numberFormats: ["@"] } },
    { row: 1, col: chartCol, block: { values: zoneData, numberFormats: ["@", "0", "0", "0"], boldFirstRow: true } },
    { row: trendRow, col: chartCol, block: { values: trend, numberFormats: ["dd/MM/yyyy", "0", "0", "0", "0", "0"], boldFirstRow: true } },
  ];
  const charts: ChartSpec[] = [
    { title: CHART_ZONE_TITLE, kind: "bar", stacked: true, range: a1(1, chartCol, zoneData.length, 4), row: lineRow + 2, col: 1 },
    // Open-ended (to the sheet's last row): the range stays the same as `Riwayat` grows by a day, so the
    // charts are placed once and kept (with any changes staff made to them), not rebuilt every day.
    { title: CHART_TREND_TITLE, kind: "line", range: a1Open(trendRow, chartCol, TREND_COLUMNS), row: lineRow + 2, col: 7 },
  ];
  writes.push({ name: names.ringkasan, run: () => ctx.workbook.replaceContent(names.ringkasan, blocks, { frozenRows: 1, protectFor, charts, keepStaffCells: true }) });
  return { writes, riwayatAppended: append, notes };
}

/** Columns col..col+numCols-1 from `row` down to the sheet's last row, e.g. N13:Q. */
export function a1Open(row: number, col: number, numCols: number): string {
  return `${colName(col)}${row}:${colName(col + numCols - 1)}`;
}

export function a1(row: number, col: number, numRows: number, numCols: number): string {
  return `${colName(col)}${row}:${colName(col + numCols - 1)}${row + Math.max(numRows, 1) - 1}`;
}

function colName(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

