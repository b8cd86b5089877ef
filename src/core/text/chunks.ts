// Messages of runs that work in parts to stay inside Apps Script's 6-minute limit.

/** Messages of a full validation folded in row ranges (pipeline/rangedJob.ts). */
export const RANGE_TEXT = {
  paused: (through: number, last: number) =>
    `Pekerjaan besar: baris 2–${through} dari ${last} sudah divalidasi dalam batas waktu dan kemajuannya disimpan; sisanya dilanjutkan otomatis oleh pemicu per jam berikutnya (atau jalankan menu ini lagi).`,
  resumed: (from: number) => `Melanjutkan pekerjaan yang terhenti mulai baris ${from} (baris sebelumnya tidak dibaca ulang).`,
  restarted: "Pengaturan, Koperasi, Pendamping atau pertanyaan formulir berubah sejak pekerjaan yang terhenti dimulai: validasi dimulai lagi dari baris pertama.",
  waiting: (row: number) =>
    `Baris ${row} menunggu pekerjaan validasi yang sedang berjalan: baris ini ikut divalidasi berurutan saat pekerjaan itu selesai (tidak ada validasi ulang semua laporan sekarang).`,
} as const;

/** The job's hidden sheet: its progress between executions (never edit it). */
export const JOB_SHEET = "_Kemajuan Pekerjaan";
