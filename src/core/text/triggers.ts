// Catalogue: messages of `Pasang pemicu otomatis` / `Hapus pemicu otomatis`, including another admin's triggers.

export const TRIGGER_TEXT = {
  duplicateRemoved: "Pemicu ganda dihapus.",
  alreadyInstalled: "Pemicu otomatis sudah terpasang; tidak ada yang ditambahkan.",
  installed: "Pemicu otomatis terpasang: validasi setiap kiriman formulir dan pembaruan setiap jam.",
  removed: (n: number) => `${n} pemicu otomatis dihapus.`,
  noneInstalled: "Tidak ada pemicu otomatis yang terpasang.",
  noLongerAutomatic: "Laporan baru tidak lagi divalidasi otomatis sampai pemicu dipasang kembali.",
  installedBy: (owner: string, when: string) => `Pemicu otomatis lembar kerja ini dipasang oleh ${owner} pada ${when}.`,
  confirmTitle: "Pemicu otomatis sudah dipasang admin lain",
  confirmOther: (owner: string, when: string) =>
    `Pemicu otomatis lembar kerja ini dipasang oleh ${owner} pada ${when} dan berjalan atas nama akun tersebut ` +
    "(pemicu akun lain tidak terlihat dari akun Anda).\n\n" +
    `Pasang juga atas nama Anda? Pilih Ya hanya bila ${owner} tidak lagi dapat memakai akunnya; ` +
    "bila tidak, laporan diproses dua kali (hasilnya tetap sama).",
  keptOther: (owner: string) => `Tidak ada yang ditambahkan: pemicu ${owner} tetap bekerja untuk lembar kerja ini.`,
  takenOver: (owner: string) =>
    `Pemicu atas nama Anda terpasang. Minta ${owner} membuka menu Hapus pemicu otomatis agar pemicunya tidak ikut berjalan.`,
  hourlyWithoutWorkbook:
    "Pemicu per jam berjalan tanpa lembar kerja aktif; tidak ada yang dikerjakan. Laporan yang terlewat divalidasi pada kiriman formulir berikutnya.",
  otherStays: (owner: string) =>
    `Pemicu yang dipasang oleh ${owner} tetap berjalan: pemicu berjalan atas nama akun pemasangnya dan hanya ` +
    `${owner} yang dapat menghapusnya (buka menu ini dengan akun ${owner}).`,
} as const;
