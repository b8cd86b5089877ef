// Issue 17 (archive), through dist/Code.js: a province played for three months is archived to the
// runtime's BigQuery; every output sheet then equals the same workbook not archived (cell for cell, the
// rows that left aside), later submits give the same outcomes within the submit path's calls, a run cut
// off between its inserts and its delete loses and duplicates nothing, and BigQuery's errors stop the
// run with an Indonesian message before anything is deleted.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, dialogs, lastAlert, report, responseSheetName, setSetting, values, wita } from "./agency";

const OUTPUTS = ["Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat"];
const COOPS = ["K-01", "K-02", "K-03", "K-04", "K-05"];
const DAY_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Three months of reports (every other day, two cooperatives a day), a late one, a repeat and a correction. */
function playMonths(d: Driver): void {
  const start = wita("2026-09-01T00:00:00").getTime();
  const progress = new Map<string, number>();
  for (let day = 0, i = 0; day < 91; day += 2) {
    for (let k = 0; k < 2; k++, i++) {
      const id = COOPS[i % COOPS.length]!;
      const p = Math.min(100, (progress.get(id) ?? 0) + (i % 7 === 3 ? -5 : 5));
      progress.set(id, Math.max(0, p));
      const visit = iso(start + day * DAY_MS);
      d.submitForm(report(id, visit, Math.max(0, p)), new Date(start + day * DAY_MS + (9 + k) * 3_600_000));
    }
    if (day === 48) {
      // In October: a report of a visit long past (Ditolak), an identical repeat (Duplikat) and a correction (Dikoreksi).
      const noon = start + day * DAY_MS + 12 * 3_600_000;
      d.submitForm(report("K-01", "2026-09-02", 30), new Date(noon));
      const last = COOPS[(i - 1) % COOPS.length]!;
      d.submitForm(report(last, iso(start + day * DAY_MS), progress.get(last)!), new Date(noon + 60_000));
      d.submitForm(report(last, iso(start + day * DAY_MS), progress.get(last)! + 1), new Date(noon + 120_000));
    }
    // Across the archive's edge: a report archived on 3 December (sent 24 November) corrected by one that stays.
    if (day === 84) d.submitForm(report("K-04", "2026-11-24", 62), wita("2026-11-24T20:00:00"));
    if (day === 86) d.submitForm(report("K-04", "2026-11-24", 64), wita("2026-11-27T20:00:00"));
    if (day % 14 === 0) d.fireTimeTriggers(new Date(start + day * DAY_MS + 14 * 3_600_000));
  }
  // Late and repeated reports among the rows that stay: a report sent out of order, an identical repeat, a late visit.
  d.submitForm(report("K-01", "2026-09-02", 30), wita("2026-10-20T12:00:00"));
  d.submitForm(report("K-02", "2026-11-28", 40), wita("2026-11-28T15:00:00"));
  d.submitForm(report("K-02", "2026-11-28", 40), wita("2026-11-28T15:05:00"));
  d.submitForm(report("K-03", "2026-11-10", 55), wita("2026-11-11T08:00:00"));
}

function province(archive: boolean): Driver {
  const d = agencyWorkbook({ now: wita("2026-09-01T07:00:00") });
  d.runtime.bigquery.datasets.add("kdkmp-ntb:kdkmp");
  if (archive) {
    setSetting(d, "ARSIP_BIGQUERY", "Ya");
    setSetting(d, "ARSIP_PROYEK", "kdkmp-ntb");
    setSetting(d, "ARSIP_DATASET", "kdkmp");
  }
  playMonths(d);
  return d;
}

/** `Validasi` of the workbook not archived as the archived one shows it: rows moved up by `n`, references to archived rows named as such. */
/** The played province archived on 3 December, its twin never archived, and how many rows moved out. */
function archivedPair(): { archived: Driver; plain: Driver; n: number } {
  const archived = province(true);
  const plain = province(false);
  const before = values(archived, responseSheetName(archived)).length;
  archived.runtime.clock.set(wita("2026-12-03T10:00:00").getTime());
  archived.newExecution().clickMenu("Arsipkan laporan lama");
  return { archived, plain, n: before - values(archived, responseSheetName(archived)).length };
}

function movedUp(rows: CellValue[][], n: number): CellValue[][] {
  return [rows[0]!, ...rows.slice(n + 1).map((r) => r.map((c, i) => {
    if (i === 0 && typeof c === "number") return c - n;
    return i === 6 ? renamed(c, n) : c;
  }))];
}

