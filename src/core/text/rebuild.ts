// Catalogue: `Log` lines of `Perbarui status & ringkasan` about how the rebuild read the reports.

export const REBUILD_TEXT = {
  /** The state path: only the rows validated since the last rebuild were read. */
  fromState: (rows: number, fullReadInDays: number) =>
    `Dihitung dari status tersimpan: ${rows} baris laporan baru dibaca, laporan lama tidak dibaca ulang `
    + `(semua laporan dibaca ulang paling lambat ${fullReadInDays} hari lagi, atau lewat menu Validasi ulang semua laporan).`,
  /** The weekly full read that catches hand edits of older response rows. */
  fullReadDue: "Semua laporan dibaca ulang (pemeriksaan mingguan atas laporan lama yang mungkin diubah).",
} as const;
