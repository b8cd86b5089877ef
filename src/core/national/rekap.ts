// `Rekap Nasional`: one row per province and kabupaten/kota, a TOTAL per province and for the country.
// The country's TOTAL leaves blank a column some province lacks (a sum over part of the country is not
// the country's figure) and says so; provinces that could not be read are named under the table.
import type { CellValue } from "../model";
import { FORMAT } from "../summaries/table";
import { NATIONAL_HEADERS, NATIONAL_TEXT, NATIONAL_TOTAL } from "../text/national";
import { METRIC_HEADERS, METRICS, type Metric } from "./columns";
import { weightedProgress, type Figures, type ProvinceData, type RegencyFigures } from "./provinceData";

export interface ReadProvince {
  name: string;
  data: ProvinceData;
}

export interface Rekap {
  headers: readonly string[];
  rows: CellValue[][];
  numberFormats: readonly string[];
  /** Notes for the `Log` about the country's TOTAL. */
  notes: string[];
}

const I = FORMAT.integer;
export const REKAP_FORMATS: readonly string[] = [FORMAT.text, FORMAT.text, I, I, I, I, I, I, I, I, I, FORMAT.decimal1];

function figureCells(f: Figures): CellValue[] {
  return METRICS.map((m) => f[m] ?? "");
}

export function rekapTable(provinces: readonly ReadProvince[], failed: readonly string[]): Rekap {
  const rows: CellValue[][] = [];
  for (const p of provinces) {
    for (const r of p.data.regencies) rows.push([p.name, r.regency, ...figureCells(r.figures)]);
    rows.push([p.name, NATIONAL_TOTAL, ...figureCells(p.data.total.figures)]);
  }
  const { figures, blank } = countryTotal(provinces.map((p) => p.data));
  rows.push([NATIONAL_TOTAL, "", ...figureCells(figures)]);
  const notes: string[] = [];
  if (blank.length > 0) notes.push(NATIONAL_TEXT.totalBlank(blank.map((m) => METRIC_HEADERS[m])));
  if (failed.length > 0) notes.push(NATIONAL_TEXT.totalWithout([...failed]));
  return { headers: NATIONAL_HEADERS.rekap, rows, numberFormats: REKAP_FORMATS, notes };
}

/** Sums of the provinces' TOTAL rows; the mean progress weighted by each province's `Sudah Melapor`. */
export function countryTotal(provinces: readonly ProvinceData[]): { figures: Figures; blank: Metric[] } {
  const totals: RegencyFigures[] = provinces.map((p) => p.total);
  const figures = {} as Figures;
  const blank: Metric[] = [];
  for (const m of METRICS) {
    const known = m === "progress" ? weightedProgress(totals) : sumOrNull(totals, m);
    const lacking = provinces.some((p) => p.missing.includes(m));
    figures[m] = lacking ? null : known;
    if (lacking) blank.push(m);
  }
  return { figures, blank };
}

function sumOrNull(rows: readonly RegencyFigures[], m: Metric): number | null {
  let sum = 0;
  for (const r of rows) {
    const v = r.figures[m];
    if (v === null) return null;
    sum += v;
  }
  return sum;
}