function renamed(c: CellValue, n: number): CellValue {
  if (typeof c !== "string") return c;
  return c.replace(/baris (\d+)/g, (_, x: string) => (Number(x) <= n + 1 ? "laporan yang sudah diarsipkan" : `baris ${Number(x) - n}`));
}

function tindakLanjutMovedUp(rows: CellValue[][], n: number): CellValue[][] {
  // The warnings section's `Baris` and reasons name response rows too.
  let inWarnings = false;
  return rows.map((r) => {
    if (r[0] === "Baris") inWarnings = true;
    return inWarnings && typeof r[0] === "number" ? [r[0] - n, ...r.slice(1).map((c) => renamed(c, n))] : r;
  });
}

const bqRows = (d: Driver) => d.runtime.bigquery.tables.get("kdkmp-ntb:kdkmp.laporan")?.rows ?? [];

describe("Arsipkan laporan lama", () => {
  let archived: Driver;
  let plain: Driver;
  let n = 0;
  let getMaxRowsCalls = 0;
  const at = wita("2026-12-03T10:00:00");

  beforeAll(() => {
    archived = province(true);
    plain = province(false);
    const before = values(archived, responseSheetName(archived)).length;
    archived.runtime.clock.set(at.getTime());
    archived.newExecution().ledger.reset();
    archived.clickMenu("Arsipkan laporan lama");
    getMaxRowsCalls = archived.ledger.count("Sheet.getMaxRows");
    n = before - values(archived, responseSheetName(archived)).length;
    plain.runtime.clock.set(at.getTime());
    plain.newExecution().clickMenu("Perbarui status & ringkasan");
  });

  it("moves the oldest reports (visit month closed, older than MAKS_UMUR_LAPORAN_HARI) to BigQuery and out of the sheets", () => {
    expect(lastAlert(archived)).toMatch(/laporan lama diarsipkan ke BigQuery \(kdkmp-ntb\.kdkmp\.laporan\)/);
    expect(n).toBeGreaterThan(80);
    const stored = bqRows(archived);
    expect(stored).toHaveLength(n);
    expect(new Set(stored.map((r) => r.report_key)).size).toBe(n);
    // Every archived row carries its outcome; the late report, the repeat and the correction kept theirs.
    const statuses = new Set(stored.map((r) => r.status));
    expect([...statuses].sort()).toEqual(["Dikoreksi", "Ditolak", "Duplikat", "Peringatan", "Valid"]);
    expect(stored.every((r) => String(r.visit_date) < "2026-12-01" && String(r.submitted_at) < "2026-11-26")).toBe(true);
    const responses = values(archived, responseSheetName(archived));
    expect(values(plain, responseSheetName(plain)).slice(n + 1)).toEqual(responses.slice(1));
    expect(values(archived, "Validasi")).toHaveLength(responses.length);
  });

  it("keeps in the hidden _Arsip Dasar each cooperative's state and the archived reports' digest, not the reports", () => {
    const cells = values(archived, "_Arsip Dasar").slice(1).map((r) => String(r[0] ?? "")).filter((c) => c !== "");
    expect(cells[0]).toMatch(/^B\{"v":2,"a":\d+,"s":/);
    const text = cells.map((c) => c.slice(1)).join("");
    expect(JSON.parse(text)).toMatchObject({ v: 2, a: n, d: { c: expect.any(Array) } });
    expect(JSON.parse(text)).not.toHaveProperty("r");
  });

  it("says the workbook's cells after the run as Google counts them (every sheet's grid, hidden ones too), counted once", () => {
    const sheets = (archived.spreadsheet as unknown as { __sheets: { __grid: { maxRows: number; maxCols: number } }[] }).__sheets;
    const cells = sheets.reduce((c, s) => c + s.__grid.maxRows * s.__grid.maxCols, 0);
    expect(lastAlert(archived)).toContain(`Sel lembar kerja kini ${cells.toLocaleString("de-DE")} dari batas Google 10.000.000 (${n} baris laporan`);
    // One count (a getMaxRows per sheet) plus the deletes' and layouts' own (the `Log`'s delete and the
    // append after it measure `Log` again): two counts would pass twice the sheets and more.
    expect(getMaxRowsCalls).toBeLessThan(2 * sheets.length + 2);
  });

  it("leaves every output sheet equal to the same workbook not archived", () => {
    for (const sheet of OUTPUTS) {
      const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), n) : values(plain, sheet);
      expect([sheet, values(archived, sheet)]).toEqual([sheet, expected]);
    }
    expect(values(archived, "Validasi")).toEqual(movedUp(values(plain, "Validasi"), n));
  });

  it("leaves a checkpoint: the next Perbarui status & ringkasan works from the kept states, not every report", () => {
    const later = wita("2026-12-03T11:00:00");
    for (const d of [archived, plain]) {
      d.runtime.clock.set(later.getTime());
      d.newExecution().clickMenu("Perbarui status & ringkasan");
    }
    const log = values(archived, "Log").slice(-1)[0]!;
    expect(String(log[4])).toMatch(/Dihitung dari status tersimpan: 0 baris laporan baru dibaca/);
    for (const sheet of OUTPUTS) {
      const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), n) : values(plain, sheet);
      expect([sheet, values(archived, sheet)]).toEqual([sheet, expected]);
    }
  });

  it("gives later submits the same outcomes, within the submit path's 15 calls", () => {
    const later: Array<[string, string, number, string]> = [
      ["K-01", "2026-12-03", 70, "2026-12-03T11:00:00"], ["K-02", "2026-12-03", 10, "2026-12-03T11:30:00"],
      ["K-03", "2026-12-04", 80, "2026-12-04T09:00:00"], ["K-03", "2026-12-04", 85, "2026-12-04T09:30:00"],
      ["K-04", "2026-11-30", 60, "2026-12-04T10:00:00"], ["K-05", "2026-11-20", 60, "2026-12-04T11:00:00"],
    ];
    for (const [id, visit, progress, time] of later) {
      for (const d of [archived, plain]) {
        d.newExecution();
        d.ledger.reset();
        d.submitForm(report(id, visit, progress), wita(time));
        if (d === archived) expect(d.ledger.total()).toBeLessThanOrEqual(15);
      }
      expect(values(archived, "Validasi")).toEqual(movedUp(values(plain, "Validasi"), n));
    }
    for (const d of [archived, plain]) d.fireTimeTriggers(wita("2026-12-05T06:00:00"));
    for (const sheet of OUTPUTS) {
      const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), n) : values(plain, sheet);
      expect([sheet, values(archived, sheet)]).toEqual([sheet, expected]);
    }
  });
});

