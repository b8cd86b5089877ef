// Issue 7 (2, 4, 5), through dist/Code.js: locking, damaged structure and settings, hostile text in
// sheets and dialogs, and who may change what. Everything asserted is what staff would see.
import type { Driver } from "../../runtime/driver";
import { uncounted } from "../../runtime/services/silent";
import type { CellValue } from "../../src/core/model";
import {
  ADMIN, KOPERASI, agencyWorkbook, answers, dialogs, koperasiRows, lastAlert, paste, records, report, setSetting, triggers,
  values, wita, type KoperasiFixture,
} from "../e2e/agency";

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const OUTPUTS = ["Validasi", "Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat"];
const ss = (d: Driver): Loose => d.spreadsheet;

/** Every sheet's values except `Log` (which gets the failure row). */
function everything(driver: Driver): Record<string, CellValue[][]> {
  const sheets: Loose[] = ss(driver).__sheets;
  return Object.fromEntries(sheets.filter((s) => s.__name !== "Log").map((s) => [s.__name, s.__values()]));
}

function playWeek(driver: Driver): void {
  driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
  driver.submitForm(report("K-04", "2026-11-16", 0, { land: "Bermasalah (sengketa/tidak layak)" }), wita("2026-11-16T17:30:00"));
  driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T18:00:00"));
  driver.clickMenu("Perbarui status & ringkasan");
}

describe("locking", () => {
  it("a submit that cannot get the lock leaves its row for the catch-up: no failure, no double row", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.runtime.locks.heldByOther = true;
    expect(() => driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T17:10:00"))).not.toThrow();
    driver.runtime.locks.heldByOther = false;
    expect(records(driver, "Validasi").filter((r) => r.Status !== "").map((r) => r.Baris)).toEqual([2]);
    // The trigger fires again for the same row, and the hourly catch-up runs: one row each, once.
    driver.fireTimeTriggers(wita("2026-11-16T18:00:00"));
    driver.fireTimeTriggers(wita("2026-11-16T19:00:00"));
    expect(records(driver, "Validasi").map((r) => [r.Baris, r.Status])).toEqual([[2, "Valid"], [3, "Valid"]]);
    expect(records(driver, "Log").filter((r) => r.Hasil === "Gagal")).toEqual([]);
  });

  it("every writing path asks for the script lock and releases it", () => {
    const driver = agencyWorkbook();
    const locks = driver.runtime.locks;
    const before = locks.waits.length;
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.fireTimeTriggers(wita("2026-11-17T06:00:00"));
    for (const caption of ["Siapkan lembar kerja", "Validasi laporan baru", "Validasi ulang semua laporan", "Perbarui status & ringkasan",
      "Buat / perbarui formulir", "Pasang pemicu otomatis"]) driver.clickMenu(caption);
    expect(locks.waits.length - before).toBeGreaterThanOrEqual(8);
    expect(Math.max(...locks.waits)).toBeLessThanOrEqual(60_000);
    expect(locks.held.size).toBe(0);
  });

  it("a menu action that finds the lock busy says so and changes nothing", () => {
    const driver = agencyWorkbook();
    playWeek(driver);
    const before = everything(driver);
    driver.runtime.locks.heldByOther = true;
    driver.clickMenu("Perbarui status & ringkasan");
    driver.runtime.locks.heldByOther = false;
    expect(lastAlert(driver)).toMatch(/Proses lain sedang berjalan/);
    expect(everything(driver)).toEqual(before);
  });
});

