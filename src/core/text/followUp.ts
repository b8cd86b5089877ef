// Catalogue: the staff columns of `Tindak Lanjut`, their section title, notes on unreadable cells, and Log lines.
import { formatDay } from "../time/localDay";
import type { LocalDay } from "../model";

/** The five columns staff type in, right of the add-on's columns on each cooperative's row. */
export const FOLLOW_UP_HEADERS = ["Penanggung Jawab", "Rencana Tindakan", "Batas Waktu", "Status Tindak Lanjut", "Catatan"] as const;

export const FOLLOW_UP_STATUS = { open: "Terbuka", done: "Selesai" } as const;

export const FOLLOW_UP_TITLES = {
  outside: "Tindak lanjut terbuka di luar daftar",
  noOutside: "Tidak ada tindak lanjut terbuka untuk koperasi di luar daftar.",
} as const;

export const FOLLOW_UP_TEXT = {
  badDeadline: (typed: string) =>
    `Batas Waktu "${typed}" bukan tanggal, jadi tidak bisa diperiksa lewat atau belum; teks ini tetap disimpan. Ketik tanggal seperti 15/12/2026.`,
  badStatus: (typed: string) =>
    `Status Tindak Lanjut "${typed}" tidak dikenal; ketik ${FOLLOW_UP_STATUS.open} atau ${FOLLOW_UP_STATUS.done}. Sampai diperbaiki, tindak lanjut ini dianggap ${FOLLOW_UP_STATUS.open}.`,
  overdue: (deadline: LocalDay) => `Lewat batas waktu ${formatDay(deadline)} dan masih ${FOLLOW_UP_STATUS.open}.`,
  merged: "Koperasi ini punya lebih dari satu baris tindak lanjut; isinya digabung dengan tanda |. Rapikan menjadi satu.",
  noId: "Baris ini tidak punya ID Koperasi; tindak lanjutnya disimpan di bagian tindak lanjut di luar daftar.",
  /** A `Log` line naming sheet, row and column of a flagged cell. */
  cellProblem: (sheet: string, row: number, column: string, note: string) => `${sheet} baris ${row}, kolom ${column}: ${note}`,
  /** A `Log` line keeping a finished entry that left the sheet (nothing typed is lost without a trace). */
  closedRemoved: (id: string, cells: string) =>
    `Tindak lanjut ${id} sudah ${FOLLOW_UP_STATUS.done} dan koperasinya tidak lagi di daftar; dihapus dari lembar, isinya: ${cells}`,
  kept: (n: number, outside: number) =>
    `Tindak lanjut: ${n} catatan staf dipertahankan (${outside} di luar daftar).`,
  /** The WhatsApp line. */
  whatsapp: (open: number, overdue: number) =>
    `Tindak lanjut terbuka: ${open}, lewat batas waktu: ${overdue}`,
} as const;
