// Catalogue: what the `Log` says when a rewrite of an output sheet met cells or columns staff typed.

const cellList = (cells: readonly string[]): string =>
  cells.length <= 5 ? cells.join(", ") : `${cells.slice(0, 5).join(", ")} dan ${cells.length - 5} sel lain`;

export const KEEP_TEXT = {
  /** Staff cells whose place a table of the add-on now needs. */
  moved: (sheet: string, moves: readonly string[]) =>
    `Lembar ${sheet}: isian Anda di ${cellList(moves)} dipindahkan ke bawah karena tempatnya kini dipakai tabel add-on; tidak ada yang dihapus.`,
  /** Cells kept when the add-on lost its record of what it wrote (e.g. a workbook opened from a file). */
  unsure: (sheet: string, cells: readonly string[]) =>
    `Lembar ${sheet}: isi di luar tabel add-on dibiarkan (${cellList(cells)}). Bila itu sisa tabel lama, bukan catatan Anda, hapus saja.`,
  /** Staff rows beside a table whose ID left it (the others follow their ID into the new order). */
  gone: (sheet: string, rows: readonly string[]) =>
    `Lembar ${sheet}: isian Anda di samping baris yang tidak ada lagi di tabel dipindahkan ke bawah, tidak dihapus: ${cellList(rows)}.`,
  /** Columns beyond the add-on's own that hold something: kept (never deleted). */
  columns: (sheet: string, range: string) =>
    `Lembar ${sheet}: kolom ${range} berisi catatan Anda dan dibiarkan (bukan kolom add-on).`,
} as const;
