// SPEC section 10, issue 12 point 5, through dist/Code.js: no cell is written with more than 50,000
// characters (Sheets refuses it); a longer text is cut and ends with `…`, and the run goes on.
import {
  agencyWorkbook, lastLog, paste, records, responseSheetName, typeReport, values, wita,
} from "./agency";

const LIMIT = 50_000;

describe("the 50,000-character cell limit", () => {
  it("an unknown 50,000-character id typed into a report: Alasan quoting it is cut with … and every run still succeeds", () => {
    const driver = agencyWorkbook();
    const sheet = responseSheetName(driver);
    const row = typeReport(driver, { pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "10", stage: "Persiapan lahan" },
      wita("2026-11-16T17:00:00"));
    const column = (values(driver, sheet)[0] ?? []).indexOf("Koperasi (Lombok Barat)") + 1;
    const longId = `K-${"9".repeat(LIMIT - 2)}`;
    const cells = values(driver, sheet)[row - 1]!.slice();
    cells[column - 1] = longId;
    paste(driver, sheet, [cells], row);

    driver.newExecution();
    driver.clickMenu("Perbarui status & ringkasan");
    const v = records(driver, "Validasi")[0]!;
    expect(v.Status).toBe("Ditolak");
    const alasan = String(v.Alasan);
    expect(alasan.length).toBe(LIMIT);
    expect(alasan.endsWith("…")).toBe(true);
    expect(alasan.startsWith("ID Koperasi K-999")).toBe(true);
    expect(String(v["ID Koperasi"]).length).toBeLessThanOrEqual(LIMIT);
    expect(lastLog(driver).Hasil).not.toBe("Gagal");

    // The hourly trigger and a second rebuild do not fail on that row either.
    driver.newExecution();
    driver.fireTimeTriggers(wita("2026-11-17T06:10:00"));
    expect(lastLog(driver).Hasil).not.toBe("Gagal");
    expect(String(records(driver, "Validasi")[0]!.Alasan).length).toBe(LIMIT);
  });
});
