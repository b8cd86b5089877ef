// A full validation too long for one execution folds the rows in ranges and saves its progress after
// each: every later execution reads only its own ranges, reports sent meanwhile take the fast path, a
// changed registry starts the job over, a crash mid-step loses nothing, and the sheets end cell for cell
// as one uninterrupted run at the job's instant leaves them.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { KOPERASI, agencyWorkbook, answers, koperasiRows, lastLog, paste, records, report, setSetting, sheetFake, values, wita } from "../e2e/agency";

const RESPONSES = "Laporan Harian";
const CURSOR = "kdkmp.cursor";
const ROWS = 3_000;
const RANGE = 500;
const SHEETS = ["Validasi", "_Status Internal", "Status Koperasi"];
const DAY = 86_400_000;
const T = "2026-11-20T07:00:00";

/** Every cooperative most days; about one report in six repeats or corrects an earlier one of the same visit. */
function history(driver: Driver): CellValue[][] {
  const header = values(driver, RESPONSES)[0]!.map(String);
  const col = (h: string) => header.findIndex((x) => x === h || x.startsWith(h));
  const template = values(driver, RESPONSES)[1]!;
  const start = wita("2025-12-01T17:00:00").getTime();
  const rows: CellValue[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const k = KOPERASI[i % KOPERASI.length]!;
    const day = Math.floor(i / (KOPERASI.length * 2));
    const a = answers({ pendamping: k.pendamping, koperasi: k.id, visit: "2026-01-01", progress: "0", stage: "Pondasi" });
    const row = template.slice();
    row[0] = new Date(start + day * DAY + (i % (KOPERASI.length * 2)) * 60_000);
    row[col("Kabupaten/Kota")] = a["Kabupaten/Kota"]!;
    for (const h of header) if (h.startsWith("Koperasi (")) row[header.indexOf(h)] = a[h] ?? "";
    row[col("ID Pendamping")] = a["ID Pendamping"]!;
    row[col("Tanggal Kunjungan")] = new Date(start + day * DAY - 17 * 3_600_000);
    row[col("Progres Fisik (%)")] = Math.min(100, Math.floor(day / 3) + (i % 6 === 5 ? 1 : 0));
    rows.push(row);
  }
  return rows;
}

/** A workbook whose history was validated once (the submit path's basis), before the job under test. */
function workbook(): Driver {
  const driver = agencyWorkbook({ now: wita("2025-12-01T08:00:00") });
  driver.submitForm(report("K-01", "2025-11-30", 5), wita("2025-11-30T17:00:00"));
  paste(driver, RESPONSES, history(driver), 3);
  driver.runtime.clock.set(wita("2026-11-20T06:00:00").getTime());
  driver.clickMenu("Validasi laporan baru");
  return driver;
}

function props(driver: Driver): Map<string, string> {
  return driver.runtime.properties.document;
}

function inParts(driver: Driver): void {
  props(driver).set("kdkmp.timeBudgetMs", "0");
  props(driver).set("kdkmp.rangeRows", String(RANGE));
}

function sheets(driver: Driver): Record<string, unknown> {
  const status = sheetFake(driver, "Status Koperasi");
  const notes = values(driver, "Status Koperasi").map((_, r) => status.__cell(r + 1, 18)?.note ?? "");
  return { ...Object.fromEntries(SHEETS.map((n) => [n, values(driver, n)])), notes };
}

/** Fires the hourly trigger until the job is done; returns the cells each execution read. */
function finish(driver: Driver, from = 8): number[] {
  const reads: number[] = [];
  for (let hour = from; props(driver).has(CURSOR) && hour < 24; hour++) {
    driver.ledger.reset();
    driver.fireTimeTriggers(wita(`2026-11-20T${String(hour).padStart(2, "0")}:00:00`));
    reads.push(driver.ledger.cellsRead);
  }
  expect(props(driver).has(CURSOR)).toBe(false);
  return reads;
}

function clickAt(driver: Driver, at: string, caption: string): void {
  driver.runtime.clock.set(wita(at).getTime());
  driver.ledger.reset();
  driver.clickMenu(caption);
}

