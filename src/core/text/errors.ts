// Catalogue: messages for errors that stop an action, keyed by code. Each says what to fix.

export type ErrorCode =
  | "SHEET_MISSING"
  | "NATIONAL_NOT_SET_UP"
  | "COLUMNS_MISSING"
  | "SETTINGS_INVALID"
  | "REGISTRY_EMPTY"
  | "NO_FORM"
  | "FORM_NO_CHOICES"
  | "NO_RESPONSE_SHEET"
  | "RESPONSE_QUESTIONS_MISSING"
  | "RESPONSE_SHEET_UNMATCHED"
  | "RESPONSE_SHEET_AMBIGUOUS"
  | "NOT_ADMIN"
  | "OUTPUT_PROTECTED"
  | "BUSY"
  | "SERVICE"
  | "ARCHIVE"
  | "NOT_COUNTED";

type Params = Record<string, string | number>;

const MESSAGES: Record<ErrorCode, (p: Params) => string> = {
  NATIONAL_NOT_SET_UP: (p) =>
    `Lembar "${p.sheet}" tidak ditemukan. Jalankan menu Pantau KDKMP Nasional › Siapkan lembar kerja, lalu isi satu baris per provinsi.`,
  SHEET_MISSING: (p) =>
    `Lembar "${p.sheet}" tidak ditemukan. Jalankan menu Pantau KDKMP › Siapkan lembar kerja, atau periksa nama lembar di Pengaturan.`,
  COLUMNS_MISSING: (p) =>
    `Lembar "${p.sheet}" tidak punya kolom wajib: ${p.columns}. Tambahkan kolom itu di baris judul (baris 1), lalu ulangi.`,
  SETTINGS_INVALID: () => `Pengaturan belum benar. Perbaiki nilai berikut di lembar Pengaturan, lalu ulangi:`,
  REGISTRY_EMPTY: (p) =>
    `Lembar "${p.sheet}" masih kosong. Isi data ${p.what} (satu baris per ${p.what}) di bawah baris judul, lalu ulangi.`,
  NOT_COUNTED: () =>
    `Status koperasi belum dihitung. Jalankan menu Pantau KDKMP › Perbarui status & ringkasan terlebih dahulu, lalu ulangi.`,
  NO_FORM: () =>
    `Formulir laporan belum dibuat. Jalankan menu Pantau KDKMP › Buat / perbarui formulir terlebih dahulu.`,
  FORM_NO_CHOICES: (p) =>
    `Formulir tidak dapat disusun karena pertanyaan berikut tidak punya pilihan: ${p.questions}. Pastikan ada pendamping dengan Aktif = Ya dan koperasi di lembar Koperasi, lalu ulangi.`,
  NO_RESPONSE_SHEET: () =>
    `Lembar jawaban formulir tidak ditemukan. Jalankan menu Pantau KDKMP › Buat / perbarui formulir agar formulir terhubung kembali ke lembar kerja ini.`,
  RESPONSE_QUESTIONS_MISSING: (p) =>
    `Lembar jawaban tidak punya kolom pertanyaan wajib: ${p.questions}. Jalankan Buat / perbarui formulir untuk memulihkan pertanyaan.`,
  RESPONSE_SHEET_UNMATCHED: (p) =>
    `Lembar "${p.sheet}" tampak seperti lembar jawaban formulir, tetapi tidak terhubung ke formulir dan judul kolomnya tidak memuat pertanyaan: ${p.questions}. Tulis nama lembar jawaban pada kunci LEMBAR_LAPORAN di Pengaturan (judulnya harus memuat pertanyaan formulir), atau jalankan Buat / perbarui formulir.`,
  RESPONSE_SHEET_AMBIGUOUS: (p) =>
    `Beberapa lembar berisi jawaban formulir yang tidak terhubung: ${p.sheets}. Tulis nama lembar yang dipakai pada kunci LEMBAR_LAPORAN di Pengaturan, lalu ulangi.`,
  NOT_ADMIN: (p) =>
    `Akun ${p.user || "ini"} tidak ada dalam daftar ADMIN di Pengaturan, jadi tidak boleh mengubah pengaturan, formulir, atau pemicu. Minta admin menambahkan email Anda.`,
  OUTPUT_PROTECTED: (p) =>
    `Akun ${p.user || "ini"} tidak boleh menulis lembar hasil yang dilindungi; tidak ada yang diubah. Hanya ADMIN `
    + `di Pengaturan (${p.admins}) yang boleh; minta admin menambahkan email Anda lalu menjalankan Siapkan lembar kerja.`,
  BUSY: () => `Proses lain sedang berjalan. Tunggu satu menit lalu ulangi.`,
  ARCHIVE: (p) => String(p.message),
  SERVICE: (p) =>
    `Layanan Google sedang sibuk atau bermasalah (${p.message}). Tidak ada data yang hilang; ulangi beberapa menit lagi.`,
};

export function errorMessage(code: ErrorCode, params: Params = {}): string {
  return MESSAGES[code](params);
}
