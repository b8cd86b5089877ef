// Catalogue: every word of the `Bantuan` sidebar (labels sent to the page, and messages built by the core).
import { FOLLOW_UP_HEADERS } from "./followUp";

/** Labels the sidebar page shows; sent to the page as one JSON object. */
export const SIDEBAR_LABELS = {
  title: "Bantuan Pantau KDKMP",
  heading: "Pantau KDKMP",
  searchTitle: "Cari koperasi",
  searchLabel: "ID, nama, atau desa/kelurahan",
  searchPlaceholder: "mis. K-01, Gerung",
  searchButton: "Cari",
  searchHint: "Ketik minimal 2 huruf.",
  searching: "Mencari…",
  noResults: "Tidak ada koperasi yang cocok.",
  loading: "Memuat…",
  backToResults: "‹ Kembali ke hasil",
  zone: "Zona",
  programStage: "Tahap program",
  blocked: "Terkendala",
  obstacles: "Kendala",
  photo: "Foto",
  photoLink: "Buka foto",
  reasons: "Alasan zona",
  noReasons: "Tidak ada masalah: semua aturan terpenuhi.",
  latestTitle: "Laporan sah terakhir",
  noLatest: "Belum ada laporan sah.",
  land: "Status lahan",
  progress: "Progres fisik",
  stage: "Tahap",
  lastReport: "Tanggal kunjungan",
  daysSince: "Hari sejak laporan",
  target: "Target selesai",
  pilot: "Percontohan",
  location: "Lokasi",
  pendampingTitle: "Pendamping",
  noPendamping: "Belum ada pendamping yang ditugaskan.",
  pendampingUnknown: "tidak ada di lembar Pendamping",
  pendampingInactive: "tidak aktif",
  phone: "HP",
  email: "Email",
  followUpTitle: "Tindak lanjut",
  noFollowUp: "Belum ada tindak lanjut yang dicatat di lembar Tindak Lanjut.",
  overdue: "lewat batas waktu",
  /** The staff columns' headers, in the sheet's order. */
  followUpFields: FOLLOW_UP_HEADERS,
  reportsTitle: "Laporan terakhir",
  noReports: "Belum ada laporan untuk koperasi ini.",
  visit: "Kunjungan",
  submitted: "dikirim",
  settingsTitle: "Periksa pengaturan",
  settingsButton: "Periksa lagi",
  settingsKey: "Kunci",
  settingsValue: "Nilai",
  settingsExpected: "Seharusnya",
  helpTitle: "Bantuan menu",
  failed: "Gagal memuat data",
} as const;

export type SidebarLabels = typeof SIDEBAR_LABELS;

/** Sentences the core builds for the sidebar. */
export const SIDEBAR_TEXT = {
  resultsCount: (shown: number, total: number) =>
    shown < total ? `${shown} dari ${total} koperasi ditampilkan; perjelas pencarian.` : `${total} koperasi ditemukan.`,
  reportsCount: (shown: number, total: number) =>
    shown < total ? `${shown} laporan terbaru dari ${total}.` : `${total} laporan.`,
  reportsNewest: (shown: number, validasi: string) =>
    `${shown > 0 ? `${shown} laporan terbaru` : "Tidak ada laporan di baris-baris terakhir"}; laporan yang lebih lama ada di lembar ${validasi}.`,
  /** The statuses came from the `Status Koperasi` notes, not a count of every report (sidebar and WhatsApp text). */
  keptFigures: (lastFull: string | null) =>
    `Angka dari status tersimpan di lembar Status Koperasi${lastFull ? ` (hitungan lengkap terakhir ${lastFull})` : ""}; ` +
    "perubahan sesudahnya mungkin belum terhitung. Jalankan Perbarui status & ringkasan untuk angka terbaru.",
  notFound: (id: string) => `Koperasi dengan ID "${id}" tidak ada di lembar Koperasi.`,
  daysSince: (days: number) => (days === 0 ? "hari ini" : `${days} hari`),
  progress: (value: string) => `${value}%`,
  settingsOk: "Pengaturan sudah benar.",
  cellUsage: (cells: string, percent: string) =>
    `Ukuran lembar kerja: ${cells} sel dari batas Google 10.000.000 sel (${percent}). Sel kosong di lembar juga dihitung; mendekati batas, arsipkan laporan lama.`,
  settingsProblems: (n: number) => `Ditemukan ${n} masalah di lembar Pengaturan.`,
  settingsMissing: (sheet: string) =>
    `Lembar ${sheet} belum ada; nilai bawaan dipakai. Jalankan Siapkan lembar kerja untuk membuatnya.`,
} as const;
