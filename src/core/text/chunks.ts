// Messages of runs that work in parts to stay inside Apps Script's 6-minute limit.

export const CHUNK_TEXT = {
  paused: (done: number, total: number) =>
    `Pekerjaan besar: ${done} dari ${total} tahap selesai dalam batas waktu; sisanya dilanjutkan otomatis oleh pemicu per jam berikutnya (atau jalankan menu ini lagi).`,
  resumed: (from: number, total: number) => `Melanjutkan pekerjaan yang terhenti (mulai tahap ${from + 1} dari ${total}).`,
} as const;
