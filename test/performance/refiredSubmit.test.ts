// The form-submit trigger fired again for a row the last full validation covered (Apps Script retries a
// trigger, or runs it twice) goes to the general path, which compares the row's stored fingerprint: it
// reads that row's, not the whole internal sheet (one cell per report), so its cells stay the same at 100
// and 20,000 response rows, and it still says the row was validated before.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, answers, lastLog, paste, values, wita } from "../e2e/agency";
import { yearRows } from "../support/yearRows";

const RESPONSES = "Laporan Harian";

function workbookWith(n: number): { driver: Driver; event: { range: unknown; values: unknown } } {
  const driver = agencyWorkbook({ now: wita("2027-11-16T08:00:00") });
  const first = driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2027-11-15", progress: "10", stage: "Persiapan lahan" }), wita("2027-11-15T17:00:00"));
  // Row 2 keeps the submitted report (its event is fired again below); the history follows it.
  paste(driver, RESPONSES, yearRows([values(driver, RESPONSES)[1]!], n), 3);
  driver.clickMenu("Perbarui status & ringkasan");
  return { driver, event: { range: first.range, values: first.values } };
}

function refire(w: { driver: Driver; event: { range: unknown; values: unknown } }): { calls: number; read: number } {
  w.driver.newExecution();
  w.driver.ledger.reset();
  w.driver.runAsTrigger(() => w.driver.call("onFormSubmitTrigger", w.event));
  return { calls: w.driver.ledger.total(), read: w.driver.ledger.cellsRead };
}

describe("a form-submit trigger fired again for a row the last full validation covered", () => {
  it("reads the same cells at 100 and 20,000 rows, and skips the row", () => {
    const small = workbookWith(100);
    const large = workbookWith(20_000);
    const a = refire(small);
    const b = refire(large);
    expect(String(lastLog(large.driver).Rincian)).toMatch(/Baris 2 sudah divalidasi sebelumnya/);
    expect(lastLog(large.driver).Hasil).toBe("Dilewati");
    expect(b.read).toBe(a.read);
    expect(b.calls).toBe(a.calls);
  });
});