describe("full validations after archiving start from the archive base", () => {
  it.each(["Validasi ulang semua laporan", "Validasi laporan baru"])("%s gives the outcomes of the workbook not archived", (menu) => {
    const { archived, plain, n } = archivedPair();
    expect(n).toBeGreaterThan(80);
    for (const d of [archived, plain]) {
      d.submitForm(report("K-02", "2026-12-03", 75), wita("2026-12-03T12:00:00"));
      d.runtime.clock.set(wita("2026-12-03T13:00:00").getTime());
      d.newExecution().clickMenu(menu);
    }
    expect(values(archived, "Validasi")).toEqual(movedUp(values(plain, "Validasi"), n));
    expect(values(archived, "Status Koperasi")).toEqual(values(plain, "Status Koperasi"));
    expect(lastAlert(archived).replace(/\d+ laporan/g, "")).toBe(lastAlert(plain).replace(/\d+ laporan/g, ""));
    // The WhatsApp text counts from the same base.
    for (const d of [archived, plain]) d.newExecution().clickMenu("Salin ringkasan untuk WhatsApp");
    expect(dialogs(archived).slice(-1)).toEqual(dialogs(plain).slice(-1));
    // And the rebuild after the job (from whatever the job left: a checkpoint, or a full read) counts the archived reports.
    for (const d of [archived, plain]) d.newExecution().clickMenu("Perbarui status & ringkasan");
    for (const sheet of OUTPUTS) {
      const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), n) : values(plain, sheet);
      expect([sheet, values(archived, sheet)]).toEqual([sheet, expected]);
    }
  });
});

