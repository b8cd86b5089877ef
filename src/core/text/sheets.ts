// Catalogue: sheet names and column headers people see (SPEC section 1). Exact strings: outside checks use them.

export const SHEET_NAMES = {
  koperasi: "Koperasi",
  pendamping: "Pendamping",
  laporan: "Laporan Harian",
  pengaturan: "Pengaturan",
  validasi: "Validasi",
  statusKoperasi: "Status Koperasi",
  ringkasan: "Ringkasan",
  kepatuhan: "Kepatuhan Pendamping",
  tindakLanjut: "Tindak Lanjut",
  percontohan: "Percontohan",
  riwayat: "Riwayat",
  log: "Log",
  state: "_Status Internal",
  hashes: "_Sidik Laporan",
} as const;

/** `Kabupaten/Kota` and the ways agencies write it (spaces around punctuation never matter). */
const REGENCY_HEADERS = [
  "Kabupaten/Kota", "Kabupaten", "Kota", "Kab/Kota", "Kab./Kota", "Nama Kabupaten", "Nama Kabupaten/Kota", "Nama Kab/Kota",
] as const;

/** Input columns: canonical header first, then accepted synonyms (matched trimmed, case-insensitive). */
export const KOPERASI_COLUMNS = {
  id: ["ID Koperasi", "Kode Koperasi", "NIK Koperasi"],
  name: ["Nama Koperasi"],
  village: ["Desa/Kelurahan", "Desa", "Kelurahan", "Desa/Kel", "Desa/Kel.", "Nama Desa", "Nama Desa/Kelurahan"],
  district: ["Kecamatan", "Kec", "Kec.", "Nama Kecamatan"],
  regency: REGENCY_HEADERS,
  pendampingId: ["ID Pendamping"],
  pilot: ["Percontohan"],
  inPortal: ["Masuk Portal"],
  lat: ["Latitude", "Lintang"],
  lon: ["Longitude", "Bujur"],
  targetDay: ["Target Selesai"],
  operating: ["Beroperasi", "Gerai Beroperasi"],
} as const;
export const KOPERASI_REQUIRED = ["id", "name", "regency"] as const;

export const PENDAMPING_COLUMNS = {
  id: ["ID Pendamping", "NIP"],
  name: ["Nama", "Nama Pendamping"],
  email: ["Email", "E-mail", "Surel"],
  kind: ["Jenis"],
  regency: REGENCY_HEADERS,
  active: ["Aktif"],
  phone: ["No. HP", "No HP", "Nomor HP"],
  inactiveSince: ["Tanggal Nonaktif", "Tanggal Tidak Aktif", "Nonaktif Sejak", "Tidak Aktif Sejak"],
} as const;
export const PENDAMPING_REQUIRED = ["id", "name"] as const;

export const HEADERS = {
  koperasi: [
    "ID Koperasi", "Nama Koperasi", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "ID Pendamping",
    "Percontohan", "Masuk Portal", "Latitude", "Longitude", "Target Selesai",
  ],
  pendamping: ["ID Pendamping", "Nama", "Email", "Jenis", "Kabupaten/Kota", "Aktif", "No. HP", "Tanggal Nonaktif"],
  pengaturan: ["Kunci", "Nilai", "Keterangan"],
  validasi: [
    "Baris", "Stempel Waktu", "ID Koperasi", "ID Pendamping", "Tanggal Kunjungan", "Status", "Alasan", "Diproses",
  ],
  statusKoperasi: [
    "ID Koperasi", "Nama Koperasi", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "ID Pendamping",
    "Percontohan", "Status Lahan", "Progres Fisik (%)", "Tahap Pembangunan", "Laporan Terakhir",
    "Hari Sejak Laporan", "Zona", "Alasan Zona", "Tahap Program", "Kendala Utama", "Tautan Foto",
  ],
  ringkasan: [
    "Kabupaten/Kota", "Jumlah Koperasi", "Sudah Melapor", "Melapor 7 Hari Terakhir", "Hijau", "Kuning", "Merah",
    "Rata-rata Progres (%)", "Selesai", "Lahan Siap", "Masuk Portal", "Mulai Dibangun", "Beroperasi", "Terkendala",
  ],
  kepatuhan: [
    "ID Pendamping", "Nama", "Kabupaten/Kota", "Koperasi Dampingan", "Hari Kerja", "Hari Melapor",
    "Kelengkapan (%)", "Laporan Valid", "Laporan Ditolak", "Laporan Terakhir", "Hari Sejak Laporan",
  ],
  tindakLanjut: [
    "Zona", "ID Koperasi", "Nama Koperasi", "Kabupaten/Kota", "ID Pendamping", "Nama Pendamping",
    "Hari Sejak Laporan", "Alasan",
  ],
  tindakLanjutWarnings: [
    "Baris", "Tanggal Kunjungan", "ID Koperasi", "Nama Koperasi", "Kabupaten/Kota", "ID Pendamping", "Alasan",
  ],
  percontohan: [
    "ID Koperasi", "Nama Koperasi", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "ID Pendamping",
    "Percontohan", "Status Lahan", "Progres Fisik (%)", "Tahap Pembangunan", "Laporan Terakhir",
    "Hari Sejak Laporan", "Zona", "Alasan Zona", "Tahap Program", "Kendala Utama", "Tautan Foto",
  ],
  riwayat: ["Tanggal", "Kabupaten/Kota", "Hijau", "Kuning", "Merah", "Rata-rata Progres (%)"],
  /** The funnel series kept after `riwayat`'s SPEC columns (older sheets gain them with their next row). */
  riwayatFunnel: ["Mulai Dibangun", "Selesai", "Beroperasi", "Terkendala"],
  log: ["Waktu", "Pengguna", "Aksi", "Hasil", "Rincian"],
  state: ["Sidik Baris"],
  hashes: ["Sidik"],
} as const;