describe("damaged structure and settings", () => {
  it.each(["Ringkasan", "Status Koperasi", "Validasi", "Tindak Lanjut"])("a deleted %s is recreated by the next rebuild", (name) => {
    const driver = agencyWorkbook();
    playWeek(driver);
    // What a person reads: `Diperbarui:` and Validasi's `Diproses` (the time of processing) may move.
    const view = () => values(driver, name).filter((r) => !String(r[0]).startsWith("Diperbarui:")).map((r) => (name === "Validasi" ? r.slice(0, 7) : r));
    const expected = view();
    uncounted(driver.ledger, () => ss(driver).deleteSheet(ss(driver).__sheet(name).__self));
    expect(ss(driver).__sheet(name)).toBeFalsy();
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).toMatch(/koperasi diperbarui/);
    expect(view()).toEqual(expected);
  });

  it("a renamed output sheet is left alone and a fresh one is made under the right name", () => {
    const driver = agencyWorkbook();
    playWeek(driver);
    ss(driver).__sheet("Ringkasan").__name = "Ringkasan lama";
    driver.clickMenu("Perbarui status & ringkasan");
    expect(values(driver, "Ringkasan").find((r) => r[0] === "TOTAL")).toBeTruthy();
    expect(values(driver, "Ringkasan lama").find((r) => r[0] === "TOTAL")).toBeTruthy();
  });

  const stops: Array<[string, (d: Driver) => void, RegExp]> = [
    ["a deleted required column of Koperasi", (d) => {
      const rows = values(d, "Koperasi").map((r) => [r[0] ?? "", ...r.slice(2)]); // "Nama Koperasi" gone
      uncounted(d.ledger, () => ss(d).__sheet("Koperasi").__self.clear());
      paste(d, "Koperasi", rows);
    }, /Nama Koperasi/],
    ["a deleted question column of the responses", (d) => {
      const sheet = ss(d).__sheets.find((s: Loose) => s.__formUrl);
      const col = (sheet.__values()[0] as string[]).indexOf("Progres Fisik (%)") + 1;
      for (let r = 1; r <= sheet.__grid.lastRow(); r++) sheet.__write(r, col, [["x"]]);
    }, /Progres Fisik/],
    ["a broken settings value", (d) => setSetting(d, "HARI_TANPA_LAPORAN_MERAH", "tujuh hari"), /HARI_TANPA_LAPORAN_MERAH.*tujuh hari/s],
    ["an empty Koperasi registry", (d) => {
      uncounted(d.ledger, () => ss(d).__sheet("Koperasi").__self.clear());
      paste(d, "Koperasi", [koperasiRows()[0]!]);
    }, /Koperasi.*masih kosong/s],
  ];
  it.each(stops)("%s stops every action with a clear message and changes nothing", (_what, damage, message) => {
    const driver = agencyWorkbook();
    playWeek(driver);
    driver.submitForm(report("K-03", "2026-11-16", 5), wita("2026-11-16T19:00:00"), { validate: false });
    damage(driver);
    for (const caption of ["Validasi laporan baru", "Validasi ulang semua laporan", "Perbarui status & ringkasan"]) {
      const before = everything(driver);
      driver.clickMenu(caption);
      expect(lastAlert(driver)).toMatch(/gagal/);
      expect(lastAlert(driver)).toMatch(message);
      expect(lastAlert(driver)).toMatch(/Tidak ada lembar yang diubah/);
      expect(everything(driver)).toEqual(before);
      expect(records(driver, "Log").at(-1)?.Hasil).toBe("Gagal");
    }
  });
});

describe("text from reports and the registry is never a formula", () => {
  it("hostile Kendala, ids and names end up as plain text in every output sheet", () => {
    // Typed with a leading apostrophe, as Sheets needs to keep them as text in the agency's own sheets.
    const hostile: KoperasiFixture[] = [
      ...KOPERASI,
      { id: "'=K-06", name: "'=IMPORTXML(\"http://x\",\"//a\")", village: "+Desa", district: "-Kec", regency: "@Kab", pendamping: "'+P-01", pilot: true },
    ];
    const driver = agencyWorkbook();
    paste(driver, "Koperasi", koperasiRows(hostile));
    paste(driver, "Pendamping", [["'=P-09", "@Nama", "", "Koperasi", "-Kab", "Ya", "'+62812"]], 5);
    driver.clickMenu("Buat / perbarui formulir");
    for (const [i, k] of ["=SUM(A1:A9)", "+62 812 3456", "-ruas jalan rusak", "@admin tolong", "=HYPERLINK(\"http://x\",\"klik\")"].entries()) {
      driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: String(10 + i), stage: "Persiapan lahan", obstacles: k, photo: "=IMAGE(\"x\")", coords: "-8.68, 116.12" }),
        wita(`2026-11-16T1${i}:00:00`), { validate: false });
    }
    driver.submitForm({ ...answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "20", stage: "Pondasi" }), "ID Pendamping": "=P-09 — @Nama" },
      wita("2026-11-16T16:00:00"), { validate: false });
    driver.clickMenu("Perbarui status & ringkasan");
    driver.clickMenu("Validasi ulang semua laporan");
    // The hidden bookkeeping sheets too (whichever of them this version keeps).
    const hidden = ["_Status Internal", "_Sidik Laporan"].filter((n) => ss(driver).__sheet(n));
    expect(hidden.length).toBeGreaterThan(0);
    for (const name of [...OUTPUTS, "Log", ...hidden]) {
      expect([name, ss(driver).__sheet(name).__formulaCells()]).toEqual([name, []]);
    }
    expect(records(driver, "Status Koperasi").some((r) => r["ID Koperasi"] === "=K-06" && r["Nama Koperasi"] === "=IMPORTXML(\"http://x\",\"//a\")")).toBe(true);
    expect(records(driver, "Kepatuhan Pendamping").some((r) => r["ID Pendamping"] === "=P-09" && r.Nama === "@Nama")).toBe(true);
  });
});

