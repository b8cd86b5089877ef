// Catalogue: the `Alasan` text of every validation finding: what was wrong and what to do, in plain Indonesian.
import type { Finding, FindingCode } from "../model";
import { formatDay } from "../time/localDay";
import { formatCompactId } from "./numbers";
import { LAND_LABELS, STAGE_LABELS } from "./sheets";

type Params = Finding["params"];

function text(p: Params, key: string, fallback = "-"): string {
  const v = p[key];
  return v === undefined || v === "" ? fallback : String(v);
}

/** A number in Indonesian style (12,5); "-" when missing. */
function num(p: Params, key: string, decimals = 2): string {
  const v = p[key];
  return typeof v === "number" && Number.isFinite(v) ? formatCompactId(v, decimals) : text(p, key);
}

/** A LocalDay parameter as dd/MM/yyyy. */
function day(p: Params, key: string): string {
  const v = p[key];
  return typeof v === "number" && Number.isFinite(v) ? formatDay(v) : text(p, key);
}

function label(labels: Record<string, string>, p: Params, key: string): string {
  const v = text(p, key);
  return labels[v] ?? v;
}

/** Row reference: "baris 12"; a row below 2 was archived to BigQuery (its rows are re-based above the header). */
function row(p: Params, key = "row"): string {
  const v = p[key];
  return typeof v === "number" && v < 2 ? "laporan yang sudah diarsipkan" : `baris ${text(p, key, "?")}`;
}

