// A small agency workbook and a driver that plays the agency through the real bundle (dist/Code.js).
import { join } from "node:path";
import { Driver, type DriverOptions } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { HEADERS } from "../../src/core/text/sheets";

export const CODE = join(__dirname, "../../dist/Code.js");
export const ADMIN = "admin@diskop.ntbprov.go.id";

/** WITA wall-clock time as a Date. */
export function wita(iso: string): Date {
  return new Date(`${iso}+08:00`);
}

export interface KoperasiFixture {
  id: string; name: string; village: string; district: string; regency: string; pendamping: string;
  pilot?: boolean; portal?: boolean; lat?: number | ""; lon?: number | ""; target?: Date | "";
}

export const KOPERASI: KoperasiFixture[] = [
  { id: "K-01", name: "KMP Desa Gerung", village: "Gerung", district: "Gerung", regency: "Lombok Barat", pendamping: "P-01", pilot: true, portal: true, lat: -8.68, lon: 116.12 },
  { id: "K-02", name: "KMP Desa Kuripan", village: "Kuripan", district: "Kuripan", regency: "Lombok Barat", pendamping: "P-01", lat: -8.66, lon: 116.15 },
  { id: "K-03", name: "KMP Desa Labuapi", village: "Labuapi", district: "Labuapi", regency: "Lombok Barat", pendamping: "P-01" },
  { id: "K-04", name: "KMP Desa Praya", village: "Praya", district: "Praya", regency: "Lombok Tengah", pendamping: "P-02", pilot: true, lat: -8.7, lon: 116.27 },
  { id: "K-05", name: "KMP Desa Jonggat", village: "Jonggat", district: "Jonggat", regency: "Lombok Tengah", pendamping: "P-02" },
];

export const PENDAMPING: CellValue[][] = [
  [...HEADERS.pendamping],
  ["P-01", "Baiq Nurul", "nurul@example.id", "Koperasi", "Lombok Barat", "Ya", "081234567801"],
  ["P-02", "Lalu Ahmad", "ahmad@example.id", "Koperasi", "Lombok Tengah", "Ya", "081234567802"],
  ["P-03", "Made Wirawan", "made@example.id", "UKM", "Lombok Tengah", "Tidak", "081234567803"],
];

export function koperasiRows(list = KOPERASI): CellValue[][] {
  return [
    [...HEADERS.koperasi],
    ...list.map((k) => [k.id, k.name, k.village, k.district, k.regency, k.pendamping, k.pilot ? "Ya" : "Tidak",
      k.portal ? "Ya" : "Tidak", k.lat ?? "", k.lon ?? "", k.target ?? ""]),
  ];
}

export interface ReportAnswers {
  pendamping: string; koperasi: string; visit: string; land?: string; area?: string; progress: string;
  stage: string; obstacles?: string; photo?: string; coords?: string;
}

export function answers(a: ReportAnswers): Record<string, string> {
  const k = KOPERASI.find((x) => x.id === a.koperasi)!;
  const p = PENDAMPING.find((r) => r[0] === a.pendamping);
  return {
    // An id not in the registry (typed by hand) stays as typed.
    "ID Pendamping": p ? `${a.pendamping} — ${p[1]}` : a.pendamping,
    "Kabupaten/Kota": k.regency,
    [`Koperasi (${k.regency})`]: `${k.id} — ${k.name} (${k.village})`,
    "Tanggal Kunjungan": a.visit,
    "Status Lahan": a.land ?? "Siap bangun (clear & clean)",
    "Luas Lahan (m²)": a.area ?? "",
    "Progres Fisik (%)": a.progress,
    "Tahap Pembangunan": a.stage,
    "Kendala": a.obstacles ?? "",
    "Tautan Foto": a.photo ?? "",
    "Koordinat": a.coords ?? "",
  };
}

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Opens a fresh workbook, runs setup, pastes the registry, creates the form and installs the triggers. */
export function agencyWorkbook(opts: Omit<DriverOptions, "htmlDir" | "runtime"> = {}): Driver {
  const driver = new Driver({ codePath: CODE, user: ADMIN, ...opts, now: opts.now ?? wita("2026-11-16T08:00:00") });
  driver.open();
  driver.clickMenu("Siapkan lembar kerja");
  paste(driver, "Koperasi", koperasiRows());
  paste(driver, "Pendamping", PENDAMPING);
  driver.clickMenu("Buat / perbarui formulir");
  driver.clickMenu("Pasang pemicu otomatis");
  return driver;
}

/** Types a block into a sheet the way a person pasting would (uncounted). */
export function paste(driver: Driver, sheet: string, rows: CellValue[][], startRow = 1): void {
  const s = (driver.spreadsheet as Loose).__sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  s.__write(startRow, 1, rows);
}

