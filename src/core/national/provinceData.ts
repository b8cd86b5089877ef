// One province's figures from its `Ringkasan` (rows per kabupaten/kota and TOTAL) and the latest day
// of its `Riwayat`, matched by header. A column the province's sheet lacks stays null (blank), never guessed.
import type { CellValue, LocalDay } from "../model";
import { matchColumns } from "../sheets/headers";
import { cellText, isBlank, isValidDate, parseDayCell, parseDecimal } from "../sheets/cells";
import { localDayOf } from "../time/timeZone";
import { PROVINCE_PROBLEM, PROVINCE_SHEETS } from "../text/national";
import { TOTAL_LABEL } from "../text/sheets";
import {
  METRICS, RINGKASAN_SOURCE_COLUMNS, RINGKASAN_SOURCE_REQUIRED, RIWAYAT_SOURCE_COLUMNS,
  RIWAYAT_SOURCE_REQUIRED, type Metric,
} from "./columns";

export type Figures = Record<Metric, number | null>;

export interface RegencyFigures {
  regency: string;
  figures: Figures;
  /** `Sudah Melapor` (cooperatives with a progress figure: the weight of the mean progress), null when absent. */
  reported: number | null;
}

export interface LatestDay {
  day: LocalDay;
  green: number;
  yellow: number;
  red: number;
}

export interface ProvinceData {
  regencies: RegencyFigures[];
  total: RegencyFigures;
  /** Metrics whose column the province's `Ringkasan` does not have. */
  missing: Metric[];
  /** Cells that hold something other than a number (left blank), e.g. `Ringkasan!C4`. */
  unreadable: string[];
  latest: LatestDay | null;
}

export type ProvinceResult = { ok: true; data: ProvinceData } | { ok: false; problem: string };

const HALF_DAY_MS = 43_200_000;
type Grid = readonly (readonly CellValue[])[];

/** Header keys matched only within the table's contiguous header cells (the charts' data sits further right). */
function tableHeader(header: readonly CellValue[]): CellValue[] {
  const out: CellValue[] = [];
  for (const h of header) {
    if (isBlank(h)) break;
    out.push(h);
  }
  return out;
}

function colName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Parses both sheets; `ringkasan`/`riwayat` are null when the sheet does not exist. */
export function readProvinceData(ringkasan: Grid | null, riwayat: Grid | null, timeZone: string): ProvinceResult {
  if (ringkasan === null) return { ok: false, problem: PROVINCE_PROBLEM.sheetMissing(PROVINCE_SHEETS.ringkasan) };
  if (riwayat === null) return { ok: false, problem: PROVINCE_PROBLEM.sheetMissing(PROVINCE_SHEETS.riwayat) };
  const rk = matchColumns(tableHeader(ringkasan[0] ?? []), RINGKASAN_SOURCE_COLUMNS, RINGKASAN_SOURCE_REQUIRED);
  if (rk.missing.length > 0) {
    return { ok: false, problem: PROVINCE_PROBLEM.columnsMissing(PROVINCE_SHEETS.ringkasan, rk.missing.map((k) => RINGKASAN_SOURCE_COLUMNS[k][0])) };
  }
  const rw = matchColumns(tableHeader(riwayat[0] ?? []), RIWAYAT_SOURCE_COLUMNS, RIWAYAT_SOURCE_REQUIRED);
  if (rw.missing.length > 0) {
    return { ok: false, problem: PROVINCE_PROBLEM.columnsMissing(PROVINCE_SHEETS.riwayat, rw.missing.map((k) => RIWAYAT_SOURCE_COLUMNS[k][0])) };
  }
  const missing = METRICS.filter((m) => rk.index[m] < 0);
  const unreadable: string[] = [];
  const number = (line: readonly CellValue[], col: number, row: number): number | null => {
    if (col < 0 || isBlank(line[col])) return null;
    const n = parseDecimal(line[col]);
    if (n === null) unreadable.push(`${PROVINCE_SHEETS.ringkasan}!${colName(col)}${row}`);
    return n;
  };
  const regencies: RegencyFigures[] = [];
  let total: RegencyFigures | null = null;
  for (let i = 1; i < ringkasan.length; i++) {
    const line = ringkasan[i]!;
    const regency = cellText(line[rk.index.regency], timeZone);
    if (regency === "") break; // the table ends at its first blank row (the update line follows)
    const figures = Object.fromEntries(METRICS.map((m) => [m, number(line, rk.index[m], i + 1)])) as Figures;
    const entry = { regency, figures, reported: number(line, rk.index.reported, i + 1) };
    if (regency.toUpperCase() === TOTAL_LABEL) {
      total = entry;
      break;
    }
    regencies.push(entry);
  }
  if (regencies.length === 0) return { ok: false, problem: PROVINCE_PROBLEM.noRows(PROVINCE_SHEETS.ringkasan) };
  return {
    ok: true,
    data: { regencies, total: total ?? sumRegencies(regencies), missing, unreadable, latest: latestDay(riwayat, rw.index, timeZone) },
  };
}

/** A TOTAL from the rows when the sheet has none: sums, and the mean progress weighted by `Sudah Melapor`. */
export function sumRegencies(rows: readonly RegencyFigures[]): RegencyFigures {
  const figures = {} as Figures;
  for (const m of METRICS) {
    if (m === "progress") continue;
    figures[m] = rows.every((r) => r.figures[m] !== null) ? rows.reduce((s, r) => s + r.figures[m]!, 0) : null;
  }
  figures.progress = weightedProgress(rows);
  const reported = rows.every((r) => r.reported !== null) ? rows.reduce((s, r) => s + r.reported!, 0) : null;
  return { regency: TOTAL_LABEL, figures, reported };
}

/** Mean progress over cooperatives with a figure: each row's mean weighted by its `Sudah Melapor`; null when it cannot be known. */
export function weightedProgress(rows: readonly RegencyFigures[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const r of rows) {
    if (r.reported === null) return null;
    if (r.reported === 0) continue;
    if (r.figures.progress === null) return null;
    sum += r.figures.progress * r.reported;
    weight += r.reported;
  }
  return weight > 0 ? Math.round((sum / weight) * 10) / 10 : null;
}

/** A `Tanggal` cell's day: a date cell rounded to the nearest local midnight (the province may be in another zone). */
function dayOf(cell: CellValue | undefined, timeZone: string): LocalDay | null {
  if (isValidDate(cell)) return localDayOf(cell.getTime() + HALF_DAY_MS, timeZone);
  return parseDayCell(cell, timeZone);
}

function latestDay(riwayat: Grid, index: Record<keyof typeof RIWAYAT_SOURCE_COLUMNS, number>, timeZone: string): LatestDay | null {
  let latest: LatestDay | null = null;
  for (let i = 1; i < riwayat.length; i++) {
    const line = riwayat[i]!;
    const day = dayOf(line[index.day], timeZone);
    if (day === null) continue;
    if (latest === null || day > latest.day) latest = { day, green: 0, yellow: 0, red: 0 };
    if (day < latest.day) continue;
    latest.green += parseDecimal(line[index.green]) ?? 0;
    latest.yellow += parseDecimal(line[index.yellow]) ?? 0;
    latest.red += parseDecimal(line[index.red]) ?? 0;
  }
  return latest;
}
