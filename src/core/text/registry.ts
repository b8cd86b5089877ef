// Catalogue: words read in the agency's registry sheets and the messages about those sheets.

/** Accepted for `Ya` (compared trimmed, lower-cased). */
export const YES_WORDS = ["ya", "y", "yes", "true", "1", "iya", "benar", "aktif"] as const;
/** Accepted for `Tidak`. */
export const NO_WORDS = [
  "tidak", "t", "tdk", "no", "n", "false", "0", "bukan", "salah", "nonaktif", "non-aktif", "non aktif",
  "tidak aktif",
] as const;

/** Pendamping kinds as written in the `Jenis` column. */
export const PENDAMPING_KINDS = ["Koperasi", "UKM", "KUR"] as const;

type Params = Record<string, string | number>;

function where(p: Params): string {
  return p.row ? `Lembar ${p.sheet} baris ${p.row}` : `Lembar ${p.sheet}`;
}

export const REGISTRY_MESSAGES = {
  MISSING_COLUMN: (p: Params) =>
    `${where(p)}: kolom "${p.column}" tidak ditemukan di baris judul (baris 1); tambahkan kolom itu agar data bisa dibaca.`,
  DUPLICATE_ID: (p: Params) =>
    `${where(p)}: ${p.column} "${p.id}" sudah dipakai di baris ${p.firstRow}${p.firstId && p.firstId !== p.id ? ` (sebagai "${p.firstId}")` : ""}; setiap ${p.what} harus punya ID sendiri. Baris ini diabaikan sampai ID-nya diganti.`,
  BLANK_REQUIRED: (p: Params) =>
    `${where(p)}: kolom "${p.column}" kosong; isi kolom itu. Baris ini diabaikan sampai diisi.`,
  BAD_YES_NO: (p: Params) =>
    `${where(p)}: kolom "${p.column}" berisi "${p.value}"; isi dengan Ya atau Tidak. Untuk sementara dibaca sebagai ${p.assumed}.`,
  BAD_NUMBER: (p: Params) =>
    `${where(p)}: kolom "${p.column}" berisi "${p.value}", bukan angka ${p.range}; perbaiki angkanya (pakai koma atau titik untuk desimal). Untuk sementara dianggap kosong.`,
  BAD_DATE: (p: Params) =>
    `${where(p)}: kolom "${p.column}" berisi "${p.value}", bukan tanggal; tulis tanggal dengan format dd/MM/yyyy, misalnya 31/12/2026. Untuk sementara dianggap kosong.`,
  ACTIVE_WITH_DATE: (p: Params) =>
    `${where(p)}: kolom "${p.column}" Ya, tetapi "${p.dateColumn}" terisi; dianggap tidak aktif sejak tanggal itu. Kosongkan tanggalnya atau ubah "${p.column}" menjadi Tidak.`,
  NEAR_HEADER: (p: Params) =>
    `Lembar ${p.sheet} kolom ${p.letter}: judul "${p.header}" mirip "${p.column}" tetapi tidak dikenali, jadi kolom ini diabaikan; ganti judulnya menjadi "${p.column}" bila isinya sama.`,
  SPELLING: (p: Params) =>
    `${where(p)}: kolom "${p.column}" berisi "${p.value}", ejaan lain dari "${p.first}" (${p.firstWhere}); dihitung sama. Samakan penulisannya.`,
  UNKNOWN_PENDAMPING: (p: Params) =>
    `${where(p)}: kolom "${p.column}" berisi "${p.id}" (${p.rows}), yang tidak ada di lembar ${p.pendampingSheet}; tambahkan pendamping itu atau perbaiki ID-nya.`,
  BAD_KIND: (p: Params) =>
    `${where(p)}: kolom "${p.column}" berisi "${p.value}"; isi dengan Koperasi, UKM, atau KUR. Untuk sementara dianggap kosong.`,
} as const;

/** Sheet rows for a message: "baris 3, 5, 9" (the first ten, then how many more). */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(", ");
  return rows.length > 10 ? `baris ${shown} dan ${rows.length - 10} baris lain` : `baris ${shown}`;
}

export const WHAT_KOPERASI = "koperasi";
export const WHAT_PENDAMPING = "pendamping";
export const ASSUMED_YES = "Ya";
export const ASSUMED_NO = "Tidak";
export const RANGE_LATITUDE = "lintang -90 sampai 90";
export const RANGE_LONGITUDE = "bujur -180 sampai 180";