export function values(driver: Driver, sheet: string): CellValue[][] {
  const s = (driver.spreadsheet as Loose).__sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.__values() as CellValue[][];
}

/** Rows of a sheet as objects keyed by its header row. */
export function records(driver: Driver, sheet: string, headerRow = 1): Array<Record<string, CellValue>> {
  const all = values(driver, sheet);
  const header = (all[headerRow - 1] ?? []).map(String);
  return all.slice(headerRow).filter((r) => r.some((c) => c !== "")).map((r) =>
    Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

export function lastAlert(driver: Driver): string {
  const a = driver.alerts[driver.alerts.length - 1] as Loose;
  return a ? `${a.title ?? ""}\n${a.prompt ?? a.message ?? ""}` : "";
}

// ---------------------------------------------------------------------------------------------------
// More builders for the end-to-end themes: settings, hand-typed rows, triggers, snapshots, dialogs.

/** The sheet the linked form writes to (found by its form link, as the add-on does). */
export function responseSheetName(driver: Driver): string {
  const s = ((driver.spreadsheet as Loose).__sheets as Loose[]).find((x) => x.__formUrl);
  if (!s) throw new Error("no response sheet");
  return s.__name as string;
}

/** Sets one `Pengaturan` value the way a person would type it (adds the key row when missing). */
export function setSetting(driver: Driver, key: string, value: CellValue): void {
  const rows = values(driver, "Pengaturan");
  const at = rows.findIndex((r) => r[0] === key);
  paste(driver, "Pengaturan", [[key, value]], at >= 0 ? at + 1 : rows.length + 1);
}

/**
 * A report typed or pasted into the response sheet by hand at `row` (default: the next row), the
 * cells in the sheet's own column order: timestamp and visit date as dates, progress and area as numbers.
 */
export function typeReport(driver: Driver, a: ReportAnswers, at: Date, row?: number): number {
  const name = responseSheetName(driver);
  const sheet = values(driver, name);
  const header = (sheet[0] ?? []).map(String);
  const given = answers(a);
  const cells = header.map((h, i): CellValue => {
    if (i === 0) return at;
    if (h === "Tanggal Kunjungan") return wita(`${a.visit}T00:00:00`);
    const v = given[h] ?? "";
    return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  });
  const target = row ?? sheet.length + 1;
  paste(driver, name, [cells], target);
  return target;
}

export interface TriggerRow { handler: string; eventType: string; uid: string }

/** The project's installed triggers (uncounted). */
export function triggers(driver: Driver): TriggerRow[] {
  return driver.runtime.script.triggers().map((t) => ({ handler: t.handler, eventType: t.eventType, uid: t.uid }));
}

/** Values of several sheets at once, for "nothing else changed" comparisons. */
export function snapshot(driver: Driver, sheets: string[]): Record<string, CellValue[][]> {
  return Object.fromEntries(sheets.map((n) => [n, values(driver, n)]));
}

/** `Validasi` rows without the `Diproses` column (the time a row was processed differs between runs). */
export function validasiWithoutProcessed(driver: Driver): Array<Record<string, CellValue>> {
  return records(driver, "Validasi").map(({ Diproses: _ignored, ...rest }) => rest);
}

/** The last row of `Log` as an object. */
export function lastLog(driver: Driver): Record<string, CellValue> {
  const rows = records(driver, "Log");
  return rows[rows.length - 1] ?? {};
}

/** HTML of the modal dialogs shown so far (the WhatsApp summary, ...). */
export function dialogs(driver: Driver): Array<{ title: string; html: string }> {
  return (driver.runtime.ui.__dialogs as Array<{ title: string; html: string }>).map((d) => ({ title: d.title, html: d.html }));
}

/** A realistic report for a cooperative; override anything. */
export function report(koperasi: string, visit: string, progress: number, more: Partial<ReportAnswers> = {}): Record<string, string> {
  const k = KOPERASI.find((x) => x.id === koperasi)!;
  const stage = progress === 0 ? "Belum mulai" : progress <= 10 ? "Persiapan lahan" : progress <= 30 ? "Pondasi" : "Struktur & dinding";
  return answers({ pendamping: k.pendamping, koperasi, visit, progress: String(progress), stage, ...more });
}

/** Cell backgrounds of a sheet's data range (uncounted). */
export function backgrounds(driver: Driver, sheet: string): string[][] {
  const s = (driver.spreadsheet as Loose).__sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.__backgrounds() as string[][];
}

/** Display texts of a sheet's data range, as people see them (uncounted). */
export function displayed(driver: Driver, sheet: string): string[][] {
  const s = (driver.spreadsheet as Loose).__sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.__displayValues() as string[][];
}

/** The raw sheet fake (frozen rows, charts ...), for the few checks that need it. */
export function sheetFake(driver: Driver, sheet: string): Loose {
  const s = (driver.spreadsheet as Loose).__sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s;
}