describe("a full validation folded in row ranges", () => {
  const long = workbook();
  clickAt(long, T, "Validasi ulang semua laporan");

  it("runs in several executions, each reading only its ranges, and ends equal to one uninterrupted run", () => {
    const parts = workbook();
    inParts(parts);
    clickAt(parts, T, "Validasi ulang semua laporan");
    const first = parts.ledger.cellsRead;
    expect(props(parts).has(CURSOR)).toBe(true);
    const reads = finish(parts);
    expect(reads.length).toBe(Math.ceil((ROWS + 1) / RANGE) - 1);
    // A range is ~500 response rows (14 cells), their Validasi rows (8) and fingerprints (1): not 3,000 rows.
    const width = values(parts, RESPONSES)[0]!.length + 9;
    for (const n of reads) expect(n).toBeLessThan(RANGE * width + 4_000);
    expect(reads.reduce((a, b) => Math.max(a, b))).toBeLessThan((ROWS * width) / 3);
    expect(first).toBeLessThan(RANGE * width + 4_000);
    expect(String(lastLog(parts).Rincian)).toMatch(/Melanjutkan pekerjaan yang terhenti mulai baris/);
    expect(sheets(parts)).toEqual(sheets(long));
    expect(records(parts, "Validasi").some((r) => r.Status === "Dikoreksi")).toBe(true);
  });

  it("reports sent between parts take the fast path and the job folds them in order at its end", () => {
    const parts = workbook();
    const whole = workbook();
    inParts(parts);
    clickAt(parts, T, "Validasi ulang semua laporan");
    const sent = [
      [report("K-02", "2026-11-20", 60), wita("2026-11-20T07:20:00")],
      [report("K-02", "2026-11-20", 65), wita("2026-11-20T07:25:00")], // corrects the 07:20 report
      [report("K-04", "2026-11-19", 70), wita("2026-11-20T07:30:00")],
    ] as const;
    for (const [a, at] of sent) {
      parts.newExecution();
      parts.ledger.reset();
      const before = props(parts).get(CURSOR);
      parts.submitForm(a, at);
      expect(parts.ledger.total()).toBeLessThanOrEqual(15);
      expect(props(parts).get(CURSOR)).toBe(before);
      expect(lastLog(parts).Aksi).not.toBe("Pemicu kirim formulir");
    }
    expect(records(parts, "Validasi").slice(-3).map((r) => [r.Baris, r.Status])).toEqual([[3003, "Dikoreksi"], [3004, expect.any(String)], [3005, expect.any(String)]]);
    finish(parts);

    for (const [a, at] of sent) whole.submitForm(a, at);
    clickAt(whole, T, "Validasi ulang semua laporan");
    expect(sheets(parts)).toEqual(sheets(whole));
  });

  it("a submit the fast path cannot take waits for the job, and a changed basis starts the job over", () => {
    const parts = workbook();
    const whole = workbook();
    inParts(parts);
    clickAt(parts, T, "Validasi ulang semua laporan");
    const edit = (d: Driver) => {
      setSetting(d, "MAKS_UMUR_LAPORAN_HARI", 8);
      const row = koperasiRows()[KOPERASI.length]!;
      row[1] = "KMP Desa Jonggat Baru";
      paste(d, "Koperasi", [row], KOPERASI.length + 1);
    };
    edit(parts);
    const cursor = props(parts).get(CURSOR);
    parts.ledger.reset();
    parts.submitForm(report("K-03", "2026-11-20", 40), wita("2026-11-20T07:40:00"));
    // Pengaturan changed: no fast path, and no second full validation either (the job folds the row).
    expect(lastLog(parts).Rincian).toMatch(/Baris 3003 menunggu pekerjaan validasi yang sedang berjalan/);
    expect(props(parts).get(CURSOR)).toBe(cursor);
    expect(parts.ledger.cellsRead).toBeLessThan(10_000);
    finish(parts);
    expect(records(parts, "Log").some((r) => /dimulai lagi dari baris pertama/.test(String(r.Rincian)))).toBe(true);
    expect(records(parts, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-05")?.["Nama Koperasi"]).toBe("KMP Desa Jonggat Baru");

    edit(whole);
    whole.submitForm(report("K-03", "2026-11-20", 40), wita("2026-11-20T07:40:00"));
    clickAt(whole, "2026-11-20T08:00:00", "Validasi ulang semua laporan");
    expect(sheets(parts)).toEqual(sheets(whole));
  });

  it("the hourly catch-up reads the history once: its job folds the reports its check already read", () => {
    const driver = workbook();
    const more = history(driver).slice(0, 300).map((r) => {
      const row = r.slice();
      row[0] = new Date((row[0] as Date).getTime() + 300 * DAY);
      return row;
    });
    paste(driver, RESPONSES, more, ROWS + 3); // typed in without triggers: the catch-up validates them
    driver.ledger.reset();
    driver.fireTimeTriggers(wita("2026-11-20T23:00:00")); // outside the daily rebuild's hours
    expect(String(lastLog(driver).Rincian)).toMatch(/^Susulan: 300 laporan divalidasi/);
    expect(values(driver, "Validasi")[ROWS + 300 + 1]?.[0]).toBe(ROWS + 302);
    // Per row: the response cells once (the check), fingerprints and Validasi (the check's column, the
    // job's rows), with the sheets' blank rows below: well under reading the response rows twice.
    const rows = ROWS + 301;
    const width = values(driver, RESPONSES)[0]!.length;
    expect(driver.ledger.cellsRead).toBeLessThan(rows * (2 * width + 8));
  });

  it("a catch-up over a history longer than one range starts its job at once: no execution reads every report", () => {
    const later = (driver: Driver) => {
      const more = history(driver).slice(0, 300).map((r) => {
        const row = r.slice();
        row[0] = new Date((row[0] as Date).getTime() + 300 * DAY);
        return row;
      });
      paste(driver, RESPONSES, more, ROWS + 3); // typed in without triggers: the catch-up validates them
    };
    const whole = workbook();
    later(whole);
    whole.fireTimeTriggers(wita("2026-11-20T23:00:00")); // one range: the check, then the job, in one execution
    const parts = workbook();
    later(parts);
    inParts(parts);
    const reads: number[] = [];
    for (let hour = 0; hour < 24 && (hour === 0 || props(parts).has(CURSOR)); hour++) {
      parts.ledger.reset();
      parts.fireTimeTriggers(wita(hour === 0 ? "2026-11-20T23:00:00" : `2026-11-21T${String(hour - 1).padStart(2, "0")}:00:00`));
      reads.push(parts.ledger.cellsRead);
    }
    expect(props(parts).has(CURSOR)).toBe(false);
    expect(reads.length).toBeGreaterThan(2);
    // Every execution reads about one range (response cells, Validasi, fingerprints), never the 3,301 rows.
    const width = values(parts, RESPONSES)[0]!.length + 9;
    // (Plus the hourly run's own first look: the registry, the last row, the basis.)
    for (const n of reads) expect(n).toBeLessThan(RANGE * width + 6_000);
    expect(Math.max(...reads)).toBeLessThan(((ROWS + 301) * width) / 3);
    expect(values(parts, "Validasi")[ROWS + 300 + 1]?.[0]).toBe(ROWS + 302);
    expect(sheets(parts)).toEqual(sheets(whole));
  });

  it("a run cut off in the middle of a step loses nothing: the next one redoes that range from the saved progress", () => {
    const parts = workbook();
    inParts(parts);
    clickAt(parts, T, "Validasi ulang semua laporan");
    // The second part dies after writing its `Validasi` rows, before its progress is saved.
    parts.ledger.atNextCall("Range.setValues", () => parts.ledger.atNextCall("Range.setValues", () => {
      throw new Error("Exceeded maximum execution time");
    }));
    expect(() => parts.fireTimeTriggers(wita("2026-11-20T08:00:00"))).toThrow(/Exceeded maximum execution time/);
    expect(props(parts).has(CURSOR)).toBe(true);
    finish(parts, 9);
    expect(sheets(parts)).toEqual(sheets(long));
  });
});
