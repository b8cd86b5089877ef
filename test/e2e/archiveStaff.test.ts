// Issue 16 with issue 13's archive, through dist/Code.js: what staff typed in their own columns beside
// `Validasi` is never deleted silently by `Arsipkan laporan lama`. Beside the rows that stay it stays
// beside its report; beside the archived rows it is written to `Log` (before any row is deleted, once,
// also when the deleting step is cut off and run again), and so reaches BigQuery's `log` table with the
// next archive. Without staff columns the archive makes one call more than before (the last column).
import type { Driver } from "../../runtime/driver";
import { lastAlert, paste, records, report, responseSheetName, sheetFake, values, wita } from "./agency";
import { archiveProvince, AT } from "./archiveSupport";

const STAFF = /^Lembar Validasi: isian Anda di kolom tambahan/;

/** Two staff columns beside Validasi: a note on every report row, a second column on every third row. */
function withStaffColumns(d: Driver): void {
  const rows = values(d, "Validasi").slice(1).filter((r) => r[0] !== "");
  sheetFake(d, "Validasi").__write(1, 9, [["Catatan Staf", "Tindak"], ...rows.map((r) => [`catatan ${String(r[0])}`, Number(r[0]) % 3 === 0 ? `telepon ${String(r[0])}` : ""])]);
}

const staffLog = (d: Driver): string[] => records(d, "Log").map((r) => String(r.Rincian)).filter((t) => STAFF.test(t) || t.startsWith("(bagian "));
const archive = (d: Driver): number => {
  const before = values(d, responseSheetName(d)).length;
  d.newExecution().ledger.reset();
  d.clickMenu("Arsipkan laporan lama");
  return before - values(d, responseSheetName(d)).length;
};

describe("Arsipkan laporan lama and staff columns beside Validasi", () => {
  it("keeps the staff cells of the rows that stay beside them and writes those of the archived rows to Log, naming each report", () => {
    const d = archiveProvince();
    withStaffColumns(d);
    const validasi = values(d, "Validasi");
    const n = archive(d);
    expect(n).toBeGreaterThan(5);
    // The rows that stay: each staff cell still beside its own report (Baris moved up by n).
    const after = values(d, "Validasi").slice(1).filter((r) => r[0] !== "");
    expect(after.length).toBe(validasi.slice(1).filter((r) => r[0] !== "").length - n);
    for (const r of after) {
      const was = Number(r[0]) + n;
      expect([r[2], r[8], r[9]]).toEqual([validasi[was - 1]![2], `catatan ${was}`, was % 3 === 0 ? `telepon ${was}` : ""]);
    }
    // The archived rows: one Log line names each with its ID, visit day, header and value.
    const lines = staffLog(d);
    expect(lines).toHaveLength(1);
    for (let row = 2; row <= n + 1; row++) {
      const r = validasi[row - 1]!;
      const day = new Date((r[4] as Date).getTime() + 8 * 3_600_000).toISOString().slice(0, 10).split("-").reverse().join("/");
      expect(lines[0]).toContain(`Baris ${row} (${String(r[2])}, ${day}): Catatan Staf = "catatan ${row}"`);
      if (row % 3 === 0) expect(lines[0]).toContain(`Baris ${row} (${String(r[2])}, ${day}): Tindak = "telepon ${row}"`);
    }
    expect(lines[0]).not.toContain(`catatan ${n + 2}"`);
    expect(lastAlert(d)).toContain(`${n} laporan yang diarsipkan punya isian Anda di kolom tambahan Validasi`);
    // The next archive sends that Log row to BigQuery's log table.
    d.runtime.clock.set(wita("2027-02-03T10:00:00").getTime());
    archive(d);
    const stored = (d.runtime.bigquery.tables.get("kdkmp-ntb:kdkmp.log")?.rows ?? []).map((r) => String(r.rincian));
    expect(stored.filter((t) => STAFF.test(t))).toEqual(lines);
  });

  it("a deleting step cut off after the Log line, run again, writes the line once and deletes the rows once", () => {
    const d = archiveProvince();
    withStaffColumns(d);
    const responses = values(d, responseSheetName(d)).length;
    d.ledger.atNextCall("Sheet.deleteRows", () => { throw new Error("Exceeded maximum execution time"); });
    d.newExecution().clickMenu("Arsipkan laporan lama");
    expect(values(d, responseSheetName(d)).length).toBe(responses); // nothing deleted yet
    const lines = staffLog(d);
    expect(lines).toHaveLength(1);
    d.runtime.clock.set(AT.getTime() + 3_600_000);
    const n = archive(d);
    expect(n).toBeGreaterThan(5);
    expect(staffLog(d)).toEqual(lines);
    expect(values(d, "Validasi")[1]![8]).toBe(`catatan ${n + 2}`);
  });

  it("splits a Log line that would pass Google's 50,000 characters per cell", () => {
    const d = archiveProvince();
    withStaffColumns(d);
    const long = "x".repeat(20_000);
    sheetFake(d, "Validasi").__write(2, 10, [[long], [long], [long]]);
    archive(d);
    const lines = staffLog(d);
    expect(lines.length).toBeGreaterThan(1);
    for (const t of lines) expect(t.length).toBeLessThan(50_000);
    expect(lines.map((t) => t.replace(/^\(bagian \d+ dari \d+\) /, "")).join("").split(long).length).toBe(4);
  });

  it("without staff columns: one call more than before (the last column), nothing read, no Log line", () => {
    const d = archiveProvince();
    archive(d);
    expect(staffLog(d)).toHaveLength(0);
    expect(d.ledger.count("Sheet.getLastColumn")).toBe(BEFORE.getLastColumn + 1);
    expect(d.ledger.total()).toBe(BEFORE.total + 1);
    expect([d.ledger.cellsRead, d.ledger.cellsWritten]).toEqual([BEFORE.read, BEFORE.written]);
  });
});

