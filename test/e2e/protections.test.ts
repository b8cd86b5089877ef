// SPEC section 10, issue 12 point 4, through dist/Code.js with protections enforced as Google does: a
// writing action started by someone who may not write the protected output sheets is refused before
// anything is written (its Log row still written), and the trigger owner and the running user always
// stay editors of the protections.
import type { Driver } from "../../runtime/driver";
import { ADMIN, agencyWorkbook, lastAlert, records, report, setSetting, snapshot, wita } from "./agency";

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const STAFF = "staf@diskop.ntbprov.go.id";
const OPERATOR = "operator@diskop.ntbprov.go.id";
const KABID = "kabid@diskop.ntbprov.go.id";
const OUTPUTS = ["Validasi", "Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat"];

function as(driver: Driver, email: string): void {
  driver.runtime.session.activeUser = email;
  driver.runtime.session.effectiveUser = email;
  driver.newExecution();
}

function protectionEditors(driver: Driver, sheet: string): string[] {
  const ss = driver.spreadsheet as Loose;
  const entry = (ss.__protections as Loose[]).find((p) => p.__sheet.__name === sheet && p.__type === "SHEET");
  return (entry?.protection.__editors ?? []) as string[];
}

describe("protections Google enforces", () => {
  it("a staff editor not in ADMIN is refused before anything is written, with a message naming ADMIN, and the Log says so", () => {
    const driver = agencyWorkbook();
    setSetting(driver, "ADMIN", ADMIN);
    driver.newExecution();
    driver.clickMenu("Siapkan lembar kerja"); // protections for the ADMIN list
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.newExecution();
    driver.clickMenu("Perbarui status & ringkasan");
    const before = snapshot(driver, OUTPUTS);
    const logRows = records(driver, "Log").length;

    as(driver, STAFF);
    for (const caption of ["Validasi laporan baru", "Validasi ulang semua laporan", "Perbarui status & ringkasan"]) {
      driver.clickMenu(caption);
      expect(lastAlert(driver)).toContain("ADMIN");
      expect(lastAlert(driver)).not.toContain("You are trying to edit");
    }
    expect(snapshot(driver, OUTPUTS)).toEqual(before);
    const log = records(driver, "Log").slice(logRows);
    expect(log).toHaveLength(3);
    expect(log.every((r) => r.Pengguna === STAFF && r.Hasil === "Gagal" && String(r.Rincian).includes("ADMIN"))).toBe(true);
  });

  it("the account that owns the triggers stays an editor when another admin re-applies protections; its triggers keep working", () => {
    const driver = agencyWorkbook();
    driver.clickMenu("Hapus pemicu otomatis");
    setSetting(driver, "ADMIN", `${ADMIN}, ${OPERATOR}, ${KABID}`);
    as(driver, OPERATOR);
    driver.clickMenu("Pasang pemicu otomatis"); // the operator's account now owns the triggers
    // The operator leaves the ADMIN list; the head of unit re-applies the protections.
    setSetting(driver, "ADMIN", `${ADMIN}, ${KABID}`);
    as(driver, KABID);
    driver.clickMenu("Siapkan lembar kerja");
    expect(protectionEditors(driver, "Validasi")).toContain(OPERATOR);
    expect(protectionEditors(driver, "Validasi")).toContain(KABID);

    // The form-submit trigger (as the operator) writes Validasi and Status Koperasi; the hourly run too.
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);
    driver.newExecution();
    driver.fireTimeTriggers(wita("2026-11-17T06:10:00"));
    expect(records(driver, "Riwayat").length).toBeGreaterThan(0);
  });
});
