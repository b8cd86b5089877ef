// The daily feedback emails at a daily-reporting density (1,166 reports a day): the look back through
// `Validasi` reads the rows since the day and at most two chunks more, the same at 3 and 12 days of history
// (so at a year's 425,590 rows too). The figures of docs/performance.md come from this test's output.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { KOPERASI, agencyWorkbook, answers, paste, report, setSetting, values, wita } from "../e2e/agency";

const RESPONSES = "Laporan Harian";
const PER_DAY = 1_166;
const DAY = 86_400_000;

function rows(driver: Driver, from: number, days: number): CellValue[][] {
  const header = values(driver, RESPONSES)[0]!.map(String);
  const col = (h: string) => header.findIndex((x) => x === h || x.startsWith(h));
  const out: CellValue[][] = [];
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < PER_DAY; i++) {
      const k = KOPERASI[i % KOPERASI.length]!;
      const a = answers({ pendamping: k.pendamping, koperasi: k.id, visit: "2026-01-01", progress: "10", stage: "Persiapan lahan" });
      const row = header.map((h) => (a[h] ?? "") as CellValue);
      const at = from + d * DAY + i * 60_000;
      row[0] = new Date(at);
      // Every 50th report dated after its submission (Ditolak); the others a distinct earlier visit.
      row[col("Tanggal Kunjungan")] = new Date(i % 50 === 7 ? at + 3 * DAY : at - (1 + Math.floor(i / KOPERASI.length)) * DAY);
      row[col("Progres Fisik (%)")] = 10;
      out.push(row);
    }
  }
  return out;
}

function workbook(historyDays: number, feedback: string): Driver {
  const driver = agencyWorkbook({ now: wita("2026-09-01T08:00:00") });
  driver.submitForm(report("K-01", "2026-08-31", 5), wita("2026-08-31T17:00:00"));
  const day = wita("2026-11-16T00:00:00").getTime();
  paste(driver, RESPONSES, rows(driver, day - historyDays * DAY, historyDays + 1), 3);
  setSetting(driver, "KIRIM_UMPAN_BALIK", feedback);
  driver.runtime.clock.set(wita("2026-11-17T05:30:00").getTime());
  driver.clickMenu("Validasi laporan baru");
  return driver;
}

function run(driver: Driver, at: string): { calls: number; read: number; written: number } {
  driver.newExecution();
  driver.ledger.reset();
  driver.fireTimeTriggers(wita(at));
  return { calls: driver.ledger.total(), read: driver.ledger.cellsRead, written: driver.ledger.cellsWritten };
}

describe("feedback emails at a daily-reporting density", () => {
  it("read the same cells at 3 and 12 days of history", () => {
    const seen = [3, 12].map((days) => {
      // The daily run with the emails, against the same workbook's daily run without them.
      const driver = workbook(days, "Ya");
      const withMail = run(driver, "2026-11-17T06:00:00");
      const without = run(workbook(days, "Tidak"), "2026-11-17T06:00:00");
      expect(driver.runtime.mail.outbox.length).toBe(2);
      return { feedback: { calls: withMail.calls - without.calls, read: withMail.read - without.read, written: withMail.written - without.written } };
    });
    console.log(JSON.stringify(seen));
    expect(seen[1]!.feedback).toEqual(seen[0]!.feedback);
    // The day's rows and the chunk before them (7 columns): not the history.
    expect(seen[0]!.feedback.read).toBeLessThanOrEqual((PER_DAY + 2 * 2_000) * 7);
  });
});
