// Catalogue: names used when reading the form's response sheet (question labels for problems).

/** How the first column (the submission time) is named in problems, whatever its header says. */
export const TIMESTAMP_QUESTION = "Stempel waktu";

/** Placeholder regency for the `Koperasi (...)` question when the row names none. */
export const ANY_REGENCY = "Kabupaten/Kota";

/** Extra spellings accepted for answers (besides the exact labels in text/sheets.ts). */
export const LAND_ALIASES = {
  BELUM_ADA: ["Tidak ada lahan"],
  SIAP: ["Clear and clean"],
  BERMASALAH: ["Sengketa", "Tidak layak"],
} as const;

/** Names Google Forms gives a response sheet (English and Indonesian accounts): "Form Responses 1", "Jawaban Formulir 1". */
export const FORM_SHEET_NAMES = /^(form responses|form_responses|jawaban formulir|tanggapan formulir|respons formulir)\b/i;
