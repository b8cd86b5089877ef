// Issue 12 (1, 7): one add-on project serves many workbooks. A long run in one province holds only its
// own workbook's lock, so another province's form submits go through at once; and a run's time budget
// counts from the start of the execution, not from the moment it got the lock.
import { lockSlot } from "../../runtime/services/lock";
import { agencyWorkbook, lastLog, records, report, wita } from "./agency";
import { forgetCheckpoint } from "./statePathSupport";
import { NTB_ID, twoProvinces } from "./provinces";

describe("locks are per workbook", () => {
  it("a rebuild still running in NTB does not make an NTT form submit wait or fall to the hourly catch-up", () => {
    const { ntb, ntt } = twoProvinces();
    ntb.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    const waitsBefore = ntt.runtime.locks.waits.length;
    const t0 = wita("2026-11-16T10:00:00").getTime();
    ntb.stillRunning(
      () => {
        ntb.newExecution();
        ntb.runtime.clock.set(t0);
        ntb.clickMenu("Perbarui status & ringkasan");
      },
      () => {
        ntt.newExecution();
        ntt.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T10:01:00"));
      },
    );
    expect(ntb.runtime.locks.others.size).toBe(0);
    // NTT's row was validated by its own submit, without waiting for NTB.
    expect(records(ntt, "Validasi").map((r) => [r.Baris, r.Status])).toEqual([[2, "Valid"]]);
    expect(records(ntt, "Log").filter((r) => r.Hasil === "Dilewati")).toEqual([]);
    expect(ntt.runtime.locks.waits.length).toBeGreaterThan(waitsBefore);
    expect(ntt.runtime.clock.now()).toBe(wita("2026-11-16T10:01:00").getTime());
  });

  it("two runs in the same workbook still exclude each other", () => {
    const { ntb } = twoProvinces();
    ntb.stillRunning(
      () => ntb.clickMenu("Perbarui status & ringkasan"),
      () => {
        ntb.newExecution();
        ntb.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T10:01:00"));
      },
    );
    expect(records(ntb, "Validasi").filter((r) => r.Status !== "")).toEqual([]);
    expect(lastLog(ntb).Hasil).toBe("Dilewati");
  });
});

describe("the time budget counts from the start of the execution", () => {
  it("an hourly rebuild that waited 50 s for the lock has 50 s less to work", () => {
    const driver = agencyWorkbook({ spreadsheetId: NTB_ID });
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.submitForm(report("K-02", "2026-11-16", 10), wita("2026-11-16T10:00:00"));
    driver.runtime.properties.document.set("kdkmp.timeBudgetMs", "40000");
    driver.runtime.properties.document.set("kdkmp.rangeRows", "1");
    // A rebuild that reads every report (without a checkpoint the state path cannot run): row ranges and a budget.
    forgetCheckpoint(driver);
    driver.newExecution();
    driver.runtime.clock.set(wita("2026-11-17T06:00:00").getTime());
    (driver.runtime.globals.LockService as { __busyFor(slot: string, ms: number): void })
      .__busyFor(lockSlot.document(NTB_ID), 50_000);
    driver.fireTimeTriggers(wita("2026-11-17T06:00:00"));
    // It got the lock after 50 s, past its 40 s budget: one range folded, the rest left for the next hour.
    expect(driver.runtime.clock.now()).toBe(wita("2026-11-17T06:00:50").getTime());
    expect(driver.runtime.properties.document.has("kdkmp.cursor")).toBe(true);
    expect(String(lastLog(driver).Rincian)).toMatch(/baris 2–2 dari 3 sudah divalidasi/);
  });

  it("without the wait the same rebuild finishes in one run", () => {
    const driver = agencyWorkbook({ spreadsheetId: NTB_ID });
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.submitForm(report("K-02", "2026-11-16", 10), wita("2026-11-16T10:00:00"));
    driver.runtime.properties.document.set("kdkmp.timeBudgetMs", "40000");
    driver.runtime.properties.document.set("kdkmp.rangeRows", "1");
    forgetCheckpoint(driver);
    driver.newExecution();
    driver.fireTimeTriggers(wita("2026-11-17T06:00:00"));
    expect(driver.runtime.properties.document.has("kdkmp.cursor")).toBe(false);
  });
});
