// Issue 3 (f, g, h), through dist/Code.js: what leadership reads after `Perbarui status & ringkasan`:
// frozen headers, dd/MM/yyyy dates, coloured zones, Ringkasan with TOTAL, the update line and two
// charts, the follow-up list, pilots, pendamping compliance, the Log; the WhatsApp dialog; and dates
// read exactly in WITA whatever the machine's time zone.
import type { Driver } from "../../runtime/driver";
import {
  KOPERASI, agencyWorkbook, backgrounds, dialogs, displayed, koperasiRows, lastLog, paste, records, report,
  setSetting, sheetFake, values, wita,
} from "./agency";

const K06 = { id: "K-06", name: "KMP Desa Sesela", village: "Sesela", district: "Gunungsari", regency: "Lombok Barat", pendamping: "P-01", pilot: true };

/** A week in the province, rebuilt the next morning at 10:00 WITA. */
function weekInProvince(): Driver {
  const driver = agencyWorkbook();
  paste(driver, "Koperasi", koperasiRows([...KOPERASI, K06]));
  setSetting(driver, "WARNA_MERAH", "#ea9999");
  driver.clickMenu("Buat / perbarui formulir");
  driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
  driver.submitForm(report("K-02", "2026-11-12", 5), wita("2026-11-16T17:10:00"));
  driver.submitForm(report("K-04", "2026-11-16", 5, { land: "Proses (usulan/verifikasi)" }), wita("2026-11-16T17:20:00"));
  driver.submitForm(report("K-05", "2026-11-09", 0, { stage: "Atap" }), wita("2026-11-16T17:30:00"));
  driver.submitForm(report("K-05", "2026-11-16", 0, { land: "Belum ada lahan" }), wita("2026-11-16T17:40:00"));
  driver.runtime.clock.set(wita("2026-11-17T10:00:00").getTime());
  driver.clickMenu("Perbarui status & ringkasan");
  return driver;
}