describe("access", () => {
  const protections = (d: Driver): Loose[] => ss(d).__protections.map((p: Loose) => ({ sheet: p.__sheet.__name, ...p.protection }));
  const protectionOf = (d: Driver, sheet: string) => {
    const entry = ss(d).__protections.find((p: Loose) => p.__sheet.__name === sheet && p.__type === "SHEET");
    return entry ? { warningOnly: entry.protection.__warningOnly, editors: [...entry.protection.__editors].sort(), domain: entry.protection.__domainEdit } : null;
  };

  it("output sheets warn everyone while ADMIN is empty, and only the owner and ADMIN may edit once it is set", () => {
    const driver = agencyWorkbook();
    playWeek(driver);
    expect(protections(driver).length).toBeGreaterThanOrEqual(OUTPUTS.length);
    for (const name of OUTPUTS) expect(protectionOf(driver, name)?.warningOnly).toBe(true);

    setSetting(driver, "ADMIN", "kepala@diskop.ntbprov.go.id, " + ADMIN);
    driver.fireTimeTriggers(wita("2026-11-17T06:05:00")); // the daily rebuild, run as the admin who installed it
    for (const name of OUTPUTS) {
      expect([name, protectionOf(driver, name)]).toEqual([name, {
        warningOnly: false, editors: [ADMIN, "kepala@diskop.ntbprov.go.id"].sort(), domain: false,
      }]);
    }
    // Every run writes its Log row, also one refused to someone not in ADMIN: Log only warns.
    expect(protectionOf(driver, "Log")?.warningOnly).toBe(true);
    // A sheet deleted and rebuilt later gets the same protection at once.
    uncounted(driver.ledger, () => ss(driver).deleteSheet(ss(driver).__sheet("Ringkasan").__self));
    driver.clickMenu("Perbarui status & ringkasan");
    expect(protectionOf(driver, "Ringkasan")).toEqual({ warningOnly: false, editors: [ADMIN, "kepala@diskop.ntbprov.go.id"].sort(), domain: false });
  });

  it("settings, form and trigger actions refuse someone not on ADMIN, and change nothing", () => {
    const driver = agencyWorkbook();
    playWeek(driver);
    setSetting(driver, "ADMIN", ADMIN);
    driver.runtime.session.activeUser = "staf@diskop.ntbprov.go.id";
    const before = { sheets: everything(driver), triggers: triggers(driver) };
    for (const caption of ["Siapkan lembar kerja", "Buat / perbarui formulir", "Pasang pemicu otomatis", "Hapus pemicu otomatis"]) {
      driver.clickMenu(caption);
      expect([caption, lastAlert(driver)]).toEqual([caption, expect.stringMatching(/staf@diskop\.ntbprov\.go\.id tidak ada dalam daftar ADMIN/)]);
    }
    expect({ sheets: everything(driver), triggers: triggers(driver) }).toEqual(before);
    // Reading and refreshing the summaries stays open to every staff member.
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).toMatch(/koperasi diperbarui/);
    // An admin (any letter case) may.
    driver.runtime.session.activeUser = ADMIN.toUpperCase();
    driver.clickMenu("Hapus pemicu otomatis");
    expect(lastAlert(driver)).toMatch(/pemicu otomatis dihapus/);
  });

  it("HTML shown to people escapes every value: a cooperative named <script>alert(1)</script>", () => {
    const evil = "<script>alert(1)</script>";
    const driver = agencyWorkbook();
    paste(driver, "Koperasi", koperasiRows([...KOPERASI.slice(0, 4), { ...KOPERASI[4]!, name: evil, regency: `Kab ${evil}`, village: "\"><img src=x onerror=alert(2)>" }]));
    driver.clickMenu("Buat / perbarui formulir");
    playWeek(driver);
    driver.clickMenu("Salin ringkasan untuk WhatsApp");
    driver.clickMenu("Bantuan");
    const shown = [...dialogs(driver).map((d) => d.html), ...(driver.runtime.ui.__sidebars as Loose[]).map((s) => String(s.html ?? ""))];
    expect(shown.length).toBeGreaterThan(0);
    for (const html of shown) {
      expect(html).not.toContain("<script>alert(1)");
      expect(html).not.toContain("<img src=x");
    }
    expect(dialogs(driver).some((d) => d.html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"))).toBe(true);
  });
});
