// Catalogue: the pendamping's Google Form (SPEC section 2). Question titles are exact.

export const FORM_TITLE = "Laporan Harian Pendamping KDKMP";

export const QUESTIONS = {
  pendamping: "ID Pendamping",
  regency: "Kabupaten/Kota",
  /** One dropdown per kabupaten/kota page: `Koperasi (<Kabupaten/Kota>)`. */
  koperasiPrefix: "Koperasi (",
  visitDate: "Tanggal Kunjungan",
  landStatus: "Status Lahan",
  landArea: "Luas Lahan (m²)",
  progress: "Progres Fisik (%)",
  stage: "Tahap Pembangunan",
  obstacles: "Kendala",
  obstacleKinds: "Jenis Kendala",
  source: "Sumber Data",
  outlet: "Gerai Beroperasi",
  photo: "Tautan Foto",
  coordinates: "Koordinat",
} as const;

export function koperasiQuestionTitle(regency: string): string {
  return `Koperasi (${regency})`;
}

/** Dropdown choice shown for a pendamping: `ID — Nama`. */
export function pendampingChoice(id: string, name: string): string {
  return `${id} — ${name}`;
}

/** Dropdown choice shown for a cooperative: `ID — Nama Koperasi (Desa)`. */
export function koperasiChoice(id: string, name: string, village: string): string {
  return village ? `${id} — ${name} (${village})` : `${id} — ${name}`;
}

/** The id part of a `ID — ...` choice (also accepts a bare id typed by hand). */
export function idFromChoice(text: string): string {
  const t = text.trim();
  const i = t.indexOf(" — ");
  return (i >= 0 ? t.slice(0, i) : t).trim();
}

// --- What the pendamping reads on the form: description, pages, help under each question and the
// messages shown when an answer does not pass the form's own check. Plain words, short lines. ---

/** Form description (shown at the top of page 1). */
export function formDescription(provinceName: string): string {
  const agency = provinceName ? `Dinas Koperasi dan UKM Provinsi ${provinceName}` : "Dinas Koperasi dan UKM";
  return [
    `Laporan harian pembangunan Koperasi Desa/Kelurahan Merah Putih untuk ${agency}.`,
    "Isi satu formulir untuk setiap koperasi yang Anda kunjungi hari ini.",
    "Pertanyaan bertanda * wajib diisi.",
    "Salah isi? Kirim formulir baru untuk koperasi dan tanggal kunjungan yang sama: laporan terakhir yang dipakai.",
  ].join("\n");
}

export const FORM_CONFIRMATION =
  "Terima kasih, laporan Anda sudah terkirim. Laporan akan diperiksa otomatis; jika ada yang perlu " +
  "diperbaiki, admin Dinas akan menghubungi Anda. Untuk koperasi lain, isi formulir baru.";

/** Page titles and the line under each page title. */
export const FORM_PAGES = {
  regencyTitle: (regency: string) => `Koperasi di ${regency}`,
  regencyHelp: "Pilih koperasi yang Anda kunjungi.",
  detailsTitle: "Hasil Kunjungan",
  detailsHelp: "Isi keadaan lahan dan pembangunan yang Anda lihat di lokasi hari ini.",
} as const;

/** Help text under each question: what to fill in, with an example. */
export const QUESTION_HELP = {
  pendamping: "Pilih ID dan nama Anda. Jika nama Anda tidak ada di daftar, hubungi admin Dinas.",
  regency: "Pilih kabupaten/kota tempat koperasi yang Anda kunjungi. Setelah itu muncul daftar koperasinya.",
  koperasi: (regency: string) =>
    `Pilih koperasi di ${regency} yang Anda kunjungi (ID — nama koperasi (desa)). ` +
    "Jika koperasinya tidak ada di daftar, hubungi admin Dinas.",
  visitDate: (maxAgeDays: number) =>
    "Tanggal Anda datang ke lokasi, bukan tanggal mengirim. Contoh: 21/11/2026. " +
    `Kunjungan lebih dari ${maxAgeDays} hari yang lalu tidak dihitung.`,
  landStatus:
    "Pilih keadaan lahan saat ini. Siap bangun artinya lahan jelas pemiliknya, sudah bersih, dan boleh langsung dibangun.",
  landArea: "Luas lahan dalam meter persegi. Tulis angka saja, tanpa titik ribuan. Contoh: 1200. Kosongkan jika belum tahu.",
  progress: "Kemajuan pembangunan fisik, 0 sampai 100. Tulis angka saja tanpa tanda %. Contoh: 35. Tulis 0 jika belum mulai.",
  stage: "Pilih tahap pekerjaan yang sedang berjalan di lokasi hari ini.",
  obstacles: "Tulis hambatan di lapangan, jika ada. Contoh: semen terlambat datang, hujan deras. Kosongkan jika tidak ada.",
  obstacleKinds: "Centang semua kendala yang ada hari ini. Pilih Tidak ada jika pembangunan berjalan tanpa hambatan.",
  source:
    "Dari mana Anda tahu keadaan hari ini: datang ke lokasi, telepon/WhatsApp, atau foto/laporan dari pengurus koperasi.",
  outlet: "Apakah gerai koperasi sudah buka dan melayani warga? Kosongkan jika belum tahu.",
  photo: "Tempel tautan (link) foto lokasi hari ini, misalnya dari Google Drive. Kosongkan jika tidak ada.",
  coordinates:
    "Titik lokasi: lintang, bujur. Di Google Maps, tekan lama titik lokasi lalu salin angkanya. " +
    "Contoh: -8.58, 116.1. Kosongkan jika tidak bisa.",
} as const;

/** Shown by the form when an answer does not pass its check: says what to type. */
export const FORM_VALIDATION_MESSAGES = {
  landArea: "Tulis luas dengan angka lebih dari 0, tanpa satuan. Contoh: 1200",
  progress: "Tulis angka 0 sampai 100, tanpa tanda %. Contoh: 35",
  coordinates: "Tulis dua angka dipisah koma: lintang, bujur. Contoh: -8.58, 116.1",
} as const;

/**
 * Added to the title of an old question whose type had to change before it is removed, so its
 * response column (which Forms keeps) is not confused with the new question's column.
 */
export const RETIRED_QUESTION_SUFFIX = " (lama)";
