// Issue 4, through dist/Code.js: `Buat / perbarui formulir` creates the pendamping's form, links it
// (`Laporan Harian`), keeps it in step with the registry, and reports are read robustly whatever
// the account's language and however the form was edited afterwards.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import {
  KOPERASI, PENDAMPING, agencyWorkbook, answers, koperasiRows, lastAlert, lastLog, paste, records, report,
  responseSheetName, snapshot, values, wita, type KoperasiFixture,
} from "./agency";

type Item = { id: number; type: string; title: string; required: boolean; choices: Array<{ value: string; gotoPageId: number | null }> };
const formData = (d: Driver) => (d.linkedForm() as any).__data() as { id: string; title: string; items: Item[] };
const questions = (d: Driver) => formData(d).items.filter((i) => i.type !== "PAGE_BREAK");
const question = (d: Driver, title: string) => formData(d).items.find((i) => i.title === title)!;
const pages = (d: Driver) => formData(d).items.filter((i) => i.type === "PAGE_BREAK");
const formsCount = (d: Driver) => d.runtime.forms.store.forms.size;
const formApi = (d: Driver) => (d.runtime.globals.FormApp as any).openById(formData(d).id);
const validasi = (d: Driver) => records(d, "Validasi").map((r) => [r.Baris, r["ID Koperasi"], r.Status]);

const DETAILS = ["Tanggal Kunjungan", "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan", "Kendala",
  "Jenis Kendala", "Sumber Data", "Gerai Beroperasi", "Tautan Foto", "Koordinat"];

