// Issue 16 item 10, through dist/Code.js: what `Siapkan lembar kerja` tells people: the next step only
// when it applies, and never the name of the hidden bookkeeping sheet.
import { Driver } from "../../runtime/driver";
import { ADMIN, CODE, PENDAMPING, koperasiRows, lastAlert, paste, values, wita } from "./agency";

function freshDriver(): Driver {
  const driver = new Driver({ codePath: CODE, user: ADMIN, now: wita("2026-11-16T08:00:00") });
  driver.open();
  return driver;
}

function logText(driver: Driver): string {
  return values(driver, "Log").map((r) => r.join(" ")).join("\n");
}

describe("Siapkan lembar kerja", () => {
  it("in an empty workbook: asks to fill Koperasi and Pendamping", () => {
    const driver = freshDriver();
    driver.clickMenu("Siapkan lembar kerja");
    expect(lastAlert(driver)).toMatch(/Langkah berikutnya: isi lembar Koperasi dan Pendamping/);
  });

  it("in the agency's workbook whose registry is already full: only the step that is left (the form)", () => {
    const driver = freshDriver();
    (driver.spreadsheet as unknown as { insertSheet(n: string): unknown }).insertSheet("Koperasi");
    (driver.spreadsheet as unknown as { insertSheet(n: string): unknown }).insertSheet("Pendamping");
    paste(driver, "Koperasi", koperasiRows());
    paste(driver, "Pendamping", PENDAMPING);
    driver.clickMenu("Siapkan lembar kerja");
    expect(lastAlert(driver)).not.toMatch(/isi lembar Koperasi/);
    expect(lastAlert(driver)).toMatch(/Langkah berikutnya: jalankan Buat \/ perbarui formulir/);
    driver.clickMenu("Buat / perbarui formulir");
    driver.clickMenu("Siapkan lembar kerja");
    expect(lastAlert(driver)).not.toMatch(/Langkah berikutnya/);
  });

  it("never names the hidden bookkeeping sheet in the Log or a message", () => {
    const driver = freshDriver();
    driver.clickMenu("Siapkan lembar kerja");
    const internal = (driver.spreadsheet as unknown as { __sheets: Array<{ __name: string; __hidden?: boolean }> }).__sheets
      .map((s) => s.__name).filter((n) => n.startsWith("_"));
    expect(internal.length).toBeGreaterThan(0);
    for (const name of internal) {
      expect(logText(driver)).not.toContain(name);
      expect(driver.alerts.map((a) => a.prompt).join("\n")).not.toContain(name);
    }
  });
});
