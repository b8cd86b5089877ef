// Catalogue: the `Pengaturan` sheet: what each key means (Keterangan), what it expects, and messages.

export interface SettingText {
  /** Written in the Keterangan column: what the key means and the format expected. */
  description: string;
  /** Completes "padahal harus ...": the expected value, in plain words. */
  expected: string;
}

const sheetText = (sheet: string): SettingText => ({
  description: `Nama lembar "${sheet}" di buku kerja ini. Ubah hanya jika lembar itu diberi nama lain; nama harus berbeda dari lembar lain.`,
  expected: "nama lembar (teks, paling banyak 100 karakter) yang berbeda dari nama lembar lain",
});

const INT_DAYS = "bilangan bulat 1 sampai 365";

export const SETTING_TEXTS = {
  ZONA_WAKTU: {
    description: "Zona waktu untuk menghitung hari dan jam, dengan nama IANA. NTB dan NTT memakai WITA: Asia/Makassar (WIB: Asia/Jakarta, WIT: Asia/Jayapura). Boleh juga ditulis WIB, WITA, atau WIT.",
    expected: "nama zona waktu seperti Asia/Makassar (atau WIB, WITA, WIT)",
  },
  NAMA_PROVINSI: {
    description: "Nama provinsi yang ditampilkan di ringkasan, misalnya Nusa Tenggara Barat.",
    expected: "nama provinsi (teks, paling banyak 100 karakter)",
  },
  TANGGAL_MULAI_PROGRAM: {
    description: "Tanggal mulai program, format dd/MM/yyyy. Laporan dengan tanggal kunjungan sebelum tanggal ini ditolak, dan rencana progres dihitung 0% pada tanggal ini.",
    expected: "tanggal dengan format dd/MM/yyyy, misalnya 01/10/2025",
  },
  MAKS_UMUR_LAPORAN_HARI: {
    description: "Umur laporan paling lama, dalam hari: laporan yang tanggal kunjungannya lebih dari sekian hari sebelum waktu kirim ditolak. Bilangan bulat 1 sampai 60.",
    expected: "bilangan bulat 1 sampai 60",
  },
  LONJAKAN_PROGRES_MAKS: {
    description: "Kenaikan progres fisik paling besar (poin persen) dibanding laporan sah sebelumnya untuk koperasi yang sama; kenaikan lebih besar diberi peringatan. Angka 1 sampai 100.",
    expected: "angka 1 sampai 100",
  },
  LUAS_LAHAN_MIN_M2: {
    description: "Luas lahan paling kecil yang wajar, dalam m²; laporan dengan luas lebih kecil diberi peringatan. Angka 0 sampai 1.000.000, misalnya 1000.",
    expected: "angka 0 sampai 1.000.000 (m²), misalnya 1000",
  },
  JARAK_KOORDINAT_MAKS_KM: {
    description: "Jarak paling jauh (km) antara koordinat laporan dan lokasi koperasi di lembar Koperasi; lebih jauh diberi peringatan. Angka lebih dari 0 sampai 1000; desimal boleh pakai koma, misalnya 2,5.",
    expected: "angka lebih dari 0 sampai 1000 (km), misalnya 5",
  },
  BATAS_WILAYAH: {
    description: "Kotak batas wilayah untuk memeriksa koordinat laporan: rentang lintang; rentang bujur, dengan format lintang_min..lintang_maks; bujur_min..bujur_maks dan titik sebagai desimal. Contoh NTB dan NTT: -11.2..-7.9; 115.7..125.3. Kosongkan jika batas wilayah tidak perlu diperiksa.",
    expected: "rentang lintang; rentang bujur, misalnya -11.2..-7.9; 115.7..125.3 (lintang -90 sampai 90, bujur -180 sampai 180), atau kosong",
  },
  HARI_TANPA_LAPORAN_KUNING: {
    description: "Koperasi masuk zona KUNING bila tidak ada laporan sah lebih dari sekian hari. Bilangan bulat 1 sampai 365, tidak lebih besar dari HARI_TANPA_LAPORAN_MERAH.",
    expected: INT_DAYS,
  },
  HARI_TANPA_LAPORAN_MERAH: {
    description: "Koperasi masuk zona MERAH bila tidak ada laporan sah lebih dari sekian hari. Bilangan bulat 1 sampai 365.",
    expected: INT_DAYS,
  },
  TERTINGGAL_KUNING_POIN: {
    description: "Koperasi masuk zona KUNING bila progresnya tertinggal dari rencana sebanyak ini (poin persen) atau lebih. Angka 1 sampai 100, tidak lebih besar dari TERTINGGAL_MERAH_POIN.",
    expected: "angka 1 sampai 100",
  },
  TERTINGGAL_MERAH_POIN: {
    description: "Koperasi masuk zona MERAH bila progresnya tertinggal dari rencana sebanyak ini (poin persen) atau lebih. Angka 1 sampai 100.",
    expected: "angka 1 sampai 100",
  },
  HARI_MACET_KUNING: {
    description: "Koperasi masuk zona KUNING bila progresnya tidak berubah selama sekian hari padahal belum 100%. Bilangan bulat 1 sampai 365.",
    expected: INT_DAYS,
  },
  WARNA_HIJAU: {
    description: "Warna sel zona HIJAU, kode warna #rrggbb, misalnya #b7e1cd.",
    expected: "kode warna #rrggbb, misalnya #b7e1cd",
  },
  WARNA_KUNING: {
    description: "Warna sel zona KUNING, kode warna #rrggbb, misalnya #fce8b2.",
    expected: "kode warna #rrggbb, misalnya #fce8b2",
  },
  WARNA_MERAH: {
    description: "Warna sel zona MERAH, kode warna #rrggbb, misalnya #f4c7c3.",
    expected: "kode warna #rrggbb, misalnya #f4c7c3",
  },
  ZONA_HANYA_PORTAL: {
    description: "Ya: zona hijau/kuning/merah hanya untuk koperasi yang Masuk Portal (lokasi yang dibangun); koperasi lain diberi zona BELUM PORTAL, tidak dihitung di Hijau/Kuning/Merah dan tidak masuk Tindak Lanjut. Tidak: semua koperasi diberi zona.",
    expected: "Ya atau Tidak",
  },
  WARNA_BELUM_PORTAL: {
    description: "Warna sel zona BELUM PORTAL (dipakai bila ZONA_HANYA_PORTAL = Ya), kode warna #rrggbb, misalnya #e8eaed.",
    expected: "kode warna #rrggbb, misalnya #e8eaed",
  },
  JENIS_KENDALA: {
    description: "Pilihan Jenis Kendala di formulir (kotak centang), dipisah koma; Tidak ada selalu menjadi pilihan pertama. Perubahan masuk ke formulir pada Buat / perbarui formulir berikutnya. Jawaban di luar daftar diberi peringatan.",
    expected: "daftar jenis kendala dipisah koma, misalnya Lahan, Anggaran/dana, Material, Lainnya (tiap jenis paling banyak 60 karakter, tanpa koma)",
  },
  RENTANG_TAHAP: {
    description: "Rentang progres fisik (%) yang wajar untuk tiap tahap pembangunan, ditulis Tahap=min-maks dan dipisah titik koma, misalnya Pondasi=10-35. Tahap yang tidak ditulis memakai rentang bawaan. Laporan yang tahap dan progresnya tidak cocok diberi peringatan.",
    expected: "daftar Tahap=min-maks dipisah titik koma (tahap: Belum mulai, Persiapan lahan, Pondasi, Struktur & dinding, Atap, Finishing, Selesai; angka 0 sampai 100; min tidak lebih besar dari maks), misalnya Pondasi=10-35; Atap=60-85",
  },
  HARI_KERJA: {
    description: "Hari kerja pendamping untuk menghitung kepatuhan: rentang seperti Senin-Jumat, atau daftar dipisah koma seperti Senin, Selasa, Rabu.",
    expected: "nama hari (Senin, Selasa, Rabu, Kamis, Jumat, Sabtu, Minggu) sebagai rentang Senin-Jumat atau daftar Senin, Rabu, Jumat",
  },
  HARI_LIBUR: {
    description: "Tanggal libur yang tidak dihitung sebagai hari kerja, format dd/MM/yyyy, dipisah koma, titik koma, atau baris baru, misalnya 01/01/2026, 17/08/2026. Boleh kosong.",
    expected: "daftar tanggal dd/MM/yyyy dipisah koma, misalnya 01/01/2026, 17/08/2026, atau kosong",
  },
  JENDELA_KEPATUHAN_HARI: {
    description: "Berapa hari terakhir yang dihitung di lembar Kepatuhan Pendamping. Bilangan bulat 1 sampai 366.",
    expected: "bilangan bulat 1 sampai 366",
  },
  JAM_PERBARUI: {
    description: "Jam (waktu setempat) saat pemicu otomatis membangun ulang semua lembar hasil dan menambah baris Riwayat, sekali sehari. Bilangan bulat 0 sampai 23, misalnya 6 untuk pukul 06.00.",
    expected: "jam bilangan bulat 0 sampai 23, misalnya 6",
  },
  ADMIN: {
    description: "Email yang boleh mengubah pengaturan, formulir, dan pemicu, dipisah koma. Kosong berarti semua orang yang punya akses edit boleh.",
    expected: "daftar email dipisah koma, misalnya kabid@contoh.go.id, staf@contoh.go.id, atau kosong",
  },
  KIRIM_UMPAN_BALIK: {
    description: "Ya: tiap hari pada JAM_PERBARUI, pendamping aktif ber-Email menerima email tentang laporannya kemarin yang Ditolak atau Peringatan dan cara memperbaikinya.",
    expected: "Ya atau Tidak",
  },
  ARSIP_BIGQUERY: {
    description: "Ya: menu Arsipkan laporan lama memindahkan laporan lama (bulan kunjungan sudah lewat dan lebih tua dari MAKS_UMUR_LAPORAN_HARI) ke BigQuery, lalu menghapusnya dari lembar. Perlu ARSIP_PROYEK dan ARSIP_DATASET (lihat docs/bigquery.md).",
    expected: "Ya atau Tidak",
  },
  ARSIP_PROYEK: {
    description: "ID proyek Google Cloud tempat dataset BigQuery arsip, misalnya kdkmp-ntb. Boleh kosong selama ARSIP_BIGQUERY Tidak.",
    expected: "ID proyek Google Cloud: 6 sampai 30 huruf kecil, angka atau tanda hubung, diawali huruf, misalnya kdkmp-ntb",
  },
  ARSIP_DATASET: {
    description: "ID dataset BigQuery yang sudah dibuat di proyek itu; laporan masuk ke tabel laporan di dalamnya.",
    expected: "ID dataset BigQuery: huruf, angka atau garis bawah (_), tanpa spasi, paling banyak 1.024 karakter, misalnya kdkmp",
  },
  ARSIP_BULANAN: {
    description: "Ya: pemicu per jam mengarsipkan sendiri sekali sebulan (pada JAM_PERBARUI hari pertama bulan yang bisa).",
    expected: "Ya atau Tidak",
  },
  LEMBAR_KOPERASI: sheetText("Koperasi"),
  LEMBAR_PENDAMPING: sheetText("Pendamping"),
  LEMBAR_LAPORAN: sheetText("Laporan Harian"),
  LEMBAR_VALIDASI: sheetText("Validasi"),
  LEMBAR_STATUS_KOPERASI: sheetText("Status Koperasi"),
  LEMBAR_RINGKASAN: sheetText("Ringkasan"),
  LEMBAR_KEPATUHAN: sheetText("Kepatuhan Pendamping"),
  LEMBAR_TINDAK_LANJUT: sheetText("Tindak Lanjut"),
  LEMBAR_PERCONTOHAN: sheetText("Percontohan"),
  LEMBAR_RIWAYAT: sheetText("Riwayat"),
  LEMBAR_LOG: sheetText("Log"),
} as const satisfies Record<string, SettingText>;

