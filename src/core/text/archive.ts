// Catalogue: what `Arsipkan laporan lama` (and its monthly run) says: how to turn it on, what moved, why it stopped.

import type { CellValue } from "../model";

const SETUP = "Lihat docs/bigquery.md: proyek Google Cloud dengan BigQuery, dataset, dan layanan lanjutan BigQuery di Apps Script.";
const CONTINUES = "Belum ada yang dihapus dari lembar; arsip dilanjutkan otomatis oleh pemicu per jam berikutnya (atau klik Arsipkan laporan lama lagi).";
const NOTHING_DELETED = "Tidak ada baris yang dihapus dari lembar; jalankan lagi setelah diperbaiki (laporan yang sudah terkirim tidak dikirim dua kali).";

export const ARCHIVE_TEXT = {
  off: "Arsip ke BigQuery belum dinyalakan. Untuk menyalakannya, di lembar Pengaturan isi ARSIP_BIGQUERY = Ya, ARSIP_PROYEK = ID proyek Google Cloud (misalnya kdkmp-ntb) dan ARSIP_DATASET = ID dataset (misalnya kdkmp); ARSIP_BULANAN = Ya bila pemicu per jam boleh mengarsipkan sendiri sekali sebulan. " + SETUP,
  noProject: "ARSIP_BIGQUERY bernilai Ya tetapi ARSIP_PROYEK kosong di lembar Pengaturan: isi ID proyek Google Cloud (misalnya kdkmp-ntb). " + SETUP,
  serviceOff: "Layanan lanjutan BigQuery belum aktif di proyek Apps Script ini: di editor Apps Script pilih Layanan › + › BigQuery API (v2). " + SETUP,
  nothing: (days: number) =>
    `Tidak ada laporan yang bisa diarsipkan: yang diarsipkan hanya laporan paling lama yang bulan kunjungannya sudah lewat dan dikirim lebih dari ${days} hari lalu (MAKS_UMUR_LAPORAN_HARI).`,
  pending: "Masih ada pekerjaan validasi yang belum selesai (dilanjutkan pemicu per jam); arsip belum dijalankan. Ulangi setelah pekerjaan itu selesai.",
  done: (n: number, sent: number, table: string) =>
    `${n} laporan lama diarsipkan ke BigQuery (${table}) dan dihapus dari lembar laporan, Validasi dan lembar internal; ${sent} baris dikirim kali ini${sent < n ? `, ${n - sent} sudah ada di BigQuery dari proses sebelumnya yang terhenti` : ""}.`,
  same: "Semua lembar hasil dihitung ulang dari keadaan koperasi yang disimpan: hasilnya sama dengan sebelum diarsipkan.",
  cells: (after: number, rows: number, logRows: number) =>
    `Sel lembar kerja kini ${after.toLocaleString("id-ID")} dari batas Google 10.000.000 (${rows.toLocaleString("id-ID")} baris laporan${logRows > 0 ? ` dan ${logRows.toLocaleString("id-ID")} baris Log` : ""} tidak lagi dihitung).`,
  working: (what: string) => `Mengarsipkan laporan lama: ${what}…`,
  validating: "Arsip laporan lama berjalan bertahap: semua laporan divalidasi dulu (lihat rincian). " + CONTINUES,
  validated: "Arsip laporan lama berjalan bertahap: semua laporan sudah divalidasi; pengirimannya ke BigQuery dimulai pada langkah berikutnya. " + CONTINUES,
  sending: (through: number, table: string) =>
    `Arsip laporan lama berjalan bertahap: laporan baris 2–${through} sudah ada di BigQuery (${table}). ` + CONTINUES,
  sendingLog: (reports: number, through: number, table: string) =>
    `Arsip laporan lama berjalan bertahap: ${reports} laporan sudah ada di BigQuery; baris Log 2–${through} sudah ada di BigQuery (${table}). ` + CONTINUES,
  readyToDelete: (reports: number, logRows: number) =>
    `Arsip laporan lama berjalan bertahap: ${reports} laporan dan ${logRows} baris Log sudah ada di BigQuery; penghapusannya dari lembar dilakukan sekaligus pada langkah berikutnya. ` + CONTINUES,
  restarted: "Pengaturan, Koperasi, Pendamping atau pertanyaan formulir berubah sejak arsip dimulai: arsip dimulai lagi dari validasi (laporan yang sudah ada di BigQuery tidak dikirim dua kali).",
  busy: "Arsip laporan lama sedang berjalan bertahap (dilanjutkan pemicu per jam, atau klik Arsipkan laporan lama): validasi dan pembaruan menunggu sampai arsip selesai supaya baris laporan tidak bergeser di tengah pekerjaan. Tidak ada yang diubah; ulangi setelah arsip selesai.",
  abandoned: "Arsip yang sedang berjalan dihentikan; jalankan lagi dari awal setelah diperbaiki.",
  tableCreated: (table: string) => `Tabel ${table} dibuat di BigQuery.`,
  /** Staff cells beside archived `Validasi` rows, named in `Log` (one or more rows) before those rows are deleted. */
  staffCells: (sheet: string, items: string) =>
    `Lembar ${sheet}: isian Anda di kolom tambahan pada baris laporan yang diarsipkan (baris itu dihapus dari lembar) disalin ke sini, tidak hilang: ${items}`,
  staffCell: (row: CellValue, id: CellValue, day: string, header: string, value: string) => `Baris ${String(row)} (${String(id)}, ${day}): ${header} = "${value}"`,
  staffPart: (i: number, k: number) => `(bagian ${i} dari ${k}) `,
  staffNote: (rows: number, sheet: string) => `${rows} laporan yang diarsipkan punya isian Anda di kolom tambahan ${sheet}: isinya dicatat di Log sebelum barisnya dihapus.`,
  resumed: "Arsip sebelumnya terhenti setelah menghapus baris; keadaannya diselesaikan sekarang.",
  permission: (where: string, msg: string) =>
    `BigQuery menolak akses ke ${where}: akun ini perlu peran BigQuery Data Editor pada dataset dan BigQuery Job User pada proyek (minta admin Google Cloud). Pesan Google: ${msg} ${NOTHING_DELETED}`,
  quota: (msg: string) => `Kuota BigQuery habis untuk saat ini; coba lagi nanti atau besok. Pesan Google: ${msg} ${NOTHING_DELETED}`,
  noDataset: (where: string, msg: string) =>
    `Dataset ${where} tidak ditemukan di BigQuery: buat dataset itu dulu, atau perbaiki ARSIP_PROYEK / ARSIP_DATASET di Pengaturan. Pesan Google: ${msg} ${NOTHING_DELETED}`,
  noTable: (where: string, msg: string) =>
    `Tabel ${where} tidak ditemukan di BigQuery (mungkin dihapus saat arsip berjalan). Pesan Google: ${msg} ${NOTHING_DELETED}`,
  rejected: (n: number, msg: string, what = "laporan") => `BigQuery menolak ${n} baris ${what}: ${msg} ${NOTHING_DELETED}`,
  logMoved: (n: number, sent: number, table: string, before: string) =>
    `${n} baris Log sebelum ${before} dipindahkan ke BigQuery (${table}) dan dihapus dari lembar Log; ${sent} dikirim kali ini.`,
  other: (msg: string) => `BigQuery gagal: ${msg} ${NOTHING_DELETED}`,
  damagedBase: "Data dasar arsip di lembar tersembunyi rusak atau hilang; tidak ada yang dihapus. Jangan ubah lembar tersembunyi itu; kembalikan versinya lewat Riwayat versi Google Sheets.",
  monthlyFailed: "Arsip bulanan gagal (dicoba lagi besok pada pembaruan harian; pembaruan hari ini tetap dijalankan):",
} as const;

/** The hidden sheet holding the archive base (cooperative states and archived results after the last archived row). */
export const ARCHIVE_BASE_SHEET = "_Arsip Dasar";
export const ARCHIVE_TABLE = "laporan";