describe("Arsipkan laporan lama, when things go wrong", () => {
  const at = wita("2026-12-03T10:00:00");
  let d: Driver;
  beforeEach(() => {
    d = province(true);
    d.runtime.clock.set(at.getTime());
  });

  it("a run cut off between its inserts and its delete, run again, leaves each report in BigQuery once", () => {
    const rowsBefore = values(d, responseSheetName(d));
    d.ledger.atNextCall("Sheet.deleteRows", () => { throw new Error("Exceeded maximum execution time"); });
    d.newExecution().clickMenu("Arsipkan laporan lama");
    const sent = bqRows(d).length;
    expect(sent).toBeGreaterThan(80);
    expect(values(d, responseSheetName(d))).toEqual(rowsBefore);
    d.runtime.clock.set(at.getTime() + 3 * 3_600_000); // hours later: insertIds no longer protect
    d.newExecution().ledger.reset();
    d.clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(new RegExp(`^Pantau KDKMP: Arsipkan laporan lama\n${sent} laporan lama diarsipkan`));
    expect(d.ledger.count("BigQuery.Tabledata.insertAll")).toBe(0);
    const keys = bqRows(d).map((r) => r.report_key);
    expect(keys).toHaveLength(sent);
    expect(new Set(keys).size).toBe(sent);
    expect(values(d, responseSheetName(d))).toHaveLength(rowsBefore.length - sent);
  });

  it("a run cut off after the response rows left, before the new base was in use, is settled by the next archive run; other jobs wait for it", () => {
    const plain = province(false);
    const before = values(d, responseSheetName(d)).length;
    // The first deleteRows (the response sheet) goes through; the second (`Validasi`) is cut off.
    d.ledger.atNextCall("Sheet.deleteRows", () => d.ledger.atNextCall("Sheet.deleteRows", () => { throw new Error("Exceeded maximum execution time"); }));
    d.newExecution().clickMenu("Arsipkan laporan lama");
    const n = before - values(d, responseSheetName(d)).length;
    expect(n).toBe(bqRows(d).length);
    expect(d.runtime.properties.document.get("kdkmp.archivePending")).toBeDefined();
    const later = wita("2026-12-03T11:00:00");
    // A rebuild meanwhile waits (the archive's rows are half-moved) and changes nothing.
    const status = values(d, "Status Koperasi");
    d.runtime.clock.set(later.getTime());
    d.newExecution().clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(d)).toMatch(/Arsip laporan lama sedang berjalan bertahap[\s\S]*menunggu sampai arsip selesai/);
    expect(values(d, "Status Koperasi")).toEqual(status);
    d.newExecution().ledger.reset();
    d.clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(/Arsip sebelumnya terhenti setelah menghapus baris; keadaannya diselesaikan sekarang/);
    expect(d.ledger.count("Sheet.deleteRows")).toBe(1); // only the Log's: no report row deleted twice
    expect(values(d, responseSheetName(d)).length).toBe(before - n);
    plain.runtime.clock.set(later.getTime());
    plain.newExecution().clickMenu("Perbarui status & ringkasan");
    expect(d.runtime.properties.document.get("kdkmp.archivePending")).toBeUndefined();
    for (const sheet of OUTPUTS) {
      const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), n) : values(plain, sheet);
      expect([sheet, values(d, sheet)]).toEqual([sheet, expected]);
    }
    // `Validasi` was out of step with the response sheet for that run: only `Diproses` times may differ.
    const withoutProcessed = (rows: CellValue[][]) => rows.map((r) => r.slice(0, 7));
    expect(withoutProcessed(values(d, "Validasi"))).toEqual(withoutProcessed(movedUp(values(plain, "Validasi"), n)));
  });

  it.each([
    ["permission", "Access Denied: Table kdkmp-ntb:kdkmp.laporan: User does not have permission to query table", /tidak punya|peran BigQuery Data Editor/],
    ["quota", "Quota exceeded: Your table exceeded quota for streaming inserts", /Kuota BigQuery habis/],
  ])("a BigQuery %s error ends with an Indonesian message and nothing deleted", (_kind, google, said) => {
    const rowsBefore = values(d, responseSheetName(d));
    d.ledger.setFaults([{ match: "BigQuery.Tabledata.insertAll", rate: 1, message: `API call to bigquery.tabledata.insertAll failed with error: ${google}` }]);
    d.newExecution().clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(said);
    expect(lastAlert(d)).toMatch(/Tidak ada baris yang dihapus/);
    expect(values(d, responseSheetName(d))).toEqual(rowsBefore);
  });

  it("a dataset that does not exist is named, and nothing is deleted", () => {
    setSetting(d, "ARSIP_DATASET", "tidak_ada");
    const rowsBefore = values(d, responseSheetName(d));
    d.newExecution().clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(/Dataset kdkmp-ntb\.tidak_ada\.laporan tidak ditemukan/);
    expect(values(d, responseSheetName(d))).toEqual(rowsBefore);
  });

  it("waits while a job paused by the time budget is still to continue over the old rows", () => {
    d.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
    d.runtime.properties.document.set("kdkmp.rangeRows", "10");
    d.newExecution().clickMenu("Validasi ulang semua laporan"); // one range of rows, then paused
    d.runtime.properties.document.delete("kdkmp.timeBudgetMs");
    const rowsBefore = values(d, responseSheetName(d));
    d.newExecution().clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(/pekerjaan validasi yang belum selesai/);
    expect(values(d, responseSheetName(d))).toEqual(rowsBefore);
    expect(bqRows(d)).toHaveLength(0);
  });

  it("with ARSIP_BIGQUERY Tidak the menu item explains how to turn it on", () => {
    setSetting(d, "ARSIP_BIGQUERY", "Tidak");
    d.newExecution().clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(/ARSIP_BIGQUERY = Ya.*ARSIP_PROYEK.*ARSIP_DATASET/);
    expect(bqRows(d)).toHaveLength(0);
  });

  it("a bad ARSIP_PROYEK is named with its value and what is expected", () => {
    setSetting(d, "ARSIP_PROYEK", "Proyek NTB");
    d.newExecution().clickMenu("Arsipkan laporan lama");
    expect(lastAlert(d)).toMatch(/ARSIP_PROYEK[\s\S]*Proyek NTB[\s\S]*ID proyek Google Cloud/);
  });
});

