// Every message `npm run demo` prints itself (the add-on's own messages come from src/core/text/).

export const USAGE = [
  "Pemakaian: npm run demo -- [opsi]",
  "  --province NTB|NTT     provinsi contoh (bawaan NTB)",
  "  --days N               jumlah hari laporan contoh (bawaan 30)",
  "  --seed N               benih acak data contoh (bawaan 1)",
  "  --scale X              skala jumlah koperasi dan pendamping (bawaan 1)",
  "  --end yyyy-MM-dd       hari terakhir laporan contoh",
  "  --input buku.xlsx      jalankan pada buku kerja yang diunduh dari Google Sheets (berkasnya tidak diubah)",
  "  --now yyyy-MM-ddTHH:mm waktu (WITA) untuk --input (bawaan: sekarang)",
  "  --out folder           folder hasil (bawaan: out)",
  "  --help                 tampilkan bantuan ini",
].join("\n");

const CODE_REASON: Record<string, string> = {
  EACCES: "izin ditolak",
  EPERM: "izin ditolak",
  EROFS: "sistem berkasnya hanya-baca",
  ENOENT: "folder itu tidak dapat dibuat di sana",
  ENOSPC: "ruang disk habis",
  EISDIR: "sudah ada folder dengan nama itu",
};

export function reason(code: string | undefined): string {
  return (code && CODE_REASON[code]) ?? `galat sistem ${code ?? "tak dikenal"}`;
}

export const DEMO_TEXT = {
  failed: (message: string) => `Demo gagal: ${message}`,
  needsValue: (flag: string) => `${flag} membutuhkan nilai.\n${USAGE}`,
  badNumber: (flag: string, min: number, text: string) => `${flag} harus angka ≥ ${min}, bukan "${text}".\n${USAGE}`,
  badProvince: (p: string) => `--province harus NTB atau NTT, bukan "${p}".`,
  badNow: (text: string) => `--now harus yyyy-MM-ddTHH:mm (WITA), bukan "${text}".`,
  unknownFlag: (flag: string) => `Opsi tidak dikenal: ${flag}\n${USAGE}`,
  noBundle: (path: string) => `Bundle ${path} tidak ada; jalankan dulu \`npm run build\`.`,
  outIsFile: (dir: string) => `--out ${dir} sudah ada sebagai berkas, bukan folder. Pilih folder lain.`,
  outParentIsFile: (dir: string, file: string) => `--out ${dir} tidak dapat dibuat: ${file} adalah berkas, bukan folder. Pilih folder lain.`,
  outCannotCreate: (dir: string, code: string | undefined) => `--out ${dir} tidak dapat dibuat (${reason(code)}). Pilih folder lain.`,
  outNotWritable: (dir: string) => `--out ${dir} tidak dapat ditulisi (izin ditolak). Pilih folder lain.`,
  cannotWrite: (path: string, code: string | undefined) => `Tidak dapat menulis ${path} (${reason(code)}).`,
  inputNotXlsx: (path: string) => `Berkas masukan harus .xlsx: ${path}`,
  inputUnreadable: (path: string) => `Berkas masukan tidak dapat dibuka: ${path}`,
  inputCorrupt: (name: string) =>
    `Berkas ${name} tidak dapat dibaca sebagai buku kerja Excel: berkasnya rusak, terpotong, atau bukan berkas .xlsx. ` +
    "Unduh lagi dari Google Sheets (File › Download › Microsoft Excel (.xlsx)) lalu ulangi.",
  inputWouldBeOverwritten: "Hasil akan menimpa berkas masukan; pilih --out lain.",
  inputChanged: (path: string) => `Berkas masukan ${path} berubah selama demo; ini tidak boleh terjadi.`,
  progressRead: (name: string) => `Membaca ${name}…`,
  progressAction: (caption: string) => `Menjalankan "${caption}"…`,
  progressWrite: "Menulis hasil…",
  /** An action of the run ended `Gagal`: the result is kept under a name that says so. */
  actionsFailed: (captions: string[], path: string) =>
    `${captions.join(", ")} gagal; lihat lembar Log di ${path}. Buku kerja itu bukan hasil yang berhasil.`,
  provinceGuessed: (name: string) =>
    `NAMA_PROVINSI belum diisi di Pengaturan; judul memakai provinsi dari kabupaten/kota di lembar Koperasi: ${name}.`,
} as const;