export const TOTAL_LABEL = "TOTAL";
export const UPDATED_PREFIX = "Diperbarui: ";

/** Labels shown for coded values. */
export const LAND_LABELS = {
  BELUM_ADA: "Belum ada lahan",
  PROSES: "Proses (usulan/verifikasi)",
  SIAP: "Siap bangun (clear & clean)",
  BERMASALAH: "Bermasalah (sengketa/tidak layak)",
} as const;

export const STAGE_LABELS = {
  BELUM_MULAI: "Belum mulai",
  PERSIAPAN: "Persiapan lahan",
  PONDASI: "Pondasi",
  STRUKTUR: "Struktur & dinding",
  ATAP: "Atap",
  FINISHING: "Finishing",
  SELESAI: "Selesai",
} as const;

/** `Tahap Program`: the programme funnel's steps (SPEC section 8). */
export const PROGRAM_STAGE_LABELS = {
  BERBADAN_HUKUM: "Berbadan Hukum",
  MASUK_PORTAL: "Masuk Portal",
  LAHAN_SIAP: "Lahan Siap",
  MULAI_DIBANGUN: "Mulai Dibangun",
  SELESAI_DIBANGUN: "Selesai Dibangun",
  BEROPERASI: "Beroperasi",
} as const;

/** `Sumber Data` choices; the coordinate-distance rule applies to field visits only. */
export const SOURCE_LABELS = {
  LAPANGAN: "Kunjungan lapangan",
  TELEPON: "Telepon/WhatsApp",
  PENGURUS: "Foto/laporan dari pengurus",
} as const;
export const SOURCE_ALIASES = {
  LAPANGAN: ["Kunjungan", "Lapangan", "Kunjungan langsung"],
  TELEPON: ["Telepon", "WhatsApp", "WA", "Telpon"],
  PENGURUS: ["Pengurus", "Foto", "Laporan pengurus"],
} as const;

/** The `Jenis Kendala` choice that means "no obstacle" (always offered first, whatever JENIS_KENDALA says). */
export const NO_OBSTACLE = "Tidak ada";

/** `Ringkasan` column added after the others when ZONA_HANYA_PORTAL = Ya. */
export const RINGKASAN_NOT_IN_PORTAL = "Belum Portal";

/** The zone shown for a cooperative outside the portal when ZONA_HANYA_PORTAL = Ya. */
export const NOT_IN_PORTAL_ZONE = "BELUM PORTAL";

export const YES = "Ya";
export const NO = "Tidak";

/** Hidden sheet of the rebuild's checkpoint (app/pipeline/checkpoint.ts): not a SPEC sheet, never configured. */
export const CHECKPOINT_SHEET = "_Ringkasan Internal";
export const CHECKPOINT_HEADER = "Titik Simpan Ringkasan";