describe("the output sheets", () => {
  const driver = weekInProvince();
  const zoneOf = Object.fromEntries(records(driver, "Status Koperasi").map((r) => [r["ID Koperasi"], r.Zona]));

  it("computes the zones this week's reports call for", () => {
    expect(zoneOf).toEqual({ "K-01": "HIJAU", "K-02": "KUNING", "K-03": "MERAH", "K-04": "KUNING", "K-05": "MERAH", "K-06": "MERAH" });
  });

  it("are frozen at their header row", () => {
    for (const name of ["Validasi", "Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Percontohan", "Riwayat", "Log"]) {
      expect({ name, frozen: sheetFake(driver, name).__frozenRows }).toEqual({ name, frozen: 1 });
    }
    // Tindak Lanjut starts with a title line; its first table's header is row 2, and stays in view.
    expect(values(driver, "Tindak Lanjut")[1]![0]).toBe("Zona");
    expect(sheetFake(driver, "Tindak Lanjut").__frozenRows).toBe(2);
  });

  it("take no more columns than they use: blank cells count against the workbook's cell limit", () => {
    const widths = Object.fromEntries(["Validasi", "Status Koperasi", "Kepatuhan Pendamping", "Riwayat", "Log", "_Status Internal"]
      .map((name) => [name, sheetFake(driver, name).__grid.maxCols]));
    // Status Koperasi: its 17 columns and the hidden one holding each cooperative's note.
    expect(widths).toEqual({ Validasi: 8, "Status Koperasi": 18, "Kepatuhan Pendamping": 11, Riwayat: 10, Log: 5, "_Status Internal": 1 });
  });

  it("show dates as dd/MM/yyyy", () => {
    const v = displayed(driver, "Validasi");
    expect(v[1]![1]).toMatch(/^16\/11\/2026 17:00/); // Stempel Waktu
    expect(v[2]![4]).toBe("12/11/2026"); // Tanggal Kunjungan
    const s = displayed(driver, "Status Koperasi");
    const header = s[0]!;
    expect(s[1]![header.indexOf("Laporan Terakhir")]).toBe("16/11/2026");
    expect(displayed(driver, "Riwayat")[1]![0]).toBe("17/11/2026");
    const k = displayed(driver, "Kepatuhan Pendamping");
    expect(k[1]![k[0]!.indexOf("Laporan Terakhir")]).toBe("16/11/2026");
  });

  it("colour every Zona cell with the colours in Pengaturan", () => {
    const header = values(driver, "Status Koperasi")[0]!;
    const z = header.indexOf("Zona");
    const bg = backgrounds(driver, "Status Koperasi");
    const rows = values(driver, "Status Koperasi");
    const colours = { HIJAU: "#b7e1cd", KUNING: "#fce8b2", MERAH: "#ea9999" } as Record<string, string>;
    for (let r = 1; r < rows.length; r++) expect(bg[r]![z]).toBe(colours[String(rows[r]![z])]);
    expect(bg[1]![0]).toBe("#ffffff"); // only the zone cell is coloured
  });

  it("Ringkasan has one row per kabupaten/kota, TOTAL, the Diperbarui line and two charts", () => {
    const rows = values(driver, "Ringkasan");
    expect(rows.slice(1, 4).map((r) => r.slice(0, 7))).toEqual([
      ["Lombok Barat", 4, 2, 2, 1, 1, 2],
      ["Lombok Tengah", 2, 2, 2, 0, 1, 1],
      ["TOTAL", 6, 4, 4, 1, 2, 3],
    ]);
    expect(rows.map((r) => r[0])).toContain("Diperbarui: 17/11/2026 10:00");
    const charts = sheetFake(driver, "Ringkasan").__charts;
    expect(charts.map((c: any) => c.__spec.chartType).sort()).toEqual(["COLUMN", "LINE"]);
    driver.clickMenu("Perbarui status & ringkasan");
    expect(sheetFake(driver, "Ringkasan").__charts).toHaveLength(2); // replaced, not piled up
  });

  it("Ringkasan's charts stay in place from day to day: Riwayat grows, the charts are not rebuilt", () => {
    const d = weekInProvince();
    const before = sheetFake(d, "Ringkasan").__charts.slice();
    d.runtime.clock.set(wita("2026-11-18T10:00:00").getTime());
    d.newExecution();
    d.ledger.reset();
    d.clickMenu("Perbarui status & ringkasan");
    expect(records(d, "Riwayat").length).toBeGreaterThan(0);
    expect(d.ledger.count("Sheet.insertChart") + d.ledger.count("Sheet.removeChart")).toBe(0);
    const after = sheetFake(d, "Ringkasan").__charts as unknown[];
    expect(after.length === 2 && after.every((c, i) => c === before[i])).toBe(true); // the same two charts
    // The day's first rebuild (from the kept states, issue 13: its probe's reads and the checkpoint it
    // saves instead of every report): the steady calls plus that day's Riwayat rows.
    expect(d.ledger.total()).toBeLessThanOrEqual(67);
  });

  it("Tindak Lanjut lists MERAH before KUNING, then the Peringatan reports of the last 7 days", () => {
    const rows = values(driver, "Tindak Lanjut");
    const coops = rows.filter((r) => r[0] === "MERAH" || r[0] === "KUNING").map((r) => [r[0], r[1]]);
    expect(coops.map((c) => c[0])).toEqual(["MERAH", "MERAH", "MERAH", "KUNING", "KUNING"]);
    expect(coops.map((c) => c[1]).sort()).toEqual(["K-02", "K-03", "K-04", "K-05", "K-06"]);
    const warnings = rows.slice(rows.findIndex((r) => r[0] === "Baris") + 1).filter((r) => typeof r[0] === "number");
    // K-04's land warning (16/11) is listed; K-05's warning of 09/11 is older than 7 days.
    expect(warnings.map((r) => [r[0], r[2]])).toEqual([[4, "K-04"]]);
    expect(String(warnings[0]![6])).toMatch(/lahan/i);
  });

  it("Percontohan holds only the pilots, grouped by kabupaten/kota", () => {
    expect(records(driver, "Percontohan").map((r) => [r["Kabupaten/Kota"], r["ID Koperasi"]])).toEqual([
      ["Lombok Barat", "K-01"], ["Lombok Barat", "K-06"], ["Lombok Tengah", "K-04"],
    ]);
  });

  it("Kepatuhan Pendamping has the active pendamping only", () => {
    const rows = records(driver, "Kepatuhan Pendamping");
    expect(rows.map((r) => [r["ID Pendamping"], r["Koperasi Dampingan"], r["Laporan Valid"]])).toEqual([["P-01", 4, 2], ["P-02", 2, 3]]);
  });

  it("Log gets one row per action", () => {
    const before = records(driver, "Log").length;
    driver.clickMenu("Validasi laporan baru");
    driver.clickMenu("Salin ringkasan untuk WhatsApp");
    driver.fireTimeTriggers(wita("2026-11-17T11:00:00"));
    const log = records(driver, "Log").slice(before);
    expect(log.map((r) => r.Aksi)).toEqual(["Validasi laporan baru", "Salin ringkasan untuk WhatsApp", expect.stringMatching(/jam/i)]);
    expect(log[0]!.Pengguna).toBe("admin@diskop.ntbprov.go.id");
    expect(displayed(driver, "Log").slice(-1)[0]![0]).toMatch(/^17\/11\/2026 11:00/);
  });
});

