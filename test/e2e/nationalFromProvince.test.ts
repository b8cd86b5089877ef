// The roll-up reads what the province add-on really writes: a province workbook played through
// dist/Code.js (a week of reports, the daily rebuild) is copied into the national runtime and rolled up
// through dist-national/Code.js; its Rekap rows equal the province's own Ringkasan rows.
import { join } from "node:path";
import { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { KOPERASI, agencyWorkbook, koperasiRows, paste, records, report, values, wita } from "./agency";

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const CODE = join(__dirname, "../../dist-national/Code.js");

function playedProvince(): Driver {
  const d = agencyWorkbook();
  paste(d, "Koperasi", koperasiRows(KOPERASI));
  d.clickMenu("Buat / perbarui formulir");
  d.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
  d.submitForm(report("K-04", "2026-11-16", 30), wita("2026-11-16T17:20:00"));
  d.runtime.clock.set(wita("2026-11-17T10:00:00").getTime());
  d.clickMenu("Perbarui status & ringkasan");
  return d;
}

describe("a province workbook written by the province add-on", () => {
  const province = playedProvince();
  const national = new Driver({ codePath: CODE, user: "pusdatin@kemenkop.go.id", now: wita("2026-11-17T11:00:00") });
  national.open();
  national.clickMenu("Siapkan lembar kerja");
  const copy = national.runtime.addSpreadsheet({ id: "1NTBPantau", sharedWith: ["pusdatin@kemenkop.go.id"] });
  for (const name of ["Ringkasan", "Riwayat"]) {
    const from = (province.spreadsheet as Loose).__sheet(name);
    const to = copy.__insertSheetRaw(name);
    for (const [r, c, cell] of from.__grid.cells()) to.__setRaw(r, c, cell.v);
  }
  (national.spreadsheet as Loose).__sheet("Provinsi").__write(2, 1, [["Nusa Tenggara Barat", "1NTBPantau"]]);
  national.clickMenu("Perbarui rekap nasional");

  it("rolls up its Ringkasan rows and TOTAL by header", () => {
    // The province's own table (its chart data to the right repeats some headers): up to its TOTAL row.
    const [header, ...rows] = values(province, "Ringkasan");
    const width = header!.indexOf("");
    const ringkasan = rows.slice(0, rows.findIndex((r) => r[0] === "TOTAL") + 1)
      .map((r) => Object.fromEntries(header!.slice(0, width).map((h, i) => [String(h), r[i] ?? ""])));
    const rekap = records(national, "Rekap Nasional").filter((r) => r.Provinsi === "Nusa Tenggara Barat");
    const pick = (r: Record<string, CellValue>) => [r["Kabupaten/Kota"], r["Jumlah Koperasi"], r["Masuk Portal"], r.Selesai, r.Hijau, r.Kuning, r.Merah, r["Rata-rata Progres (%)"]];
    expect(rekap.map(pick)).toEqual(ringkasan.map(pick));
    expect(rekap.map((r) => r["Kabupaten/Kota"])).toEqual(["Lombok Barat", "Lombok Tengah", "TOTAL"]);
  });

  it("adds the province's latest Riwayat day to Tren Nasional", () => {
    const riwayat = records(province, "Riwayat");
    const trend = records(national, "Tren Nasional");
    const sum = (k: string) => riwayat.reduce((s, r) => s + Number(r[k]), 0);
    expect(trend.map((r) => [r.Provinsi, r.Hijau, r.Kuning, r.Merah])).toEqual([["Nusa Tenggara Barat", sum("Hijau"), sum("Kuning"), sum("Merah")]]);
  });
});
