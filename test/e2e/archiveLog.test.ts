// Issue 13 (workbook under 10 M cells), through dist/Code.js: the archive run also moves the `Log` rows
// from before last month to BigQuery's `log` table and deletes them in one call; a run cut off before
// that delete, run again, sends each row once; a BigQuery error deletes nothing; later runs' `Log` rows
// land right under the rows that stay.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { lastAlert, report, responseSheetName, values, wita } from "./agency";
import { archiveProvince, AT } from "./archiveSupport";

const CUTOFF = wita("2026-11-01T00:00:00").getTime();

const logRows = (d: Driver) => values(d, "Log").slice(1).filter((r) => r.some((c) => c !== ""));
const bqLog = (d: Driver) => d.runtime.bigquery.tables.get("kdkmp-ntb:kdkmp.log")?.rows ?? [];
const old = (r: readonly CellValue[]) => r[0] instanceof Date && r[0].getTime() < CUTOFF;
const deletes = (d: Driver) => d.ledger.count("Sheet.deleteRows");

describe("Arsipkan laporan lama moves old Log rows", () => {
  it("moves the Log rows from before last month to BigQuery's log table, deletes them in one call, and later rows land right under the rest", () => {
    const d = archiveProvince();
    const before = logRows(d);
    const k = before.findIndex((r) => !old(r));
    expect(k).toBeGreaterThan(10);
    d.newExecution().ledger.reset();
    d.clickMenu("Arsipkan laporan lama");
    expect(deletes(d)).toBe(4); // the response sheet, Validasi, the internal sheet and Log: one call each
    expect(lastAlert(d)).toContain(`${k} baris Log sebelum 01/11/2026 dipindahkan ke BigQuery (kdkmp-ntb.kdkmp.log)`);
    // The cell count after the run names both: the report rows and the Log rows no longer counted.
    expect(lastAlert(d)).toMatch(new RegExp(`Sel lembar kerja kini [\\d.]+ dari batas Google 10\\.000\\.000 \\(\\d+ baris laporan dan ${k} baris Log tidak lagi dihitung\\)`));
    const stored = bqLog(d);
    expect(stored).toHaveLength(k);
    expect(new Set(stored.map((r) => r.log_key)).size).toBe(k);
    expect(stored.map((r) => [r.waktu, r.aksi, r.rincian])).toEqual(before.slice(0, k).map((r) => [(r[0] as Date).toISOString(), r[2], r[4]]));
    const after = logRows(d);
    expect(after.slice(0, before.length - k)).toEqual(before.slice(k));
    expect(after).toHaveLength(before.length - k + 1);
    expect(after[after.length - 1]![2]).toBe("Arsipkan laporan lama");
    expect(after.some(old)).toBe(false);
    // Later runs append right under the archive's own row, no gap, nothing overwritten.
    d.runtime.clock.set(AT.getTime() + 3_600_000);
    d.newExecution().clickMenu("Perbarui status & ringkasan");
    const later = logRows(d);
    expect(later.slice(0, after.length)).toEqual(after);
    expect(later).toHaveLength(after.length + 1);
    expect(values(d, "Log").length).toBeGreaterThanOrEqual(later.length + 1);
  });

  it("a run cut off at the Log's delete, run again, leaves each Log row in BigQuery once and deletes it then", () => {
    const d = archiveProvince();
    const k = logRows(d).findIndex((r) => !old(r));
    const cut = () => { throw new Error("Exceeded maximum execution time"); };
    // The response sheet, Validasi and the internal sheet go; the Log's delete is cut off.
    d.ledger.atNextCall("Sheet.deleteRows", () => d.ledger.atNextCall("Sheet.deleteRows", () =>
      d.ledger.atNextCall("Sheet.deleteRows", () => d.ledger.atNextCall("Sheet.deleteRows", cut))));
    d.newExecution().clickMenu("Arsipkan laporan lama");
    expect(bqLog(d)).toHaveLength(k);
    expect(logRows(d).filter(old)).toHaveLength(k);
    d.runtime.clock.set(AT.getTime() + 3 * 3_600_000); // hours later: insertIds no longer protect
    d.newExecution().ledger.reset();
    d.clickMenu("Arsipkan laporan lama");
    // The job ends its deleting step: nothing sent again, the Log rows deleted once.
    expect(d.ledger.count("BigQuery.Tabledata.insertAll")).toBe(0);
    expect(lastAlert(d)).toContain(`${k} baris Log sebelum 01/11/2026 dipindahkan ke BigQuery (kdkmp-ntb.kdkmp.log) dan dihapus dari lembar Log`);
    const keys = bqLog(d).map((r) => r.log_key);
    expect(keys).toHaveLength(k);
    expect(new Set(keys).size).toBe(k);
    expect(logRows(d).some(old)).toBe(false);
  });

  it("a Log row BigQuery refuses ends with an Indonesian message, and nothing is deleted from any sheet", () => {
    const d = archiveProvince();
    // A `log` table made by hand without the `rincian` column: every Log row is refused.
    d.runtime.bigquery.tables.set("kdkmp-ntb:kdkmp.log", {
      projectId: "kdkmp-ntb", datasetId: "kdkmp", tableId: "log", rows: [], insertIds: new Map(), creationTime: 0,
      schema: ["log_key", "province", "spreadsheet_id", "waktu", "pengguna", "aksi", "hasil", "archived_at"].map((name) => ({ name, type: "STRING" })),
    });
    const log = logRows(d);
    const responses = values(d, responseSheetName(d));
    d.newExecution().ledger.reset();
    d.clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(/BigQuery menolak \d+ baris Log: .*rincian.*Tidak ada baris yang dihapus/s);
    expect(deletes(d)).toBe(0);
    expect(values(d, responseSheetName(d))).toEqual(responses);
    expect(logRows(d).slice(0, log.length)).toEqual(log);
  });
});
