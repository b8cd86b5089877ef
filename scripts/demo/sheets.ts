// Reads the workbook back through the runtime's uncounted `__` helpers: sheet names, Ringkasan, Validasi,
// zone colours, Tindak Lanjut and Log, exactly as the add-on wrote them (nothing is recomputed here).
import type { CellValue, Zone } from "../../src/core/model";
import { SHEET_NAME_KEYS } from "../../src/core/settings/keys";
import { SHEET_NAMES, TOTAL_LABEL, UPDATED_PREFIX } from "../../src/core/text/sheets";
import { TINDAK_LANJUT_TITLES } from "../../src/core/text/summaries";
import type { SpreadsheetFake } from "../../runtime/spreadsheet";

export type SheetNames = Record<keyof typeof SHEET_NAMES, string>;
export const DEFAULT_COLOURS: Record<Zone, string> = { HIJAU: "#b7e1cd", KUNING: "#fce8b2", MERAH: "#f4c7c3", "BELUM PORTAL": "#e8eaed" };
const norm = (v: unknown): string => String(v ?? "").trim().toLowerCase();

export function sheetValues(ss: SpreadsheetFake, name: string): CellValue[][] | null {
  return ss.__sheet(name)?.__values() ?? null;
}

/** Where `Kunci`/`Nilai` sit in the settings sheet and the cell of every key (1-based rows/cols). */
export function settingsCells(ss: SpreadsheetFake): { nilaiCol: number; rows: Map<string, { row: number; value: CellValue }> } | null {
  const values = sheetValues(ss, SHEET_NAMES.pengaturan);
  if (!values) return null;
  for (let h = 0; h < Math.min(values.length, 5); h++) {
    const header = values[h]!.map(norm);
    const k = header.indexOf("kunci");
    const n = header.indexOf("nilai");
    if (k < 0 || n < 0) continue;
    const rows = new Map<string, { row: number; value: CellValue }>();
    for (let r = h + 1; r < values.length; r++) {
      const key = String(values[r]![k] ?? "").trim();
      if (key && !rows.has(key)) rows.set(key, { row: r + 1, value: values[r]![n] ?? "" });
    }
    return { nilaiCol: n + 1, rows };
  }
  return null;
}

export function settingText(ss: SpreadsheetFake, key: string): string {
  const v = settingsCells(ss)?.rows.get(key)?.value;
  return v === undefined ? "" : String(v).trim();
}

/** Sheet names after the LEMBAR_* overrides of `Pengaturan` (defaults when unset). */
export function sheetNames(ss: SpreadsheetFake): SheetNames {
  const names: SheetNames = { ...SHEET_NAMES };
  for (const [key, id] of Object.entries(SHEET_NAME_KEYS)) {
    const v = settingText(ss, key);
    if (v) names[id as keyof SheetNames] = v;
  }
  return names;
}

/** Rows of a sheet as objects keyed by the header row (blank rows left out). */
export function records(ss: SpreadsheetFake, name: string): Array<Record<string, CellValue>> {
  const values = sheetValues(ss, name) ?? [];
  const header = (values[0] ?? []).map((h) => String(h));
  return values.slice(1).filter((r) => r.some((c) => c !== "")).map((r) =>
    Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

export interface RingkasanRead {
  headers: string[];
  /** Kabupaten/kota rows, then the TOTAL row last (when present). */
  rows: CellValue[][];
  total: CellValue[] | null;
  updatedLine: string | null;
}

export function readRingkasan(ss: SpreadsheetFake, name: string): RingkasanRead | null {
  const values = sheetValues(ss, name);
  if (!values || values.length === 0) return null;
  const width = (values[0] ?? []).findIndex((h) => h === "") ;
  const cols = width < 0 ? values[0]!.length : width;
  const headers = values[0]!.slice(0, cols).map(String);
  const rows: CellValue[][] = [];
  let total: CellValue[] | null = null;
  for (const r of values.slice(1)) {
    if (r.slice(0, cols).every((c) => c === "")) break;
    const row = r.slice(0, cols);
    rows.push(row);
    if (row[0] === TOTAL_LABEL) { total = row; break; }
  }
  const line = values.map((r) => String(r[0] ?? "")).find((t) => t.startsWith(UPDATED_PREFIX.trim())) ?? null;
  return { headers, rows, total, updatedLine: line };
}

/** `Validasi` rows per `Status`. */
export function statusCounts(ss: SpreadsheetFake, name: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records(ss, name)) {
    const s = String(r.Status ?? "");
    out[s] = (out[s] ?? 0) + 1;
  }
  return out;
}

/** Zone colours as the add-on painted the `Zona` cells of `Status Koperasi`, else the settings, else SPEC. */
export function zoneColours(ss: SpreadsheetFake, names: SheetNames): Record<Zone, string> {
  const out: Record<Zone, string> = { ...DEFAULT_COLOURS };
  const hex = (c: string): boolean => /^#[0-9a-f]{6}$/i.test(c);
  const settingKey: Record<Zone, string> = { HIJAU: "WARNA_HIJAU", KUNING: "WARNA_KUNING", MERAH: "WARNA_MERAH", "BELUM PORTAL": "WARNA_BELUM_PORTAL" };
  for (const z of Object.keys(out) as Zone[]) {
    const v = settingText(ss, settingKey[z]);
    if (hex(v)) out[z] = v.toLowerCase();
  }
  const sheet = ss.__sheet(names.statusKoperasi);
  if (!sheet) return out;
  const values = sheet.__values();
  const col = (values[0] ?? []).findIndex((h) => norm(h) === "zona");
  if (col < 0) return out;
  const bgs = sheet.__backgrounds();
  const seen = new Set<Zone>();
  for (let r = 1; r < values.length && seen.size < 3; r++) {
    const z = String(values[r]![col] ?? "") as Zone;
    const bg = bgs[r]?.[col] ?? "";
    if (z in out && !seen.has(z) && hex(bg) && bg.toLowerCase() !== "#ffffff") {
      out[z] = bg.toLowerCase();
      seen.add(z);
    }
  }
  return out;
}

export interface TindakLanjutCounts { MERAH: number; KUNING: number; peringatan: number }

/** Counts of the two `Tindak Lanjut` sections (cooperatives by zone, recent `Peringatan` reports). */
export function tindakLanjutCounts(ss: SpreadsheetFake, name: string): TindakLanjutCounts | null {
  const values = sheetValues(ss, name);
  if (!values) return null;
  const out: TindakLanjutCounts = { MERAH: 0, KUNING: 0, peringatan: 0 };
  let section: "coops" | "warnings" | null = null;
  for (let i = 0; i < values.length; i++) {
    const first = String(values[i]![0] ?? "");
    if (first === TINDAK_LANJUT_TITLES.coops) { section = "coops"; i++; continue; }
    if (first === TINDAK_LANJUT_TITLES.warnings) { section = "warnings"; i++; continue; }
    if (values[i]!.every((c) => c === "") || first === TINDAK_LANJUT_TITLES.noWarnings) continue;
    if (section === "coops" && (first === "MERAH" || first === "KUNING")) out[first]++;
    else if (section === "warnings" && first !== TINDAK_LANJUT_TITLES.noCoops) out.peringatan++;
  }
  return out;
}

/** Rows of the `Log` sheet below its header. */
export function logRows(ss: SpreadsheetFake, name: string): CellValue[][] {
  return (sheetValues(ss, name) ?? []).slice(1).filter((r) => r.some((c) => c !== ""));
}
