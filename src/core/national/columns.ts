// The columns the national roll-up matches by header (canonical name first, then synonyms).
import { HEADERS } from "../text/sheets";
import { NATIONAL_HEADERS } from "../text/national";

export const PROVINSI_COLUMNS = {
  name: ["Provinsi", "Nama Provinsi"],
  id: ["ID Spreadsheet", "ID", "URL Spreadsheet", "Spreadsheet"],
  status: ["Status"],
} as const;
export const PROVINSI_REQUIRED = ["name", "id"] as const;

/** The figures of one `Rekap Nasional` row, in its column order after Provinsi and Kabupaten/Kota. */
export const METRICS = [
  "coops", "inPortal", "started", "finished", "operating", "constrained", "green", "yellow", "red", "progress",
] as const;
export type Metric = (typeof METRICS)[number];

/** Header of each metric in `Rekap Nasional` (and in a province's `Ringkasan`). */
export const METRIC_HEADERS: Record<Metric, string> = Object.fromEntries(
  METRICS.map((m, i) => [m, NATIONAL_HEADERS.rekap[i + 2]!]),
) as Record<Metric, string>;

/** A province's `Ringkasan`: the figures by header; `Mulai Dibangun`, `Beroperasi`, `Terkendala` may be absent. */
export const RINGKASAN_SOURCE_COLUMNS = {
  regency: ["Kabupaten/Kota", "Kabupaten", "Kota"],
  reported: ["Sudah Melapor"],
  coops: ["Jumlah Koperasi"],
  inPortal: ["Masuk Portal"],
  started: ["Mulai Dibangun"],
  finished: ["Selesai"],
  operating: ["Beroperasi"],
  constrained: ["Terkendala"],
  green: ["Hijau"],
  yellow: ["Kuning"],
  red: ["Merah"],
  progress: ["Rata-rata Progres (%)", "Rata-rata Progres"],
} as const;
export const RINGKASAN_SOURCE_REQUIRED = ["regency"] as const;

/** A province's `Riwayat`: Tanggal, Kabupaten/Kota, Hijau, Kuning, Merah (the province add-on's headers). */
export const RIWAYAT_SOURCE_COLUMNS = {
  day: [HEADERS.riwayat[0]],
  regency: ["Kabupaten/Kota", "Kabupaten", "Kota"],
  green: ["Hijau"],
  yellow: ["Kuning"],
  red: ["Merah"],
} as const;
export const RIWAYAT_SOURCE_REQUIRED = ["day", "green", "yellow", "red"] as const;
