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
    `Batas Waktu "${typed}" bukan tanggal (teks tetap disimpan); ketik tanggal seperti 15/12/2026.`,
  badStatus: (typed: string) =>
    `Status "${typed}" tidak dikenal; ketik Terbuka atau Selesai (sementara dianggap Terbuka).`,
  overdue: (deadline: LocalDay) => `Lewat batas waktu ${formatDay(deadline)} dan masih ${FOLLOW_UP_STATUS.open}.`,
  merged: "Beberapa baris koperasi ini digabung (tanda |); rapikan menjadi satu.",
  noId: "Baris tanpa ID Koperasi; disimpan di bagian di luar daftar.",
  /** A `Log` line naming sheet, row and column of a flagged cell. */
  cellProblem: (sheet: string, row: number, column: string, note: string) => `${sheet} baris ${row}, kolom ${column}: ${note}`,
  /** A `Log` line keeping a finished entry that left the sheet (nothing typed is lost without a trace). */
  closedRemoved: (id: string, cells: string) =>
    `Tindak lanjut ${id} sudah Selesai dan koperasinya tidak lagi di daftar; dihapus dari lembar, isinya: ${cells}`,
  kept: (n: number, outside: number) =>
    `Tindak lanjut: ${n} catatan staf dipertahankan (${outside} di luar daftar).`,
} as const;
