// Test builders for rows as Range.getValues() gives them: Koperasi, Pendamping, Pengaturan, form responses.
import type { CellValue } from "../../src/core/model";
import { defaultSettingRows } from "../../src/core/settings/keys";
import { HEADERS, KOPERASI_COLUMNS, PENDAMPING_COLUMNS } from "../../src/core/text/sheets";
import { instantOfLocal } from "../../src/core/time/timeZone";
import { dayFromYmd } from "../../src/core/time/localDay";

export const WITA = "Asia/Makassar";

/** A Date at a WITA wall-clock time, as getValues returns for a date/time cell. */
export function witaDate(y: number, m: number, d: number, hour = 0, minute = 0): Date {
  return new Date(instantOfLocal(dayFromYmd(y, m, d), hour, minute, WITA));
}

type KoperasiField = keyof typeof KOPERASI_COLUMNS;
type PendampingField = keyof typeof PENDAMPING_COLUMNS;

export const KOPERASI_HEADER: CellValue[] = [...HEADERS.koperasi];
export const PENDAMPING_HEADER: CellValue[] = [...HEADERS.pendamping];

const KOPERASI_ORDER: KoperasiField[] = [
  "id", "name", "village", "district", "regency", "pendampingId", "pilot", "inPortal", "lat", "lon", "targetDay",
];
const PENDAMPING_ORDER: PendampingField[] = ["id", "name", "email", "kind", "regency", "active", "phone", "inactiveSince"];

/** A `Koperasi` row in the default column order. */
export function aKoperasiRow(over: Partial<Record<KoperasiField, CellValue>> = {}): CellValue[] {
  const row: Record<KoperasiField, CellValue> = {
    id: "K-0001", name: "KDKMP Gerung Utara", village: "Gerung Utara", district: "Gerung",
    regency: "Lombok Barat", pendampingId: "P001", pilot: "Ya", inPortal: "Tidak", lat: -8.65, lon: 116.12,
    targetDay: "31/12/2026", operating: "", ...over,
  };
  return KOPERASI_ORDER.map((k) => row[k]);
}

/** A `Pendamping` row in the default column order. */
export function aPendampingRow(over: Partial<Record<PendampingField, CellValue>> = {}): CellValue[] {
  const row: Record<PendampingField, CellValue> = {
    id: "P001", name: "Baiq Nurul", email: "baiq@contoh.id", kind: "Koperasi", regency: "Lombok Barat",
    active: "Ya", phone: "081234567890", inactiveSince: "", ...over,
  };
  return PENDAMPING_ORDER.map((k) => row[k]);
}

/** `Pengaturan` data rows (no header): the defaults with some values replaced, plus extra rows. */
export function settingRows(over: Record<string, CellValue> = {}, extra: CellValue[][] = []): CellValue[][] {
  const rows: CellValue[][] = defaultSettingRows().map(([k, v, d]) => [k, k in over ? over[k]! : v, d]);
  return [...rows, ...extra];
}

export const RESPONSE_HEADER: CellValue[] = [
  "Stempel waktu", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Lombok Barat)", "Koperasi (Kota Mataram)",
  "Tanggal Kunjungan", "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan", "Kendala",
  "Tautan Foto", "Koordinat",
];

/** Answers keyed by header title; the first header (the timestamp) is keyed "timestamp". */
export type Answers = Record<string, CellValue>;

export function someAnswers(over: Answers = {}): Answers {
  return {
    timestamp: witaDate(2026, 11, 21, 18, 5),
    "ID Pendamping": "P001 — Baiq Nurul",
    "Kabupaten/Kota": "Lombok Barat",
    "Koperasi (Lombok Barat)": "K-0001 — KDKMP Gerung Utara (Gerung Utara)",
    "Tanggal Kunjungan": witaDate(2026, 11, 21),
    "Status Lahan": "Siap bangun (clear & clean)",
    "Luas Lahan (m²)": 1200,
    "Progres Fisik (%)": 45,
    "Tahap Pembangunan": "Struktur & dinding",
    Kendala: "",
    "Tautan Foto": "https://drive.google.com/foto1",
    Koordinat: "-8.65, 116.12",
    ...over,
  };
}

/** A response row laid out for `header` (columns the answers do not name are blank). */
export function aResponseRow(header: readonly CellValue[], answers: Answers = someAnswers()): CellValue[] {
  return header.map((h, i) => {
    const key = i === 0 ? "timestamp" : String(h);
    return answers[key] ?? "";
  });
}
