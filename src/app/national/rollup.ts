// `Perbarui rekap nasional` (menu and daily trigger): opens each province's workbook by id, reads its
// `Ringkasan` and `Riwayat` (one read each), and writes `Rekap Nasional`, the new `Tren Nasional` rows and
// each province's `Status`. A province that cannot be opened or read is named and skipped, never fatal.
import type { CellValue } from "../../core/model";
import { readProvinceList, type ProvinceEntry } from "../../core/national/provinces";
import { readProvinceData, type ProvinceData } from "../../core/national/provinceData";
import { rekapTable, type ReadProvince } from "../../core/national/rekap";
import { newTrendRows, trendKeys, TREN_FORMATS } from "../../core/national/trend";
import { formatDay } from "../../core/time/localDay";
import { formatDateTime } from "../../core/time/timeZone";
import { LOG_RESULT } from "../../core/text/actions";
import {
  NATIONAL_HEADERS, NATIONAL_SHEETS, NATIONAL_TEXT, PROVINCE_PROBLEM, PROVINCE_SHEETS, PROVINCE_STATUS,
} from "../../core/text/national";
import { UPDATED_PREFIX } from "../../core/text/sheets";
import { METRIC_HEADERS } from "../../core/national/columns";
import { AppError } from "../errors";
import type { Outcome } from "../run";
import { ProvinceOpenError, type NationalContext } from "./context";
import { loadNationalSettings } from "./settings";

type Read = { ok: true; data: ProvinceData } | { ok: false; problem: string };

function readOne(ctx: NationalContext, id: string, timeZone: string): Read {
  try {
    const book = ctx.provinces.open(id);
    return readProvinceData(book.read(PROVINCE_SHEETS.ringkasan), book.read(PROVINCE_SHEETS.riwayat), timeZone);
  } catch (err) {
    if (err instanceof ProvinceOpenError && err.kind === "NOT_FOUND") return { ok: false, problem: PROVINCE_PROBLEM.notFound };
    if (err instanceof ProvinceOpenError && err.kind === "NO_ACCESS") return { ok: false, problem: PROVINCE_PROBLEM.noAccess(ctx.user) };
    return { ok: false, problem: PROVINCE_PROBLEM.openFailed(err instanceof Error ? err.message : String(err)) };
  }
}

export function rollupNational(ctx: NationalContext): Outcome {
  const { settings, notes } = loadNationalSettings(ctx);
  const tz = settings.timeZone;
  const values = ctx.workbook.readAll(NATIONAL_SHEETS.provinsi);
  if (values === null) throw new AppError("NATIONAL_NOT_SET_UP", { sheet: NATIONAL_SHEETS.provinsi });
  const list = readProvinceList(values, tz);
  if (list.missing.length > 0) throw new AppError("COLUMNS_MISSING", { sheet: NATIONAL_SHEETS.provinsi, columns: list.missing.join(", ") });
  if (list.entries.length === 0) throw new AppError("REGISTRY_EMPTY", { sheet: NATIONAL_SHEETS.provinsi, what: "provinsi" });

  const at = formatDateTime(ctx.clock.now(), tz);
  const read: ReadProvince[] = [];
  const failed: ProvinceEntry[] = [];
  const status = new Map<number, string>();
  const problems: string[] = [];
  for (const entry of list.entries) {
    const r: Read = entry.id === null ? { ok: false, problem: entry.problem ?? "" } : readOne(ctx, entry.id, tz);
    if (!r.ok) {
      failed.push(entry);
      status.set(entry.row, PROVINCE_STATUS.failed(at, r.problem));
      problems.push(NATIONAL_TEXT.provinceLine(entry.name, entry.row, r.problem));
      continue;
    }
    read.push({ name: entry.name, data: r.data });
    const d = r.data;
    let text = PROVINCE_STATUS.ok(at, d.regencies.length, d.latest ? formatDay(d.latest.day) : null);
    if (d.missing.length > 0) text += PROVINCE_STATUS.missingColumns(d.missing.map((m) => METRIC_HEADERS[m]));
    if (d.unreadable.length > 0) {
      text += PROVINCE_STATUS.unreadable(d.unreadable);
      problems.push(NATIONAL_TEXT.provinceLine(entry.name, entry.row, PROVINCE_STATUS.unreadable(d.unreadable).trim()));
    }
    status.set(entry.row, text);
  }

  // Everything is computed; now the writes.
  const failedNames = failed.map((f) => f.name).filter((n) => n !== "");
  const rekap = rekapTable(read, failedNames);
  const table = [[...rekap.headers], ...rekap.rows];
  const footer: CellValue[][] = [[`${UPDATED_PREFIX}${at}`]];
  if (failedNames.length > 0) footer.push([NATIONAL_TEXT.totalWithout(failedNames)]);
  ctx.workbook.replaceContent(NATIONAL_SHEETS.rekap, [
    { row: 1, col: 1, block: { values: table, numberFormats: rekap.numberFormats, boldFirstRow: true } },
    { row: table.length + 2, col: 1, block: { values: footer, numberFormats: ["@"] } },
  ], { frozenRows: 1 });

  ctx.workbook.ensureSheet(NATIONAL_SHEETS.tren, NATIONAL_HEADERS.tren, { exactColumns: true });
  const existing = ctx.workbook.readTable(NATIONAL_SHEETS.tren, 2) ?? [];
  const trend = newTrendRows(read.map((p) => ({ name: p.name, latest: p.data.latest })), trendKeys(existing, tz), tz);
  ctx.workbook.appendRows(NATIONAL_SHEETS.tren, trend, TREN_FORMATS);

  writeStatuses(ctx, list.statusCol, list.headerWidth, list.lastRow, status);
  return {
    summary: NATIONAL_TEXT.rollupSummary(read.length, list.entries.length),
    details: [NATIONAL_TEXT.rollupWritten(rekap.rows.length, trend.length), ...rekap.notes, ...problems, ...notes],
    result: failed.length > 0 || problems.length > 0 ? LOG_RESULT.warning : LOG_RESULT.ok,
  };
}

/** The `Status` column in one write (its header too when the sheet has none yet); other rows' old statuses cleared. */
function writeStatuses(ctx: NationalContext, statusCol: number, headerWidth: number, lastRow: number, status: Map<number, string>): void {
  const rows: CellValue[][] = [];
  for (let row = 2; row <= Math.max(lastRow, 2); row++) rows.push([status.get(row) ?? ""]);
  if (statusCol >= 0) {
    ctx.workbook.writeBlock(NATIONAL_SHEETS.provinsi, 2, statusCol + 1, { values: rows, numberFormats: ["@"] });
  } else {
    const values = [[NATIONAL_HEADERS.provinsi[2]], ...rows];
    ctx.workbook.writeBlock(NATIONAL_SHEETS.provinsi, 1, headerWidth + 1, { values, numberFormats: ["@"], boldFirstRow: true });
  }
}
