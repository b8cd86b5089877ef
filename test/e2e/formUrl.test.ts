// Issue 12 (8): the form's response sheet is found by the form's id or its published id, whichever
// Sheet.getFormUrl() happens to carry (its shape is not documented): reading, not only linking.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, records, report, snapshot, validasiWithoutProcessed, wita } from "./agency";

const OUTPUTS = ["Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Riwayat"];

function play(shape: "id" | "published"): Driver {
  const driver = agencyWorkbook({ formUrlShape: shape });
  driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
  driver.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T10:00:00"));
  driver.newExecution().clickMenu("Validasi ulang semua laporan");
  driver.newExecution().clickMenu("Perbarui status & ringkasan");
  driver.newExecution().fireTimeTriggers(wita("2026-11-17T06:00:00"));
  return driver;
}

describe("the response sheet whatever id its form link carries", () => {
  it("a workbook whose sheet names the form by its published id reads every report like one that names its id", () => {
    const published = play("published");
    const byId = play("id");
    const sheet = (published.spreadsheet as unknown as { __sheet(n: string): { __formUrl: string } }).__sheet("Laporan Harian");
    expect(sheet.__formUrl).toMatch(/\/forms\/d\/e\//);
    expect(validasiWithoutProcessed(published)).toEqual(validasiWithoutProcessed(byId));
    expect(records(published, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-01")?.["Progres Fisik (%)"]).toBe(10);
    const strip = (d: Driver) => {
      const s = snapshot(d, OUTPUTS);
      s.Ringkasan = s.Ringkasan!.filter((r) => !String(r[0]).startsWith("Diperbarui"));
      return s;
    };
    expect(strip(published)).toEqual(strip(byId));
  });

  it("a workbook linked before the published address was kept finds its sheet again by asking the form once", () => {
    const driver = agencyWorkbook({ formUrlShape: "published" });
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.runtime.properties.document.delete("kdkmp.formPublishedUrl");
    driver.newExecution().clickMenu("Validasi ulang semua laporan");
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);
    expect(driver.runtime.properties.document.get("kdkmp.formPublishedUrl")).toMatch(/\/forms\/d\/e\//);
  });
});