describe("Salin ringkasan untuk WhatsApp", () => {
  it("shows a dialog with the counts per zone, the worst kabupaten/kota and the date, HTML escaped", () => {
    const driver = weekInProvince();
    setSetting(driver, "NAMA_PROVINSI", "NTB <b>&</b> Sekitarnya");
    driver.clickMenu("Salin ringkasan untuk WhatsApp");
    const d = dialogs(driver).slice(-1)[0]!;
    expect(d.html).toContain("Hijau: 1");
    expect(d.html).toContain("Kuning: 2");
    expect(d.html).toContain("Merah: 3");
    // Lombok Barat: 2 of 4 merah (50%); Lombok Tengah: 1 of 2 (50%): a tie goes to more MERAH.
    expect(d.html).toMatch(/Zona merah terbanyak: Lombok Barat, 2 dari 4/);
    expect(d.html).toContain("17/11/2026");
    expect(d.html).toContain("NTB &lt;b&gt;&amp;&lt;/b&gt; Sekitarnya");
    expect(d.html).not.toContain("<b>&</b>");
  });
});

describe("dates are exact in WITA", () => {
  it("a visit reported at 23:30 WITA counts for that day, and 00:30 the next day for the next", () => {
    const driver = agencyWorkbook();
    // 23:30 WITA is 15:30 UTC the same day; 00:30 WITA on the 17th is still the 16th in UTC.
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T23:30:00"));
    driver.submitForm(report("K-02", "2026-11-17", 5), wita("2026-11-17T00:30:00"));
    const v = records(driver, "Validasi");
    expect(v.map((r) => r.Status)).toEqual(["Valid", "Valid"]);
    expect(displayed(driver, "Validasi").slice(1).map((r) => [r[1]!.slice(0, 16), r[4]])).toEqual([
      ["16/11/2026 23:30", "16/11/2026"], ["17/11/2026 00:30", "17/11/2026"],
    ]);
    driver.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());
    driver.clickMenu("Perbarui status & ringkasan");
    const nurul = records(driver, "Kepatuhan Pendamping").find((r) => r["ID Pendamping"] === "P-01")!;
    expect(nurul["Hari Melapor"]).toBe(2); // Monday 16 and Tuesday 17, not one UTC day
    const k01 = records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")!;
    expect(k01["Hari Sejak Laporan"]).toBe(1);
    expect(lastLog(driver).Hasil).toBe("Berhasil");
  });
});
