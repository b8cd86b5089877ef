// Service calls through dist/Code.js in the local runtime: a rebuild costs the same at every size of
// history, and a form submit works from the per-cooperative state, never the whole response history.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, answers, paste, records, values, wita } from "../e2e/agency";
import { spoilCheckpoint } from "../e2e/statePathSupport";
import { yearRows } from "../support/yearRows";

const RESPONSES = "Laporan Harian";

/** A workbook whose response sheet holds `n` report rows, written directly (uncounted) like a year of form use. */
function workbookWith(n: number): Driver {
  const driver = agencyWorkbook({ now: wita("2027-11-16T08:00:00") });
  driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2027-11-15", progress: "10", stage: "Persiapan lahan" }), wita("2027-11-15T17:00:00"));
  const coops = ["K-01", "K-02", "K-03"].map((id) => values(driver, RESPONSES)[1]!.map((c) => (typeof c === "string" && c.startsWith("K-01") ? c.replace("K-01", id) : c)));
  paste(driver, RESPONSES, yearRows(coops, n), 2);
  return driver;
}

function calls(driver: Driver, work: () => void): number {
  driver.ledger.reset();
  work();
  return driver.ledger.total();
}

describe("service calls do not grow with the history", () => {
  const sizes = [100, 100_000];
  const rebuild: number[] = [];
  const submit: number[] = [];
  const fullRead: number[] = [];
  const stateCells: number[] = [];

  it.each(sizes)("with %i response rows", (n) => {
    const driver = workbookWith(n);
    driver.clickMenu("Perbarui status & ringkasan"); // the first rebuild lays the sheets out
    rebuild.push(calls(driver, () => driver.clickMenu("Perbarui status & ringkasan")));
    const total = calls(driver, () => driver.submitForm(
      answers({ pendamping: "P-01", koperasi: "K-02", visit: "2027-11-16", progress: "20", stage: "Pondasi" }), wita("2027-11-16T07:30:00")));
    // The zone cell's colour is written only when the zone changed: compare without it.
    submit.push(total - driver.ledger.count("Range.setBackgrounds"));
    expect(total).toBeLessThanOrEqual(15);
    expect(values(driver, "Validasi")[n + 1]?.slice(0, 1)).toEqual([n + 2]);
    // The next submit continues from the row the fast path recorded as validated: the same few calls.
    const next = calls(driver, () => driver.submitForm(
      answers({ pendamping: "P-01", koperasi: "K-03", visit: "2027-11-16", progress: "20", stage: "Pondasi" }), wita("2027-11-16T07:40:00")));
    expect(next).toBeLessThanOrEqual(15);
    expect(values(driver, "Validasi")[n + 2]?.slice(0, 1)).toEqual([n + 3]);
    // The next rebuild works from the states (issue 13): the two rows since, not the whole history.
    driver.ledger.reset();
    driver.clickMenu("Perbarui status & ringkasan");
    stateCells.push(driver.ledger.cellsRead);
    expect(String(records(driver, "Log").at(-1)?.Rincian)).toMatch(/Dihitung dari status tersimpan: 2 baris/);
    // And the rebuild that reads every report (as every week; here the checkpoint is unreadable) stays as
    // flat per execution: a job in row ranges, one range per execution with a zero time budget.
    spoilCheckpoint(driver);
    driver.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
    let most = 0;
    for (let i = 0; i < 10; i++) {
      driver.newExecution();
      most = Math.max(most, calls(driver, () => driver.clickMenu("Perbarui status & ringkasan")));
      if (!driver.runtime.properties.document.has("kdkmp.cursor")) break;
    }
    expect(driver.runtime.properties.document.has("kdkmp.cursor")).toBe(false);
    fullRead.push(most);
  });

  it("a full rebuild makes at most 62 calls, the same number at 100 and 100,000 rows", () => {
    expect(rebuild[0]).toBeLessThanOrEqual(62);
    expect(rebuild[1]).toBe(rebuild[0]);
  });

  it("the rebuild from the kept states reads about as many cells at 100,000 rows as at 100", () => {
    expect(stateCells[1]).toBeLessThan(stateCells[0]! + 5_000);
  });

  it("a rebuild that reads every report makes at most 92 calls per execution, about the same at 100 and 100,000 rows", () => {
    expect(fullRead[0]).toBeLessThanOrEqual(92);
    // The last of the three executions at 100,000 rows also reads the progress the first two saved.
    expect(fullRead[1]).toBeLessThanOrEqual(fullRead[0]! + 2);
  });

  // 14 calls, 15 when the zone colour changes (issue 6: at most 15; see docs/performance.md).
  it("a form submit makes the same small number of calls at 100 and 100,000 rows", () => {
    expect(submit[0]).toBeLessThanOrEqual(14);
    expect(submit[1]).toBe(submit[0]);
  });
});

describe("a sheet that runs out of rows", () => {
  it("grows once with headroom: the Log row of every later run costs no more calls", () => {
    const driver = agencyWorkbook({ now: wita("2027-11-16T08:00:00") });
    driver.clickMenu("Perbarui status & ringkasan");
    const steady = calls(driver, () => driver.clickMenu("Perbarui status & ringkasan"));
    // A busy province's Log after a few weeks: past the 1,000 rows a new sheet has.
    const logRows = values(driver, "Log").length;
    const filler: CellValue[][] = Array.from({ length: 1_000 - logRows }, (_, i) => [new Date(2027, 0, 1), "", "Pemicu per jam", "Dilewati", `isi ${i}`]);
    paste(driver, "Log", filler, logRows + 1);
    driver.runtime.properties.document.delete("kdkmp.sheets"); // rows written behind its back: it measures again
    driver.newExecution();
    calls(driver, () => driver.clickMenu("Perbarui status & ringkasan")); // the Log grows here
    const after = [1, 2, 3].map(() => calls(driver, () => driver.clickMenu("Perbarui status & ringkasan")));
    expect(values(driver, "Log").length).toBe(1_000 + 4);
    expect(after).toEqual([steady, steady, steady]);
  });
});
