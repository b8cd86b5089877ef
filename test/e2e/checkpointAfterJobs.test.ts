// Issue 13: every full validation folded in row ranges (the two menu items, the hourly catch-up, the
// form-submit trigger's general path) saves the rebuild's checkpoint at its end, so the next `Perbarui
// status & ringkasan` works from the kept states (reading a few cells) and still equals a full read.
import type { Driver } from "../../runtime/driver";
import { report, typeReport, wita } from "./agency";
import { outputsOf, rebuildAt, STATE_LINE, twins } from "./statePathSupport";

/**
 * Twins after four days of a report from every cooperative, a day of submits and a rebuild each (the first
 * reads every report). The earlier days make a full read read more than the state path's few cells.
 */
function oneDay(): [Driver, Driver] {
  const pair = twins();
  for (const d of pair) {
    for (let day = 12; day <= 15; day++) {
      ["K-01", "K-02", "K-03", "K-04", "K-05"].forEach((k, i) => d.submitForm(report(k, `2026-11-${day}`, day - 10), wita(`2026-11-${day}T0${i + 1}:00:00`)));
    }
    d.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    d.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T10:00:00"));
    d.submitForm(report("K-04", "2026-11-16", 20), wita("2026-11-16T11:00:00"));
  }
  rebuildAt(pair[0], wita("2026-11-16T16:00:00"));
  rebuildAt(pair[1], wita("2026-11-16T16:00:00"), true);
  return pair;
}

/** A report typed into the response sheet without its trigger (a missed submit). */
function missedSubmit(d: Driver): void {
  typeReport(d, { pendamping: "P-02", koperasi: "K-05", visit: "2026-11-17", progress: "10", stage: "Persiapan lahan" }, wita("2026-11-17T08:00:00"));
}

const jobs: Array<[string, (d: Driver) => void]> = [
  ["Validasi ulang semua laporan", (d) => {
    d.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());
    d.newExecution();
    d.clickMenu("Validasi ulang semua laporan");
  }],
  ["Validasi laporan baru", (d) => {
    missedSubmit(d);
    d.runtime.clock.set(wita("2026-11-17T09:00:00").getTime());
    d.newExecution();
    d.clickMenu("Validasi laporan baru");
  }],
  ["the hourly catch-up", (d) => {
    missedSubmit(d);
    d.newExecution();
    d.fireTimeTriggers(wita("2026-11-17T14:00:00"));
  }],
  ["the form-submit trigger's general path (a missed submit before it)", (d) => {
    missedSubmit(d);
    d.submitForm(report("K-03", "2026-11-17", 0), wita("2026-11-17T15:00:00"));
  }],
];

describe("after a full validation in row ranges", () => {
  it.each(jobs)("%s, the next rebuild works from the kept states and equals a full read", (_what, job) => {
    const [state, full] = oneDay();
    for (const d of [state, full]) job(d);
    // A cooperative's report the next morning, then the rebuild.
    for (const d of [state, full]) d.submitForm(report("K-01", "2026-11-18", 15), wita("2026-11-18T08:00:00"));
    state.ledger.reset();
    expect(rebuildAt(state, wita("2026-11-18T09:00:00"))).toMatch(STATE_LINE);
    const stateCells = state.ledger.cellsRead;
    full.ledger.reset();
    rebuildAt(full, wita("2026-11-18T09:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
    expect(stateCells).toBeLessThan(full.ledger.cellsRead);
  });
});