const MESSAGES: Record<FindingCode, (p: Params) => string> = {
  MISSING_ANSWER: (p) =>
    `Jawaban "${text(p, "question", "wajib")}" kosong; isi semua pertanyaan wajib lalu kirim ulang laporan.`,
  UNREADABLE_ANSWER: (p) =>
    `Jawaban "${text(p, "question", "?")}"${p.value !== undefined && p.value !== "" ? ` (${text(p, "value")})` : ""} `
    + `tidak terbaca; perbaiki isinya lalu kirim ulang laporan.`,
  UNKNOWN_KOPERASI: (p) =>
    `ID Koperasi ${text(p, "koperasiId")} tidak ada di lembar Koperasi; pilih koperasi dari daftar formulir `
    + `atau minta admin menambahkannya.`,
  UNKNOWN_PENDAMPING: (p) =>
    `ID Pendamping ${text(p, "pendampingId")} tidak ada di lembar Pendamping; pilih nama Anda dari daftar `
    + `formulir atau minta admin menambahkannya.`,
  INACTIVE_PENDAMPING: (p) => `Pendamping ${text(p, "pendampingId")} ` + (typeof p.since === "number"
    ? `tidak aktif sejak ${day(p, "since")} (Tanggal Nonaktif di lembar Pendamping); laporan sejak itu tidak dihitung.`
    : `tercatat tidak aktif di lembar Pendamping; agar laporan sebelum ia berhenti dihitung, isi Tanggal Nonaktif.`)
    + ` Hubungi admin Dinas bila masih bertugas.`,
  SUBMITTED_IN_FUTURE: (p) =>
    `Waktu kirim ${day(p, "submitDay")} (stempel waktu) lebih lambat dari hari ini ${day(p, "today")}; perbaiki tanggalnya.`,
  VISIT_AFTER_SUBMIT: (p) =>
    `Tanggal kunjungan ${day(p, "visitDay")} lebih lambat dari waktu kirim ${day(p, "submitDay")}; periksa tanggal.`,
  VISIT_TOO_OLD: (p) =>
    `Tanggal kunjungan ${day(p, "visitDay")} sudah ${num(p, "ageDays")} hari sebelum waktu kirim `
    + `${day(p, "submitDay")} (paling lama ${num(p, "maxDays")} hari); periksa tanggal dan kirim laporan `
    + `pada hari kunjungan.`,
  VISIT_BEFORE_PROGRAM: (p) =>
    `Tanggal kunjungan ${day(p, "visitDay")} sebelum program mulai ${day(p, "programStart")}; periksa tanggal.`,
  PROGRESS_OUT_OF_RANGE: (p) =>
    `Progres fisik ${p.progress === undefined ? "bukan angka yang sah" : `${num(p, "progress")}%`} di luar `
    + `rentang 0-100; isi angka antara 0 dan 100.`,
  NOT_ASSIGNED: (p) =>
    `Pendamping ${text(p, "pendampingId")} bukan pendamping yang ditugaskan untuk koperasi `
    + `${text(p, "koperasiId")} (tercatat ${text(p, "assignedId")}); periksa pilihan koperasi atau perbarui `
    + `ID Pendamping di lembar Koperasi.`,
  PROGRESS_DECREASED: (p) =>
    `Progres fisik ${num(p, "progress")}% lebih rendah dari laporan sebelumnya ${num(p, "previous")}% `
    + `(${day(p, "previousDay")}, ${row(p, "previousRow")}); periksa angka progres.`,
  PROGRESS_JUMP: (p) =>
    `Progres fisik naik ${num(p, "jump")} poin dari ${num(p, "previous")}% (${day(p, "previousDay")}) menjadi `
    + `${num(p, "progress")}%, lebih dari batas ${num(p, "max")} poin; periksa angka progres dan sertakan foto.`,
  STAGE_MISMATCH: (p) =>
    `Tahap "${label(STAGE_LABELS, p, "stage")}" tidak sesuai dengan progres ${num(p, "progress")}% `
    + `(tahap ini ${num(p, "min")}-${num(p, "max")}%); periksa tahap pembangunan atau angka progres.`,
  PROGRESS_WITHOUT_LAND: (p) =>
    `Progres fisik ${num(p, "progress")}% padahal status lahan "${label(LAND_LABELS, p, "landStatus")}", `
    + `belum siap bangun; periksa status lahan atau angka progres.`,
  LAND_TOO_SMALL: (p) =>
    `Luas lahan ${num(p, "area")} m² kurang dari batas minimal ${num(p, "min")} m²; periksa luas lahan `
    + `atau laporkan kendala lahan.`,
  COORD_UNREADABLE: (p) =>
    `Koordinat "${text(p, "text")}" tidak terbaca; tulis lintang lalu bujur, contoh: -8.58, 116.11.`,
  COORD_OUTSIDE_REGION: (p) =>
    `Koordinat (lintang ${num(p, "lat", 5)}; bujur ${num(p, "lon", 5)}) di luar wilayah `
    + `${text(p, "province", "provinsi")}; ambil ulang koordinat di lokasi koperasi.`,
  COORD_TOO_FAR: (p) =>
    `Koordinat berjarak ${num(p, "distanceKm", 1)} km dari lokasi koperasi yang terdaftar (batas `
    + `${num(p, "max")} km); ambil koordinat di lokasi koperasi atau perbarui lokasi di lembar Koperasi.`,
  OBSTACLE_UNKNOWN: (p) =>
    `Jenis kendala "${text(p, "value")}" tidak ada di daftar (${text(p, "known")}); pilih dari daftar `
    + `formulir, atau minta admin menambahkannya ke pengaturan JENIS_KENDALA.`,
  ANSWER_NOT_UNDERSTOOD: (p) =>
    `Jawaban "${text(p, "question")}" (${text(p, "value")}) tidak dikenali dan diabaikan; pilih salah satu: `
    + `${text(p, "choices")}.`,
  OUTLET_OPEN_UNFINISHED: (p) =>
    `Gerai Beroperasi dijawab Ya padahal progres fisik ${num(p, "progress")}% (belum selesai); periksa `
    + `jawaban Gerai Beroperasi atau angka progres.`,
  DUPLICATE: (p) =>
    `Laporan sama persis dengan laporan ${row(p)} dan tidak dihitung lagi; tidak perlu dikirim ulang.`,
  CORRECTED: (p) =>
    `Diganti oleh laporan perbaikan di ${row(p)} (pendamping, koperasi dan tanggal kunjungan sama); `
    + `tidak perlu tindakan.`,
};

/** The plain-Indonesian text of one finding. */
export function findingMessage(f: Finding): string {
  return MESSAGES[f.code](f.params);
}

/** Separator between findings in `Alasan` (messages themselves use ";"). */
export const REASONS_SEPARATOR = " | ";

/** Every finding's message, in order, for the `Alasan` cell ('' when there is none). */
export function reasonsText(findings: readonly Finding[]): string {
  return findings.map(findingMessage).join(REASONS_SEPARATOR);
}
