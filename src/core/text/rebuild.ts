// Catalogue: the summary and `Log` lines of `Perbarui status & ringkasan`, and how the rebuild read the reports.

export const REBUILD_TEXT = {
  summary: (n: number, hijau: number, kuning: number, merah: number, belumPortal: number) =>
    `Status ${n} koperasi diperbarui: ${hijau} hijau, ${kuning} kuning, ${merah} merah${belumPortal > 0 ? `, ${belumPortal} belum portal` : ""}.`,
  /** The state path: only the rows validated since the last rebuild were read. */
  fromState: (rows: number, fullReadInDays: number) =>
    `Dihitung dari status tersimpan: ${rows} baris laporan baru dibaca, laporan lama tidak dibaca ulang `
    + `(semua laporan dibaca ulang paling lambat ${fullReadInDays} hari lagi, atau lewat menu Validasi ulang semua laporan).`,
  /** The state path served the day; the weekly full read starts after it. */
  fromStateReread: (rows: number) =>
    `Dihitung dari status tersimpan: ${rows} baris laporan baru dibaca. Pembacaan ulang mingguan semua laporan dimulai sekarang `
    + "secara bertahap; status & ringkasan disusun lagi setelah selesai.",
  /** The weekly full read that catches hand edits of older response rows. */
  fullReadDue: "Semua laporan dibaca ulang (pemeriksaan mingguan atas laporan lama yang mungkin diubah).",
  /** Every report was validated again (a job in row ranges) and the output sheets follow from it. */
  afterFullRead: (reports: number) => `Semua laporan (${reports}) divalidasi ulang berurutan; status & ringkasan disusun dari hasilnya.`,
  paused: "Status & ringkasan belum diperbarui: semua laporan sedang divalidasi ulang secara bertahap, lalu status & ringkasan disusun.",
  validating: (rows: number) => `Memvalidasi ${rows} baris laporan dan menyusun status & ringkasan…`,
  /** Settings or registry rows no report's outcome depends on changed: applied without reading the reports again. */
  applied: (keys: readonly string[], registry: boolean) =>
    `Perubahan ${[...(keys.length > 0 ? [`pengaturan ${keys.join(", ")}`] : []), ...(registry ? ["data Koperasi/Pendamping"] : [])].join(" dan ")} `
    + "diterapkan dari status tersimpan: zona, warna, dan ringkasan dihitung ulang dengan nilai baru tanpa membaca ulang semua laporan "
    + "(hasil validasi laporan tidak bergantung pada perubahan ini).",
  riwayatAdded: "Riwayat hari ini ditambahkan.",
  riwayatKept: "Riwayat hari ini sudah ada (tidak ditulis ulang).",
  /** A full read whose results digest could not be kept whole (rows deleted meanwhile): it starts over. */
  digestLost: "Hasil validasi bertahap tidak dapat dipakai utuh (ada baris laporan yang dihapus atau koreksi yang tidak dapat dihitung ulang selama pekerjaan berjalan): "
    + "semua laporan divalidasi ulang dari baris pertama mulai pemicu per jam berikutnya (atau jalankan menu ini lagi); status & ringkasan disusun setelah selesai.",
  noForm: "Formulir belum terhubung: belum ada laporan yang dibaca.",
} as const;
