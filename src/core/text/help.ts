// Catalogue: the help shown by `Bantuan`, one line per menu item.
import { MENU_ITEMS } from "./menu";

const TEXTS: Record<(typeof MENU_ITEMS)[number]["handler"], string> = {
  menuSiapkanLembarKerja: "Membuat lembar yang belum ada (Koperasi, Pendamping, Pengaturan, dan lembar hasil). Lembar yang sudah ada tidak diubah.",
  menuBuatFormulir: "Membuat formulir laporan harian pendamping, atau memperbarui pilihan koperasi dan pendamping sesuai lembar Koperasi dan Pendamping.",
  menuValidasiLaporanBaru: "Memeriksa laporan yang belum diperiksa dan menulis hasilnya di lembar Validasi.",
  menuValidasiUlangSemua: "Memeriksa ulang semua laporan, misalnya setelah Pengaturan diubah.",
  menuPerbaruiStatusRingkasan: "Memeriksa laporan baru, menghitung zona setiap koperasi, dan menyusun ulang semua lembar ringkasan.",
  menuPasangPemicu: "Memasang pemeriksaan otomatis setiap ada kiriman formulir dan pembaruan setiap jam.",
  menuHapusPemicu: "Menghapus pemeriksaan otomatis.",
  menuSalinRingkasanWhatsApp: "Menampilkan ringkasan singkat untuk ditempel di grup WhatsApp.",
  menuBantuan: "Menampilkan bantuan ini.",
  menuArsipkanLaporanLama: "Memindahkan laporan lama ke BigQuery lalu menghapusnya dari lembar, agar lembar kerja tidak penuh (hanya bila ARSIP_BIGQUERY Ya). Arsip yang besar dikerjakan bertahap dan dilanjutkan pemicu per jam; baris baru dihapus setelah semuanya ada di BigQuery. Hasil semua lembar tetap sama.",
};

export const HELP_TEXT = {
  title: "Bantuan Pantau KDKMP",
  intro: "Pantau KDKMP memeriksa laporan harian pendamping dan mewarnai zona setiap koperasi (hijau, kuning, merah). Menu:",
  items: MENU_ITEMS.map((m) => ({ caption: m.caption, text: TEXTS[m.handler] })),
} as const;
