// Catalogue: the add-on menu (SPEC section 5). Captions are exact; order is the order shown.

export const MENU_TITLE = "Pantau KDKMP";

export const MENU_ITEMS = [
  { caption: "Siapkan lembar kerja", handler: "menuSiapkanLembarKerja" },
  { caption: "Buat / perbarui formulir", handler: "menuBuatFormulir" },
  { caption: "Validasi laporan baru", handler: "menuValidasiLaporanBaru" },
  { caption: "Validasi ulang semua laporan", handler: "menuValidasiUlangSemua" },
  { caption: "Perbarui status & ringkasan", handler: "menuPerbaruiStatusRingkasan" },
  { caption: "Pasang pemicu otomatis", handler: "menuPasangPemicu" },
  { caption: "Hapus pemicu otomatis", handler: "menuHapusPemicu" },
  { caption: "Salin ringkasan untuk WhatsApp", handler: "menuSalinRingkasanWhatsApp" },
  { caption: "Bantuan", handler: "menuBantuan" },
  // After SPEC section 5's items (issue 17): SPEC's list and order stay as they are.
  { caption: "Arsipkan laporan lama", handler: "menuArsipkanLaporanLama" },
] as const;

export type MenuHandlerName = (typeof MENU_ITEMS)[number]["handler"];