describe("the monthly archive (ARSIP_BULANAN)", () => {
  it("runs in the hourly trigger's daily run once a calendar month, and only when set", () => {
    const d = province(true);
    const rows = () => values(d, responseSheetName(d)).length;
    const before = rows();
    d.fireTimeTriggers(wita("2026-12-03T06:00:00"));
    expect(rows()).toBe(before); // ARSIP_BULANAN Tidak: the daily run only rebuilds
    expect(bqRows(d)).toHaveLength(0);

    setSetting(d, "ARSIP_BULANAN", "Ya");
    d.newExecution().ledger.reset();
    d.fireTimeTriggers(wita("2026-12-04T06:00:00"));
    expect(d.ledger.count("BigQuery.Tabledata.insertAll")).toBeGreaterThan(0);
    const sent = bqRows(d).length;
    expect(sent).toBeGreaterThan(80);
    expect(rows()).toBe(before - sent);
    const log = values(d, "Log").slice(-1)[0]!;
    expect(String(log[4])).toMatch(/laporan lama diarsipkan ke BigQuery/);

    d.newExecution().ledger.reset();
    d.fireTimeTriggers(wita("2026-12-05T06:00:00"));
    expect(d.ledger.count("BigQuery.Jobs.query") + d.ledger.count("BigQuery.Tabledata.insertAll")).toBe(0);
    expect(bqRows(d)).toHaveLength(sent);
  });

  it("in row ranges: the daily run starts it, the next hourly runs continue it (one range each), then the day's rebuild follows", () => {
    const d = province(true);
    setSetting(d, "ARSIP_BULANAN", "Ya");
    d.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
    d.runtime.properties.document.set("kdkmp.rangeRows", "20");
    const rows = () => values(d, responseSheetName(d)).length;
    const days = () => new Set(values(d, "Riwayat").slice(1).map((r) => String(r[0]))).size;
    const before = rows();
    const riwayatDays = days();
    const lastLog = () => String(values(d, "Log").slice(-1)[0]![4]);
    d.fireTimeTriggers(wita("2026-12-03T06:00:00"));
    expect(lastLog()).toMatch(/^Arsip laporan lama berjalan bertahap: semua laporan divalidasi dulu[\s\S]*dilanjutkan otomatis oleh pemicu per jam berikutnya/);
    expect(rows()).toBe(before);
    // The hourly trigger every five minutes of the daily window: each run one range, the last deletes.
    let runs = 1;
    for (let k = 1; d.runtime.properties.document.get("kdkmp.cursor") && k < 40; k++, runs++) {
      d.fireTimeTriggers(new Date(wita("2026-12-03T06:00:00").getTime() + k * 300_000));
      if (rows() === before) expect(lastLog()).toMatch(/^Arsip laporan lama berjalan bertahap/);
    }
    expect(runs).toBeGreaterThan(10);
    const sent = bqRows(d).length;
    expect(sent).toBeGreaterThan(80);
    expect(rows()).toBe(before - sent);
    // The rebuild after the archive wrote the day's sheets (and `Riwayat` rows); the daily run, which waited
    // for the archive, comes next and adds no second set of rows.
    expect(days()).toBe(riwayatDays + 1);
    expect(d.runtime.properties.document.get("kdkmp.lastDailyRebuild")).not.toBe("2026-12-03");
    d.fireTimeTriggers(wita("2026-12-03T08:00:00"));
    expect(d.runtime.properties.document.get("kdkmp.lastDailyRebuild")).toBe("2026-12-03");
    expect(days()).toBe(riwayatDays + 1);
    expect(d.runtime.properties.document.get("kdkmp.lastMonthlyArchive")).toBe("2026-12");
    d.newExecution().ledger.reset();
    d.fireTimeTriggers(wita("2026-12-04T06:00:00"));
    expect(d.ledger.count("BigQuery.Jobs.query") + d.ledger.count("BigQuery.Tabledata.insertAll")).toBe(0);
  });

  it("a failed monthly archive leaves the daily rebuild done, names the error, deletes nothing and tries again the next day", () => {
    const d = province(true);
    setSetting(d, "ARSIP_BULANAN", "Ya");
    setSetting(d, "ARSIP_DATASET", "tidak_ada");
    const before = values(d, responseSheetName(d));
    const days = () => new Set(values(d, "Riwayat").slice(1).map((r) => String(r[0]))).size;
    const riwayatDays = days();
    d.fireTimeTriggers(wita("2026-12-03T06:00:00"));
    const log = values(d, "Log").slice(-1)[0]!;
    expect(String(log[3])).toBe("Peringatan");
    expect(String(log[4])).toMatch(/Arsip bulanan gagal[\s\S]*Dataset kdkmp-ntb\.tidak_ada\.laporan tidak ditemukan/);
    expect(days()).toBe(riwayatDays + 1);
    expect(values(d, responseSheetName(d))).toEqual(before);

    setSetting(d, "ARSIP_DATASET", "kdkmp");
    d.fireTimeTriggers(wita("2026-12-04T06:00:00"));
    expect(bqRows(d).length).toBeGreaterThan(80);
  });
});

