// Catalogue: the national roll-up workbook (menu, sheets, headers, statuses, Log lines). Exact strings.
import { HEADERS } from "./sheets";

export const NATIONAL_MENU_TITLE = "Pantau KDKMP Nasional";

export const NATIONAL_MENU_ITEMS = [
  { caption: "Siapkan lembar kerja", handler: "menuSiapkanLembarKerjaNasional" },
  { caption: "Perbarui rekap nasional", handler: "menuPerbaruiRekapNasional" },
  { caption: "Pasang pemicu otomatis", handler: "menuPasangPemicuNasional" },
  { caption: "Hapus pemicu otomatis", handler: "menuHapusPemicuNasional" },
] as const;

export const NATIONAL_ACTIONS = {
  setup: "Siapkan lembar kerja",
  rollup: "Perbarui rekap nasional",
  installTriggers: "Pasang pemicu otomatis",
  removeTriggers: "Hapus pemicu otomatis",
  dailyTrigger: "Pemicu harian",
} as const;
export type NationalActionId = keyof typeof NATIONAL_ACTIONS;

export const NATIONAL_SHEETS = {
  provinsi: "Provinsi",
  rekap: "Rekap Nasional",
  tren: "Tren Nasional",
  pengaturan: "Pengaturan",
  log: "Log",
} as const;

/** The province workbook's sheets the roll-up reads (the province add-on's default names). */
export const PROVINCE_SHEETS = { ringkasan: "Ringkasan", riwayat: "Riwayat" } as const;

export const NATIONAL_HEADERS = {
  provinsi: ["Provinsi", "ID Spreadsheet", "Status"],
  rekap: [
    "Provinsi", "Kabupaten/Kota", "Jumlah Koperasi", "Masuk Portal", "Mulai Dibangun", "Selesai", "Beroperasi",
    "Terkendala", "Hijau", "Kuning", "Merah", "Rata-rata Progres (%)",
  ],
  tren: ["Tanggal", "Provinsi", "Hijau", "Kuning", "Merah"],
  pengaturan: HEADERS.pengaturan,
  log: HEADERS.log,
} as const;

export const NATIONAL_TOTAL = "TOTAL";
export const NATIONAL_COUNTRY = "INDONESIA";

/** What the `Status` column of `Provinsi` and the `Log` say about one province. */
export const PROVINCE_STATUS = {
  ok: (at: string, regencies: number, day: string | null) =>
    `OK ${at}: ${regencies} kabupaten/kota${day ? `; Riwayat terakhir ${day}` : "; Riwayat belum berisi"}.`,
  missingColumns: (columns: string[]) =>
    ` Kolom tidak ada di Ringkasan provinsi (dibiarkan kosong): ${columns.join(", ")}.`,
  unreadable: (cells: string[]) => ` Sel tidak terbaca sebagai angka (dibiarkan kosong): ${cells.join(", ")}.`,
  failed: (at: string, reason: string) => `GAGAL ${at}: ${reason}`,
} as const;

export const PROVINCE_PROBLEM = {
  noName: "kolom Provinsi kosong; isi nama provinsi.",
  noId: "ID Spreadsheet kosong; tempel URL lembar kerja Pantau KDKMP provinsi atau ID-nya (bagian URL di antara /d/ dan /edit).",
  badId: (text: string) =>
    `ID Spreadsheet "${text}" tidak terbaca; tempel URL lembar kerja provinsi atau ID-nya (bagian URL di antara /d/ dan /edit).`,
  duplicate: (row: number) => `ID Spreadsheet sama dengan baris ${row}; baris ini dilewati. Hapus salah satunya.`,
  notFound: "lembar kerja tidak ditemukan; periksa ID Spreadsheet (mungkin salah ketik atau file sudah dihapus).",
  noAccess: (user: string) =>
    `lembar kerja belum dibagikan ke akun ${user || "yang menjalankan rekap"}; minta Dinas provinsi membagikannya (akses Pelihat cukup).`,
  openFailed: (message: string) => `lembar kerja tidak dapat dibuka (${message}); akan dicoba lagi pada pembaruan berikutnya.`,
  sheetMissing: (sheet: string) =>
    `lembar "${sheet}" tidak ada di lembar kerja provinsi; minta Dinas provinsi menjalankan Pantau KDKMP › Perbarui status & ringkasan.`,
  columnsMissing: (sheet: string, columns: string[]) =>
    `lembar "${sheet}" provinsi tidak punya kolom ${columns.join(", ")} di baris judul (baris 1).`,
  noRows: (sheet: string) => `lembar "${sheet}" provinsi belum berisi baris kabupaten/kota.`,
} as const;

export const NATIONAL_TEXT = {
  rollupSummary: (ok: number, all: number) => `${ok} dari ${all} provinsi terbaca.`,
  rollupWritten: (rows: number, trendRows: number) =>
    `Rekap Nasional: ${rows} baris. Tren Nasional: ${trendRows} baris baru.`,
  provinceLine: (name: string, row: number, text: string) => `${name || "(tanpa nama)"} (baris ${row}): ${text}`,
  totalWithout: (names: string[]) => `TOTAL nasional tanpa provinsi yang gagal dibaca: ${names.join(", ")}.`,
  totalBlank: (columns: string[]) =>
    `TOTAL nasional dikosongkan untuk kolom yang tidak dimiliki semua provinsi: ${columns.join(", ")}.`,
  setupNext: "Langkah berikutnya: isi lembar Provinsi (nama dan ID Spreadsheet tiap provinsi), lalu jalankan Perbarui rekap nasional.",
  triggersInstalled: (hour: number) => `Pemicu harian terpasang: rekap nasional diperbarui setiap hari sekitar pukul ${hour}.00.`,
  triggersRemoved: (n: number) => (n > 0 ? `${n} pemicu otomatis dihapus.` : "Tidak ada pemicu otomatis yang terpasang."),
} as const;

/** The national `Pengaturan` keys: Keterangan, what each expects, and the message for a bad value (as in a province). */
export const NATIONAL_SETTING_TEXTS = {
  ZONA_WAKTU: {
    description: "Zona waktu untuk tanggal dan jam rekap, dengan nama IANA: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT). Boleh juga ditulis WIB, WITA, atau WIT.",
    expected: "nama zona waktu seperti Asia/Jakarta (atau WIB, WITA, WIT)",
  },
  JAM_PERBARUI: {
    description: "Jam (waktu setempat) saat pemicu harian memperbarui Rekap Nasional dan Tren Nasional, setelah provinsi memperbarui Ringkasan-nya (bawaan provinsi: pukul 06.00 waktu setempat). Bilangan bulat 0 sampai 23.",
    expected: "jam bilangan bulat 0 sampai 23, misalnya 8",
  },
  badValue: (key: string, value: string, expected: string) => `Pengaturan ${key} bernilai "${value}", padahal harus ${expected}.`,
} as const;
