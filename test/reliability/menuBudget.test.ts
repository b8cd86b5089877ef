// A long job clicked from the menu answers within about a minute and a half (staff wait for it), while the
// hourly trigger, which nobody waits for, works up to 4.5 minutes before it stops between row ranges. The
// local clock stands still, so here every service call takes one second of it: a crude latency that makes
// the budgets bite in a small workbook.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, lastLog, report, wita } from "../e2e/agency";
import { forgetCheckpoint } from "../e2e/statePathSupport";

const CALL_MS = 1_000;

function slowWorkbook(): Driver {
  const driver = agencyWorkbook();
  const ids = ["K-01", "K-02", "K-03", "K-04", "K-05"];
  for (let day = 0; day < 12; day++) {
    for (const [i, id] of ids.entries()) {
      const visit = `2026-11-${String(2 + day).padStart(2, "0")}`;
      driver.submitForm(report(id, visit, 5 + day), wita(`${visit}T${String(9 + i).padStart(2, "0")}:00:00`));
    }
  }
  driver.runtime.properties.document.set("kdkmp.rangeRows", "2");
  // Without the checkpoint the rebuild must read every report: a job in row ranges.
  forgetCheckpoint(driver);
  const ledger = driver.ledger as unknown as { record(service: string, method: string): void };
  const record = ledger.record.bind(ledger);
  ledger.record = (service, method) => {
    record(service, method);
    driver.runtime.clock.advance(CALL_MS);
  };
  return driver;
}

/** Seconds the execution took on the clock, and the rows its `Log` line says are done. */
function run(driver: Driver, at: Date, act: () => void): { seconds: number; through: number } {
  driver.newExecution();
  driver.runtime.clock.set(at.getTime());
  const t0 = at.getTime();
  act();
  const seconds = (driver.runtime.clock.now() - t0) / 1000;
  const m = /baris 2–(\d+) dari/.exec(String(lastLog(driver).Rincian));
  return { seconds, through: m ? Number(m[1]) : Number.POSITIVE_INFINITY };
}

describe("the default time budget of a long job", () => {
  it("a menu click stops between ranges within about 90 s, and the hourly trigger goes on for longer", () => {
    const driver = slowWorkbook();
    const click = run(driver, wita("2026-11-14T10:00:00"), () => driver.clickMenu("Perbarui status & ringkasan"));
    expect(driver.runtime.properties.document.has("kdkmp.cursor")).toBe(true);
    expect(click.seconds).toBeLessThanOrEqual(90);
    expect(click.through).toBeLessThan(61);
    // The next hourly run continues from the saved progress and works past the menu's budget.
    const at = wita("2026-11-14T11:00:00");
    const hourly = run(driver, at, () => driver.fireTimeTriggers(at));
    expect(hourly.seconds).toBeGreaterThan(90);
    expect(hourly.seconds).toBeLessThanOrEqual(300);
  });

  it("a budget set in kdkmp.timeBudgetMs holds for menu runs too", () => {
    const driver = slowWorkbook();
    driver.runtime.properties.document.set("kdkmp.timeBudgetMs", "200000");
    const click = run(driver, wita("2026-11-14T10:00:00"), () => driver.clickMenu("Perbarui status & ringkasan"));
    expect(click.seconds).toBeGreaterThan(90);
  });
});
