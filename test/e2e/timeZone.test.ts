// SPEC section 10, issue 12 point 3, through dist/Code.js: date cells are read and written in the
// spreadsheet's own time zone, days are counted in ZONA_WAKTU, and a workbook whose zone differs from
// ZONA_WAKTU still shows every date as the pendamping entered it.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, displayed, lastAlert, lastLog, records, report, setSetting } from "./agency";

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Staff change File › Settings › Time zone (the runtime keeps wall-clock times, as Sheets does). */
function setWorkbookZone(driver: Driver, zone: string): void {
  (driver.spreadsheet as Loose).__setTimeZoneRaw(zone);
}

/** A wall-clock time in a zone with a fixed offset. */
const at = (iso: string, offset: string) => new Date(`${iso}${offset}`);

function column(driver: Driver, sheet: string, header: string): string[] {
  const rows = displayed(driver, sheet);
  const i = (rows[0] ?? []).indexOf(header);
  return rows.slice(1).map((r) => r[i] ?? "").filter((t) => t !== "");
}

describe("the spreadsheet's own time zone", () => {
  it("an Asia/Jakarta workbook with ZONA_WAKTU WITA shows a visit of 16/11 as 16/11 in Validasi, Status Koperasi and Riwayat", () => {
    const driver = agencyWorkbook();
    setWorkbookZone(driver, "Asia/Jakarta");
    driver.newExecution();
    driver.submitForm(report("K-01", "2026-11-16", 10), at("2026-11-16T17:00:00", "+07:00"));
    driver.newExecution();
    driver.fireTimeTriggers(at("2026-11-17T06:05:00", "+08:00"));

    expect(column(driver, "Validasi", "Tanggal Kunjungan")).toEqual(["16/11/2026"]);
    expect(records(driver, "Validasi")[0]!.Status).toBe("Valid");
    const k01 = displayed(driver, "Status Koperasi").find((r) => r[0] === "K-01")!;
    const header = displayed(driver, "Status Koperasi")[0]!;
    expect(k01[header.indexOf("Laporan Terakhir")]).toBe("16/11/2026");
    // The daily rebuild at 06:05 WITA on 17/11 appends 17/11 (the day in ZONA_WAKTU), shown as such.
    expect(new Set(column(driver, "Riwayat", "Tanggal"))).toEqual(new Set(["17/11/2026"]));
  });

  it("with ZONA_WAKTU WIB in a WITA workbook, a report sent 20/11 23:30 for a visit on 21/11 is Ditolak", () => {
    const driver = agencyWorkbook();
    setSetting(driver, "ZONA_WAKTU", "Asia/Jakarta");
    driver.newExecution();
    driver.submitForm(report("K-01", "2026-11-21", 10), at("2026-11-20T23:30:00", "+08:00"));
    const v = records(driver, "Validasi")[0]!;
    expect(v.Status).toBe("Ditolak");
    expect(String(v.Alasan)).toContain("Tanggal kunjungan 21/11/2026 lebih lambat dari waktu kirim 20/11/2026");
    expect(column(driver, "Validasi", "Tanggal Kunjungan")).toEqual(["21/11/2026"]);
    expect(lastLog(driver).Hasil).not.toBe("Gagal");
  });

  it("Siapkan lembar kerja sets the spreadsheet's zone to ZONA_WAKTU while no report has come in, and says so", () => {
    const driver = agencyWorkbook({ timeZone: "Asia/Jakarta" });
    expect((driver.spreadsheet as Loose).__timeZone).toBe("Asia/Makassar");
    const setupLog = records(driver, "Log").find((r) => r.Aksi === "Siapkan lembar kerja")!;
    expect(String(setupLog.Rincian)).toContain("diubah dari Asia/Jakarta menjadi Asia/Makassar");
  });

  it("once reports exist the zone is left alone; Bantuan's settings check and the Log say the two differ", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), at("2026-11-16T17:00:00", "+08:00"));
    setWorkbookZone(driver, "Asia/Jakarta");
    driver.newExecution();
    driver.clickMenu("Siapkan lembar kerja");
    expect((driver.spreadsheet as Loose).__timeZone).toBe("Asia/Jakarta");
    expect(lastAlert(driver)).toContain("Zona waktu spreadsheet (Asia/Jakarta");
    driver.newExecution();
    driver.clickMenu("Perbarui status & ringkasan");
    expect(String(lastLog(driver).Rincian)).toContain("berbeda dari ZONA_WAKTU (Asia/Makassar)");
    const check = driver.call("sidebarSettingsCheck") as Loose;
    expect(check.value.notes.join("\n")).toContain("Zona waktu spreadsheet (Asia/Jakarta");
    // The visit still shows as entered; same zones again: no note.
    expect(column(driver, "Validasi", "Tanggal Kunjungan")).toEqual(["16/11/2026"]);
    setWorkbookZone(driver, "Asia/Makassar");
    driver.newExecution();
    expect(((driver.call("sidebarSettingsCheck") as Loose).value.notes as string[]).some((n) => n.includes("Zona waktu"))).toBe(false);
  });
});