describe("a workbook archived before the digest (first format of _Arsip Dasar)", () => {
  /** Rewrites the base in use as the first format wrote it: the archived rows' results (from the workbook not archived), the same states. */
  function asFirstFormat(d: Driver, plain: Driver, n: number): void {
    const slot = JSON.parse(d.runtime.properties.document.get("kdkmp.archive")!) as { col: number; n: number };
    const column = values(d, "_Arsip Dasar").slice(1, 1 + slot.n).map((r) => String(r[slot.col - 1] ?? "").slice(1));
    const now = JSON.parse(column.join("")) as { v: number; a: number; s: unknown[] };
    const statuses = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"];
    const day = (c: CellValue) => (c instanceof Date ? Math.floor((c.getTime() + 8 * 3_600_000) / DAY_MS) : null);
    const r = values(plain, "Validasi").slice(1, n + 1).map((v) => [
      Number(v[0]) - n, v[1] instanceof Date ? v[1].getTime() : null, String(v[2]), String(v[3]), day(v[4]!), statuses.indexOf(String(v[5])),
    ]);
    expect(now.v).toBe(2);
    const text = JSON.stringify({ v: 1, a: now.a, s: now.s, r });
    const cells = [];
    for (let i = 0; i < text.length; i += 45_000) cells.push([`B${text.slice(i, i + 45_000)}`]);
    const sheet = (d.spreadsheet as unknown as { __sheet(n: string): { __write(r: number, c: number, v: unknown[][]): void } }).__sheet("_Arsip Dasar");
    sheet.__write(2, slot.col, [...cells, ...Array.from({ length: Math.max(0, slot.n - cells.length) }, () => [""])]);
    d.runtime.properties.document.set("kdkmp.archive", JSON.stringify({ col: slot.col, n: cells.length }));
  }

  it("still works as it did, and the next archive run writes the digest form: outputs equal the workbook never archived", () => {
    const { archived, plain, n } = archivedPair();
    asFirstFormat(archived, plain, n);
    const same = (moved: number) => {
      for (const sheet of OUTPUTS) {
        const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), moved) : values(plain, sheet);
        expect([sheet, values(archived, sheet)]).toEqual([sheet, expected]);
      }
    };
    // Read as it is: a full read and later submits give the outcomes of the workbook never archived.
    for (const d of [archived, plain]) {
      d.runtime.clock.set(wita("2026-12-03T11:00:00").getTime());
      d.newExecution().clickMenu("Validasi ulang semua laporan");
      d.newExecution().clickMenu("Perbarui status & ringkasan");
      d.submitForm(report("K-03", "2026-12-04", 81), wita("2026-12-04T09:00:00"));
      d.submitForm(report("K-05", "2026-12-04", 70), wita("2026-12-04T10:00:00"));
    }
    same(n);
    // The next archive reads the first format and writes the second; everything stays equal.
    const left = values(archived, responseSheetName(archived)).length;
    archived.runtime.clock.set(wita("2026-12-12T10:00:00").getTime());
    archived.newExecution().clickMenu("Arsipkan laporan lama");
    const m = left - values(archived, responseSheetName(archived)).length;
    expect(m).toBeGreaterThan(0);
    const slot = JSON.parse(archived.runtime.properties.document.get("kdkmp.archive")!) as { col: number };
    expect(String(values(archived, "_Arsip Dasar")[1]![slot.col - 1])).toMatch(/^B\{"v":2,/);
    plain.runtime.clock.set(wita("2026-12-12T10:00:00").getTime());
    plain.newExecution().clickMenu("Perbarui status & ringkasan");
    same(n + m);
    expect(values(archived, "Validasi")).toEqual(movedUp(values(plain, "Validasi"), n + m));
  });
});

