// A job too long for one execution works in parts: with a tiny time budget each run folds one range of
// rows (a full validation, or the rebuild's full read), saves its progress and leaves a cursor in the
// document properties; the hourly trigger continues, and the sheets end exactly as one long run leaves them.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, answers, lastAlert, paste, values, wita } from "../e2e/agency";

const RESPONSES = "Laporan Harian";
const OUTPUTS = ["Validasi", "Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat", "_Status Internal"];
const CURSOR = "kdkmp.cursor";

function workbook(rows: number): Driver {
  const driver = agencyWorkbook({ now: wita("2026-11-20T08:00:00") });
  driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "10", stage: "Persiapan lahan" }), wita("2026-11-16T17:00:00"));
  const template = values(driver, RESPONSES)[1]!;
  const more: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = template.slice();
    row[0] = new Date(wita("2026-11-17T07:00:00").getTime() + i * 60_000);
    more.push(row.map((c) => (c === "10" || c === 10 ? 10 + (i % 5) : c)));
  }
  paste(driver, RESPONSES, more, 3); // typed in without triggers: nothing validated them yet
  return driver;
}

function props(driver: Driver): Map<string, string> {
  return driver.runtime.properties.document;
}

function snapshot(driver: Driver): Record<string, CellValue[][]> {
  return Object.fromEntries(OUTPUTS.map((n) => [n, values(driver, n)]));
}

describe("a job cut into parts by the time budget", () => {
  it("a rebuild that reads every report, stopped after every range, ends equal to one long rebuild", () => {
    const long = workbook(40);
    long.runtime.clock.set(wita("2026-11-20T08:00:00").getTime());
    long.clickMenu("Perbarui status & ringkasan");

    const parts = workbook(40);
    props(parts).set("kdkmp.timeBudgetMs", "0");
    props(parts).set("kdkmp.rangeRows", "10");
    const statusBefore = values(parts, "Status Koperasi");
    const ringkasanBefore = values(parts, "Ringkasan");
    parts.runtime.clock.set(wita("2026-11-20T08:00:00").getTime());
    parts.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(parts)).toMatch(/baris 2–11 dari 42 sudah divalidasi/);
    expect(props(parts).has(CURSOR)).toBe(true);
    // The range's own Validasi rows are written (its last one as it stands until row 12, which corrects
    // it, is folded); Status Koperasi and the summaries wait for the last range.
    expect(values(parts, "Validasi").slice(0, 10)).toEqual(values(long, "Validasi").slice(0, 10));
    expect(values(parts, "Status Koperasi")).toEqual(statusBefore);
    expect(values(parts, "Ringkasan")).toEqual(ringkasanBefore);

    let hour = 9;
    while (props(parts).has(CURSOR) && hour < 20) parts.fireTimeTriggers(wita(`2026-11-20T${String(hour++).padStart(2, "0")}:00:00`));
    expect(props(parts).has(CURSOR)).toBe(false);
    // Rows 2..42 in ranges of ten: five executions (the menu and four hourly runs).
    expect(hour).toBe(9 + 4);
    // Computed at the job's instant (08:00), like one long run: `Diproses` and `Diperbarui:` included.
    expect(snapshot(parts)).toEqual(snapshot(long));
  });

  it("an hourly catch-up stopped between its row ranges ends equal to one long catch-up", () => {
    const long = workbook(30);
    long.fireTimeTriggers(wita("2026-11-20T03:00:00"));
    const parts = workbook(30);
    props(parts).set("kdkmp.timeBudgetMs", "0");
    props(parts).set("kdkmp.rangeRows", "20");
    parts.fireTimeTriggers(wita("2026-11-20T03:00:00"));
    expect(props(parts).has(CURSOR)).toBe(true);
    parts.fireTimeTriggers(wita("2026-11-20T04:00:00"));
    expect(props(parts).has(CURSOR)).toBe(false);
    expect(values(parts, "Validasi")).toEqual(values(long, "Validasi"));
    expect(values(parts, "Status Koperasi")).toEqual(values(long, "Status Koperasi"));
    expect(values(parts, "_Status Internal")).toEqual(values(long, "_Status Internal"));
  });

  it("reports typed in between the parts of a rebuild are folded at its end, in order", () => {
    const parts = workbook(10);
    props(parts).set("kdkmp.timeBudgetMs", "0");
    props(parts).set("kdkmp.rangeRows", "5");
    parts.clickMenu("Perbarui status & ringkasan");
    expect(props(parts).has(CURSOR)).toBe(true);
    const row = values(parts, RESPONSES)[2]!.slice();
    row[0] = wita("2026-11-20T08:30:00");
    paste(parts, RESPONSES, [row], values(parts, RESPONSES).length + 1);
    parts.fireTimeTriggers(wita("2026-11-20T09:00:00"));
    expect(lastLogDetails(parts)).toMatch(/Melanjutkan/);
    let hour = 10;
    while (props(parts).has(CURSOR) && hour < 20) parts.fireTimeTriggers(wita(`2026-11-20T${String(hour++).padStart(2, "0")}:00:00`));
    expect(values(parts, "Validasi")).toHaveLength(values(parts, RESPONSES).length);
    expect(values(parts, "Validasi").at(-1)?.[0]).toBe(values(parts, RESPONSES).length);
  });
});

function lastLogDetails(driver: Driver): string {
  const log = values(driver, "Log");
  return String(log[log.length - 1]?.[4] ?? "");
}