/** Day names for HARI_KERJA, index 0 = Minggu .. 6 = Sabtu; extra spellings accepted when reading. */
export const WEEKDAY_NAMES = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
export const WEEKDAY_ALIASES: Record<string, number> = { ahad: 0, "jum'at": 5, "jum at": 5, jumaat: 5 };

/** Short names for time zones people use in Indonesia. */
export const TIME_ZONE_ALIASES: Record<string, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

/** Extra spellings of stage names accepted in RENTANG_TAHAP and in form answers. */
export const STAGE_ALIASES = { PONDASI: ["Fondasi"] } as const;

export const SETTING_MESSAGES = {
  badValue: (key: string, value: string, expected: string) =>
    `Pengaturan ${key} bernilai "${value}", padahal harus ${expected}.`,
  duplicateKey: (key: string, rows: string) =>
    `Pengaturan ${key} ditulis lebih dari sekali (baris ${rows}); hapus baris lainnya sehingga tinggal satu.`,
  duplicateExpected: "ditulis satu kali saja",
  percentCell: (key: string, points: number) =>
    `Pengaturan ${key} berformat persen (tersimpan sebagai ${String(points / 100).replace(".", ",")}); dibaca sebagai ${String(points).replace(".", ",")} poin. `
    + `Sebaiknya tulis angkanya tanpa tanda %.`,
  notAbove: (otherKey: string, otherValue: string) =>
    `tidak lebih besar dari ${otherKey} (${otherValue})`,
  sheetNameTaken: (other: string) => `nama lembar yang belum dipakai lembar lain (sekarang sama dengan ${other})`,
  unknownKey: (key: string) =>
    `Kunci "${key}" di lembar Pengaturan tidak dikenal dan diabaikan; periksa ejaannya atau hapus barisnya.`,
  stageDefaulted: (stages: string) =>
    `Pengaturan RENTANG_TAHAP tidak menyebut tahap ${stages}; untuk tahap itu dipakai rentang bawaan.`,
  zoneDiffers: (sheetZone: string, zone: string) =>
    `Zona waktu spreadsheet (${sheetZone}) berbeda dari ZONA_WAKTU (${zone}): tanggal tampil seperti diisi, `
    + `hari dihitung menurut ZONA_WAKTU (File › Setelan).`,
  zoneAligned: (from: string, to: string) =>
    `Zona waktu spreadsheet diubah dari ${from} menjadi ${to} (ZONA_WAKTU).`,
} as const;
