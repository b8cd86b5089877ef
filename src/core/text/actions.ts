// Catalogue: what actions say when they finish (alerts, toasts, Log rows).

export const LOG_RESULT = { ok: "Berhasil", failed: "Gagal", skipped: "Dilewati", warning: "Peringatan" } as const;

export const ACTION_NAMES = {
  setup: "Siapkan lembar kerja",
  form: "Buat / perbarui formulir",
  validateNew: "Validasi laporan baru",
  validateAll: "Validasi ulang semua laporan",
  rebuild: "Perbarui status & ringkasan",
  installTriggers: "Pasang pemicu otomatis",
  removeTriggers: "Hapus pemicu otomatis",
  whatsapp: "Salin ringkasan untuk WhatsApp",
  help: "Bantuan",
  archive: "Arsipkan laporan lama",
  submitTrigger: "Pemicu kirim formulir",
  hourlyTrigger: "Pemicu per jam",
} as const;

export type ActionId = keyof typeof ACTION_NAMES;

export const TEXT = {
  done: "Selesai",
  failedTitle: "Pantau KDKMP: gagal",
  working: (what: string) => `Sedang memproses: ${what}…`,
  setupCreated: (names: string[]) => `Lembar dibuat: ${names.join(", ")}.`,
  setupExisting: (names: string[]) => `Sudah ada dan tidak diubah: ${names.join(", ")}.`,
  setupNothing: "Semua lembar sudah ada; tidak ada yang diubah.",
  settingsDescribed: "Keterangan yang kosong di lembar Pengaturan dilengkapi.",
  settingsCompleted: (keys: string[]) =>
    `Pengaturan dilengkapi dengan nilai bawaan dan keterangan untuk ${keys.length} kunci yang belum ada: ${keys.join(", ")}.`,
  unknownSettings: (keys: string[]) =>
    `Kunci pengaturan tidak dikenal (diabaikan): ${keys.join(", ")}. Periksa ejaannya di lembar Pengaturan.`,
  nextStepsAfterSetup:
    "Langkah berikutnya: isi lembar Koperasi dan Pendamping, lalu jalankan Buat / perbarui formulir.",
  /** The registry is filled but no form exists yet. */
  nextStepForm: "Langkah berikutnya: jalankan Buat / perbarui formulir.",
  leftUndone: "Tidak ada lembar yang diubah; versi sebelumnya tetap utuh.",
  interrupted:
    "Proses terhenti sebelum selesai. Tidak ada laporan yang hilang: pemicu per jam (atau menjalankan menu ini lagi) akan memvalidasi ulang semuanya.",
  nothingLeft: "Tidak ada laporan yang tertinggal.",
  /** Appended to the catch-up's summary when every row is validated again because the basis changed. */
  catchUpBasisChanged: " (Pengaturan, Koperasi atau Pendamping berubah: semua laporan divalidasi ulang)",
  lockBusySubmit: (row: number) => `Baris ${row} ditunda: proses lain sedang berjalan; akan divalidasi oleh pemicu per jam.`,
} as const;

export const RESPONSE_SHEET_NOTE = (sheet: string): string =>
  `Jawaban formulir dibaca dari lembar "${sheet}", dikenali dari judul kolomnya (lembar itu tidak terhubung ke formulir). Tulis namanya pada kunci LEMBAR_LAPORAN di Pengaturan, atau jalankan Buat / perbarui formulir.`;

export const FORM_FOLLOWED_REGISTRY =
  "Formulir diperbarui mengikuti lembar Koperasi dan Pendamping (pilihan koperasi, pendamping, dan halaman kabupaten/kota).";
export const FORM_NOT_FOLLOWED =
  "Formulir belum dapat diperbarui otomatis; jalankan Pantau KDKMP › Buat / perbarui formulir.";