describe("Arsipkan laporan lama in row ranges (time budget 0: one range per execution)", () => {
  const at = wita("2026-12-03T10:00:00");
  const ranged = (d: Driver) => {
    d.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
    d.runtime.properties.document.set("kdkmp.rangeRows", "20");
  };
  const cursor = (d: Driver) => d.runtime.properties.document.get("kdkmp.cursor");

  it("continues click by click, reads and writes about one range per execution, takes a submit's fast path meanwhile, and ends equal to the workbook never archived", () => {
    const archived = province(true);
    const plain = province(false);
    // The one-execution archive of the same workbook: what a single run reads.
    const whole = province(true);
    whole.runtime.clock.set(at.getTime());
    whole.newExecution().ledger.reset();
    whole.clickMenu("Arsipkan laporan lama");
    const wholeRead = whole.ledger.cellsRead;

    ranged(archived);
    const rows = values(archived, responseSheetName(archived)).length;
    archived.runtime.clock.set(at.getTime());
    const parts: { read: number; written: number; alert: string; deletes: number }[] = [];
    const click = () => {
      archived.newExecution().ledger.reset();
      archived.clickMenu("Arsipkan laporan lama");
      parts.push({ read: archived.ledger.cellsRead, written: archived.ledger.cellsWritten, alert: lastAlert(archived), deletes: archived.ledger.count("Sheet.deleteRows") });
    };
    click();
    expect(parts[0]!.alert).toMatch(/Arsip laporan lama berjalan bertahap: semua laporan divalidasi dulu[\s\S]*Belum ada yang dihapus dari lembar; arsip dilanjutkan otomatis oleh pemicu per jam berikutnya/);
    // Clicked until it is sending (the full validation first, 20 rows a part).
    while (!/laporan baris 2–\d+ sudah ada di BigQuery/.test(parts[parts.length - 1]!.alert) && parts.length < 30) click();
    const validating = parts.length - 1;
    expect(parts.filter((p) => /semua laporan (divalidasi dulu|sudah divalidasi)/.test(p.alert))).toHaveLength(validating);
    expect(validating).toBe(Math.ceil((rows - 1) / 20));

    // Meanwhile: a report arrives (fast path, not lost), and a rebuild waits without changing anything.
    for (const d of [archived, plain]) {
      d.newExecution().ledger.reset();
      d.submitForm(report("K-03", "2026-12-03", 90), wita("2026-12-03T10:30:00"));
      if (d === archived) expect(d.ledger.total()).toBeLessThanOrEqual(15);
    }
    expect(values(archived, "Validasi").slice(-1)[0]![5]).toBe(values(plain, "Validasi").slice(-1)[0]![5]);
    const ringkasan = values(archived, "Ringkasan");
    archived.newExecution().clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(archived)).toMatch(/Arsip laporan lama sedang berjalan bertahap[\s\S]*Tidak ada yang diubah/);
    expect(values(archived, "Ringkasan")).toEqual(ringkasan);
    expect(values(archived, "Log").slice(-1)[0]![4]).toMatch(/menunggu sampai arsip selesai/);

    while (cursor(archived) && JSON.parse(cursor(archived)!).job === "archive" && parts.length < 60) click();
    const done = parts[parts.length - 1]!;
    expect(done.alert).toMatch(/laporan lama diarsipkan ke BigQuery/);
    // Nothing was deleted before the last part, and that part deleted with one call per sheet.
    expect(parts.slice(0, -1).every((p) => p.deletes === 0)).toBe(true);
    expect(done.deletes).toBe(4);
    const n = rows - values(archived, responseSheetName(archived)).length + 1; // + the report sent meanwhile
    expect(n).toBeGreaterThan(80);
    const sending = parts.length - 1 - validating;
    // Report ranges (the last ends the archivable block), then the Log's ranges, then the deleting step.
    expect(sending).toBeGreaterThanOrEqual(Math.ceil(n / 20));
    expect(parts.length).toBeLessThan(25);
    // Every part read far less than the one-execution archive (about one range, plus the few thousand cells every run reads).
    // Every part but the last read far less than the one-execution archive: one range, plus the few
    // thousand cells every run reads. The last deletes and starts the rebuild (here its only range and every output sheet).
    for (const p of parts.slice(0, -1)) expect(p.read).toBeLessThan(wholeRead / 5);
    expect(done.read).toBeLessThan(wholeRead);
    // The rebuild after it continues in ranges too.
    while (cursor(archived) && parts.length < 60) {
      archived.newExecution().clickMenu("Perbarui status & ringkasan");
      parts.push({ read: 0, written: 0, alert: lastAlert(archived), deletes: 0 });
    }
    plain.newExecution().clickMenu("Perbarui status & ringkasan");

    const stored = bqRows(archived);
    expect(stored).toHaveLength(n);
    expect(new Set(stored.map((r) => r.report_key)).size).toBe(n);
    for (const sheet of OUTPUTS) {
      const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), n) : values(plain, sheet);
      expect([sheet, values(archived, sheet)]).toEqual([sheet, expected]);
    }
    expect(values(archived, "Validasi")).toEqual(movedUp(values(plain, "Validasi"), n));
  });

  it("a part cut off between its inserts and its progress save, and a BigQuery error mid-range, lose and duplicate nothing", () => {
    const d = province(true);
    const plain = province(false);
    ranged(d);
    d.runtime.clock.set(at.getTime());
    const cut = () => { throw new Error("Exceeded maximum execution time"); };
    let guard = 0;
    const click = () => {
      d.newExecution();
      d.clickMenu("Arsipkan laporan lama");
    };
    while (!/laporan baris 2–\d+ sudah ada di BigQuery/.test(lastAlert(d)) && guard++ < 30) click();
    // Cut off inside a range: between its insertAll and the progress save (the next write to the hidden sheet).
    d.ledger.atNextCall("BigQuery.Tabledata.insertAll", () => d.ledger.atNextCall("Range.setValues", cut));
    click();
    click();
    // And a BigQuery error in the middle of a range: the job stops, nothing deleted, and starts over.
    d.ledger.atNextCall("BigQuery.Tabledata.insertAll", () => { throw new Error("API call to bigquery.tabledata.insertAll failed with error: Backend error"); });
    click();
    expect(lastAlert(d)).toMatch(/BigQuery gagal: Backend error[\s\S]*Tidak ada baris yang dihapus/);
    expect(values(d, responseSheetName(d))).toEqual(values(plain, responseSheetName(plain)));
    d.runtime.clock.set(at.getTime() + 3 * 3_600_000); // hours later: insertIds no longer protect
    while (!/laporan lama diarsipkan ke BigQuery/.test(lastAlert(d)) && guard++ < 60) click();
    while (d.runtime.properties.document.get("kdkmp.cursor") && guard++ < 80) {
      d.newExecution();
      d.clickMenu("Perbarui status & ringkasan");
    }
    const n = bqRows(d).length;
    expect(new Set(bqRows(d).map((r) => r.report_key)).size).toBe(n);
    expect(values(plain, responseSheetName(plain)).length - values(d, responseSheetName(d)).length).toBe(n);
    plain.runtime.clock.set(d.runtime.clock.now());
    plain.newExecution().clickMenu("Perbarui status & ringkasan");
    for (const sheet of OUTPUTS) {
      const expected = sheet === "Tindak Lanjut" ? tindakLanjutMovedUp(values(plain, sheet), n) : values(plain, sheet);
      expect([sheet, values(d, sheet)]).toEqual([sheet, expected]);
    }
  });
});