/** The same archive before this change (measured on main's bundle at 330ad7e). */
const BEFORE = { total: 379, getLastColumn: 3, read: 31_353, written: 2_200 };

describe("Arsipkan laporan lama and the spare rows laid out below Validasi and _Status Internal", () => {
  const SPARE = ["Validasi", "_Status Internal"];
  const maxRows = (d: Driver, sheet: string): number => (sheetFake(d, sheet).__grid as { maxRows: number }).maxRows;

  it("deletes the blank rows beyond the rows that stay and a growth's headroom, keeps a staff cell below, and the next submit still takes its fast path", () => {
    const d = archiveProvince();
    // Laid out once for many more reports (a year's worth before an archive).
    for (const sheet of SPARE) sheetFake(d, sheet).insertRowsAfter(maxRows(d, sheet), 5_000);
    const staffRow = 2_000;
    sheetFake(d, "Validasi").__write(staffRow, 10, [["catatan di bawah"]]);
    const n = archive(d);
    expect(n).toBeGreaterThan(5);
    expect(values(d, "Validasi")[staffRow - n - 1]![9]).toBe("catatan di bawah");
    expect(maxRows(d, "Validasi")).toBe(staffRow - n + 500);
    const stateRows = values(d, "_Status Internal").reduce((last, r, i) => (r.some((c) => c !== "") ? i + 1 : last), 0);
    expect(maxRows(d, "_Status Internal")).toBe(stateRows + 500);
    // The rebuild after the archive laid them out again: a submit takes its fast path, its row formatted.
    const book = JSON.parse(d.runtime.properties.document.get("kdkmp.sheets") ?? "{}") as Record<string, { max: number; sig: string }>;
    for (const sheet of SPARE) expect([sheet, book[sheet]!.max, book[sheet]!.sig !== ""]).toEqual([sheet, maxRows(d, sheet), true]);
    d.newExecution().ledger.reset();
    d.submitForm(report("K-02", "2026-12-03", 70), wita("2026-12-03T11:00:00"));
    expect(d.ledger.total()).toBeLessThanOrEqual(15);
    const last = values(d, "Validasi").filter((r) => r[0] !== "").length;
    expect(values(d, "Validasi")[last - 1]!.slice(2, 3)).toEqual(["K-02"]);
    expect(sheetFake(d, "Validasi").__cell(last, 5)?.fmt).toBe("dd/MM/yyyy");
    // Grown again past the trimmed rows: every new row gets its column's formats.
    const sheet = responseSheetName(d);
    const row = values(d, sheet)[1]!;
    paste(d, sheet, Array.from({ length: 3_000 }, () => row.slice()), values(d, sheet).length + 1);
    d.runtime.clock.set(wita("2026-12-03T12:00:00").getTime());
    d.newExecution().clickMenu("Validasi laporan baru");
    const grown = values(d, "Validasi").filter((r) => r[0] !== "").length;
    expect(grown).toBeGreaterThan(staffRow - n + 500);
    expect(maxRows(d, "Validasi")).toBeGreaterThanOrEqual(grown);
    for (const r of [grown, maxRows(d, "Validasi")]) expect([1, 3, 5].map((c) => sheetFake(d, "Validasi").__cell(r, c)?.fmt)).toEqual(["0", "@", "dd/MM/yyyy"]);
    expect(values(d, "Validasi")[staffRow - n - 1]![9]).toBe("catatan di bawah");
  });
});