describe("creating the form", () => {
  it("has the SPEC's questions, one page per kabupaten/kota, and answers in `Laporan Harian`", () => {
    const driver = agencyWorkbook();
    const form = formData(driver);
    expect(form.title).toBe("Laporan Harian Pendamping KDKMP");
    expect(questions(driver).map((q) => q.title)).toEqual([
      "ID Pendamping", "Kabupaten/Kota", "Koperasi (Lombok Barat)", "Koperasi (Lombok Tengah)", ...DETAILS,
    ]);
    expect(question(driver, "ID Pendamping").choices.map((c) => c.value)).toEqual(["P-01 — Baiq Nurul", "P-02 — Lalu Ahmad"]);
    expect(question(driver, "Koperasi (Lombok Barat)").choices.map((c) => c.value)).toEqual([
      "K-01 — KMP Desa Gerung (Gerung)", "K-02 — KMP Desa Kuripan (Kuripan)", "K-03 — KMP Desa Labuapi (Labuapi)",
    ]);
    // Each kabupaten/kota choice jumps to the page holding that kabupaten/kota's dropdown.
    const regency = question(driver, "Kabupaten/Kota");
    for (const c of regency.choices) {
      const items = formData(driver).items;
      const page = items.findIndex((i) => i.id === c.gotoPageId);
      expect(items[page + 1]!.title).toBe(`Koperasi (${c.value})`);
    }
    for (const t of ["ID Pendamping", "Kabupaten/Kota", "Tanggal Kunjungan", "Progres Fisik (%)", "Tahap Pembangunan"]) {
      expect({ t, required: question(driver, t).required }).toEqual({ t, required: true });
    }
    expect(responseSheetName(driver)).toBe("Laporan Harian");
    expect(values(driver, "Laporan Harian")[0]).toEqual(["Timestamp", ...questions(driver).map((q) => q.title)]);
    expect(driver.runtime.properties.document.get("kdkmp.formId")).toBe(form.id);
    const alert = driver.alerts.find((x) => x.title.includes("Buat / perbarui formulir"))!;
    expect(alert.prompt).toMatch(/Formulir laporan dibuat dan terhubung/);
    expect(alert.prompt).toMatch(/Tautan untuk pendamping: https:\/\/docs.google.com\/forms\//);
  });

  it("run again, updates the same form: no second form, no duplicate items, no second response sheet", () => {
    const driver = agencyWorkbook();
    const before = formData(driver).items.map((i) => `${i.id} ${i.title}`);
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.clickMenu("Buat / perbarui formulir");
    driver.clickMenu("Buat / perbarui formulir");
    expect(formsCount(driver)).toBe(1);
    expect(formData(driver).items.map((i) => `${i.id} ${i.title}`)).toEqual(before);
    expect(lastAlert(driver)).toMatch(/Formulir laporan diperbarui/);
    const sheets = ((driver.spreadsheet as any).__sheets as any[]).map((s) => s.__name);
    expect(sheets.filter((n: string) => /Laporan Harian|Form Responses/.test(n))).toEqual(["Laporan Harian"]);
    expect(values(driver, "Laporan Harian")).toHaveLength(2);
  });
});

describe("what the form itself stops", () => {
  it("checks required answers, the progress range and the Koordinat pattern, with help on every question", () => {
    const driver = agencyWorkbook();
    const items = formData(driver).items as Array<Item & { helpText: string }>;
    for (const q of items.filter((i) => i.type !== "PAGE_BREAK")) expect({ t: q.title, help: q.helpText.length > 10 }).toEqual({ t: q.title, help: true });
    expect(() => driver.submitForm(report("K-01", "2026-11-16", 150), wita("2026-11-16T09:00:00"))).toThrow();
    expect(() => driver.submitForm(report("K-01", "2026-11-16", 10, { coords: "dekat masjid" }), wita("2026-11-16T09:00:00"))).toThrow();
    expect(() => driver.submitForm({ ...report("K-01", "2026-11-16", 10), "Tanggal Kunjungan": "" }, wita("2026-11-16T09:00:00"))).toThrow(/required/);
    expect(values(driver, "Laporan Harian")).toHaveLength(1); // nothing got through
    driver.submitForm(report("K-01", "2026-11-16", 10, { coords: "-8.68, 116.12", area: "1200" }), wita("2026-11-16T09:00:00"));
    expect(validasi(driver)).toEqual([[2, "K-01", "Valid"]]);
  });
});

describe("keeping the form in step with the registry", () => {
  const LOTIM: KoperasiFixture[] = [
    { id: "K-07", name: "KMP Desa Masbagik", village: "Masbagik", district: "Masbagik", regency: "Lombok Timur", pendamping: "P-04" },
  ];
  const CHANGED: KoperasiFixture[] = [
    { ...KOPERASI[0]!, name: "KMP Gerung Sejahtera" }, // renamed: its old choice text leaves the form
    KOPERASI[1]!,
    // K-03 removed
    KOPERASI[3]!,
    { ...KOPERASI[4]!, regency: "Lombok Timur" }, // moved to a new kabupaten/kota
    { id: "K-06", name: "KMP Desa Sesela", village: "Sesela", district: "Gunungsari", regency: "Lombok Barat", pendamping: "P-01" },
    ...LOTIM,
  ];
  const pendamping: CellValue[][] = [...PENDAMPING, ["P-04", "Ni Luh Sari", "", "Koperasi", "Lombok Timur", "Ya", ""], ["P-05", "Andi", "", "KUR", "", "Ya", ""]];

  function changedWorkbook(): Driver {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.submitForm(report("K-05", "2026-11-16", 5), wita("2026-11-16T09:10:00"));
    driver.submitForm(report("K-03", "2026-11-16", 5), wita("2026-11-16T09:20:00"));
    paste(driver, "Pendamping", pendamping);
    driver.clickMenu("Buat / perbarui formulir"); // P-04, P-05 join
    // Then the registry changes: coops renamed, removed, moved, added; P-05 deactivated.
    (driver.spreadsheet as any).__sheet("Koperasi").clear();
    paste(driver, "Koperasi", koperasiRows(CHANGED));
    paste(driver, "Pendamping", [["P-05", "Andi", "", "KUR", "", "Tidak", ""]], 6);
    driver.clickMenu("Buat / perbarui formulir");
    return driver;
  }

  it("re-sync updates choices and pages", () => {
    const driver = changedWorkbook();
    expect(formsCount(driver)).toBe(1);
    expect(question(driver, "ID Pendamping").choices.map((c) => c.value)).toEqual(["P-01 — Baiq Nurul", "P-02 — Lalu Ahmad", "P-04 — Ni Luh Sari"]);
    expect(question(driver, "Kabupaten/Kota").choices.map((c) => c.value)).toEqual(["Lombok Barat", "Lombok Tengah", "Lombok Timur"]);
    expect(pages(driver).length).toBeGreaterThanOrEqual(3);
    // Sorted by name, so a pendamping finds a cooperative by the name they know.
    expect(question(driver, "Koperasi (Lombok Barat)").choices.map((c) => c.value)).toEqual([
      "K-02 — KMP Desa Kuripan (Kuripan)", "K-06 — KMP Desa Sesela (Sesela)", "K-01 — KMP Gerung Sejahtera (Gerung)",
    ]);
    expect(question(driver, "Koperasi (Lombok Tengah)").choices.map((c) => c.value)).toEqual(["K-04 — KMP Desa Praya (Praya)"]);
    expect(question(driver, "Koperasi (Lombok Timur)").choices.map((c) => c.value)).toEqual([
      "K-05 — KMP Desa Jonggat (Jonggat)", "K-07 — KMP Desa Masbagik (Masbagik)",
    ]);
    const lotim = question(driver, "Kabupaten/Kota").choices.find((c) => c.value === "Lombok Timur")!;
    const items = formData(driver).items;
    expect(items[items.findIndex((i) => i.id === lotim.gotoPageId) + 1]!.title).toBe("Koperasi (Lombok Timur)");
    // The new page got its response column; the old ones stay.
    expect(values(driver, "Laporan Harian")[0]).toContain("Koperasi (Lombok Timur)");
  });

  it("old responses that used removed choices still validate; new ones come from every kabupaten/kota", () => {
    const driver = changedWorkbook();
    const at = (t: string) => wita(`2026-11-17T${t}:00`);
    const a = (koperasi: string, regency: string, choice: string, pendamping: string, progress: string) => ({
      ...answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-17", progress, stage: "Persiapan lahan" }),
      "ID Pendamping": pendamping, "Kabupaten/Kota": regency, "Koperasi (Lombok Barat)": "", [`Koperasi (${regency})`]: choice,
    });
    driver.submitForm(a("K-06", "Lombok Barat", "K-06 — KMP Desa Sesela (Sesela)", "P-01 — Baiq Nurul", "5"), at("08:00"));
    driver.submitForm(a("K-04", "Lombok Tengah", "K-04 — KMP Desa Praya (Praya)", "P-02 — Lalu Ahmad", "5"), at("08:10"));
    driver.submitForm(a("K-07", "Lombok Timur", "K-07 — KMP Desa Masbagik (Masbagik)", "P-04 — Ni Luh Sari", "5"), at("08:20"));
    driver.clickMenu("Validasi ulang semua laporan");
    expect(validasi(driver)).toEqual([
      [2, "K-01", "Valid"], // "K-01 — KMP Desa Gerung (Gerung)" is no longer a choice
      [3, "K-05", "Valid"], // answered in the old "Koperasi (Lombok Tengah)" column
      [4, "K-03", "Ditolak"], // removed from the registry: unknown, as SPEC section 3 says
      [5, "K-06", "Valid"], [6, "K-04", "Valid"], [7, "K-07", "Valid"],
    ]);
    expect(String(records(driver, "Validasi")[2]!.Alasan)).toContain("K-03");
    driver.clickMenu("Perbarui status & ringkasan");
    const status = records(driver, "Status Koperasi");
    expect(status.map((r) => r["ID Koperasi"])).toEqual(["K-01", "K-02", "K-04", "K-05", "K-06", "K-07"]);
    expect(status.find((r) => r["ID Koperasi"] === "K-05")).toMatchObject({ "Kabupaten/Kota": "Lombok Timur", "Progres Fisik (%)": 5 });
    const regencies = values(driver, "Ringkasan").map((r) => r[0]);
    expect(regencies.slice(1, regencies.indexOf("TOTAL") + 1)).toEqual(["Lombok Barat", "Lombok Tengah", "Lombok Timur", "TOTAL"]);
  });
});

describe("reading responses robustly", () => {
  it("a response edited after submit to another kabupaten/kota moves the report to that cooperative", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T09:10:00"));
    // Wrong page: the visit was to K-04 in Lombok Tengah. The edit clears the old page's answer.
    driver.editResponse(2, {
      "ID Pendamping": "P-02 — Lalu Ahmad", "Kabupaten/Kota": "Lombok Tengah",
      "Koperasi (Lombok Barat)": "", "Koperasi (Lombok Tengah)": "K-04 — KMP Desa Praya (Praya)",
    }, wita("2026-11-16T10:00:00"));
    expect(validasi(driver)).toEqual([[2, "K-04", "Valid"], [3, "K-02", "Valid"]]);
    const status = records(driver, "Status Koperasi");
    expect(status.find((r) => r["ID Koperasi"] === "K-04")?.["Progres Fisik (%)"]).toBe(10);
    expect(status.find((r) => r["ID Koperasi"] === "K-01")).toMatchObject({ "Progres Fisik (%)": "", Zona: "MERAH" });
  });

  it("reads an account in Indonesian (`Stempel waktu`) the same way", () => {
    const driver = agencyWorkbook({ responseLanguage: "id" });
    expect(responseSheetName(driver)).toBe("Laporan Harian");
    expect(values(driver, "Laporan Harian")[0]![0]).toBe("Stempel waktu");
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T23:30:00"));
    driver.submitForm(report("K-04", "2026-11-17", 5), wita("2026-11-16T23:40:00"));
    const rows = records(driver, "Validasi");
    expect(rows.map((r) => r.Status)).toEqual(["Valid", "Ditolak"]);
    expect(rows[0]!["Stempel Waktu"]).toEqual(wita("2026-11-16T23:30:00"));
  });

  it("questions reordered in the form, and a response sheet linked anew in that order, still read", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    // Someone drags `Progres Fisik (%)` and `Tahap Pembangunan` to the top of the details page, then
    // unlinks the form and links it again: Forms writes a new response sheet in the new order.
    const form = formApi(driver);
    const items = form.getItems();
    const detailsStart = items.findIndex((i: any) => i.getTitle() === "Tanggal Kunjungan");
    for (const title of ["Tahap Pembangunan", "Progres Fisik (%)"]) {
      const from = form.getItems().findIndex((i: any) => i.getTitle() === title);
      form.moveItem(from, detailsStart);
    }
    form.removeDestination();
    form.setDestination("SPREADSHEET", (driver.spreadsheet as any).__id);
    const sheet = responseSheetName(driver);
    expect(sheet).not.toBe("Laporan Harian");
    const header = values(driver, sheet)[0]!;
    expect(header.indexOf("Progres Fisik (%)")).toBeLessThan(header.indexOf("Tanggal Kunjungan"));

    driver.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T10:00:00"));
    driver.submitForm(report("K-01", "2026-11-16", 12), wita("2026-11-16T10:30:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    expect(validasi(driver)).toEqual([[2, "K-01", "Dikoreksi"], [3, "K-04", "Valid"], [4, "K-01", "Valid"]]);
    const status = records(driver, "Status Koperasi");
    expect(status.find((r) => r["ID Koperasi"] === "K-01")?.["Progres Fisik (%)"]).toBe(12);
    expect(status.find((r) => r["ID Koperasi"] === "K-04")?.["Tahap Pembangunan"]).toBe("Persiapan lahan");
  });

  it("an old column left by a deleted question, and the same question added again, still read", () => {
    const driver = agencyWorkbook();
    // Far from K-01's registered location (-8.68, 116.12): a warning that names the distance.
    driver.submitForm(report("K-01", "2026-11-16", 10, { coords: "-8.40, 116.60" }), wita("2026-11-16T09:00:00"));
    // Someone deletes `Koordinat` in the form; its column stays in the sheet with the old answers.
    const form = formApi(driver);
    form.deleteItem(form.getItems().find((i: any) => i.getTitle() === "Koordinat"));
    const { Koordinat: _gone, ...withoutCoords } = report("K-02", "2026-11-16", 5);
    driver.submitForm(withoutCoords, wita("2026-11-16T09:30:00"));
    // The add-on's re-sync adds the question back: a second `Koordinat` column at the end.
    driver.clickMenu("Buat / perbarui formulir");
    const header = values(driver, "Laporan Harian")[0]!;
    expect(header.filter((h) => h === "Koordinat")).toHaveLength(2);
    // Far from K-04's registered location (-8.70, 116.27): a warning that names the distance.
    driver.submitForm(report("K-04", "2026-11-16", 5, { coords: "-8.40, 116.60" }), wita("2026-11-16T10:00:00"));
    driver.clickMenu("Validasi ulang semua laporan");
    const rows = records(driver, "Validasi");
    // Row 2's coordinates sit in the old column, row 4's in the new one: both are read.
    expect(rows.map((r) => r.Status)).toEqual(["Peringatan", "Valid", "Peringatan"]);
    expect(String(rows[0]!.Alasan)).toMatch(/km/);
    expect(String(rows[2]!.Alasan)).toMatch(/km/);
  });

  it("a required question missing from the response sheet is reported by name, and nothing is written", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    const before = snapshot(driver, ["Validasi", "Status Koperasi", "Ringkasan"]);
    // Someone renames the progress question in the form; Forms renames its column header.
    const form = formApi(driver);
    form.getItems().find((i: any) => i.getTitle() === "Progres Fisik (%)").setTitle("Progres pembangunan");
    driver.clickMenu("Validasi laporan baru");
    expect(lastAlert(driver)).toMatch(/kolom pertanyaan wajib: Progres Fisik \(%\)/);
    expect(lastLog(driver).Hasil).toBe("Gagal");
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).toContain("Progres Fisik (%)");
    expect(snapshot(driver, ["Validasi", "Status Koperasi", "Ringkasan"])).toEqual(before);
  });
});
