// Issue 13 for the daily feedback emails (KIRIM_UMPAN_BALIK), through dist/Code.js: `Validasi` is read
// from its end backwards one chunk per call until a whole chunk was submitted before the day, so the cells
// read follow the rows since the day, not the history; the emails equal those of a twin that reads the
// whole sheet in one call. Out-of-order rows typed by hand and a day with nothing to send are covered.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { KOPERASI, agencyWorkbook, answers, lastLog, paste, records, report, setSetting, values, wita } from "./agency";

const RESPONSES = "Laporan Harian";
const CHUNK = "kdkmp.feedbackChunkRows";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Row { koperasi: string; at: Date; visit: Date; land?: string }

/** Response rows as the form writes them (from a submitted row as template). */
function rows(driver: Driver, list: Row[]): CellValue[][] {
  const header = values(driver, RESPONSES)[0]!.map(String);
  const template = values(driver, RESPONSES)[1]!;
  const col = (h: string) => header.findIndex((x) => x === h || x.startsWith(h));
  return list.map((r) => {
    const k = KOPERASI.find((x) => x.id === r.koperasi)!;
    const a = answers({ pendamping: k.pendamping, koperasi: k.id, visit: "2026-01-01", progress: "10", stage: "Persiapan lahan" });
    const row = template.map(() => "" as CellValue);
    row[0] = r.at;
    for (const h of header) if (a[h] !== undefined) row[header.indexOf(h)] = a[h]!;
    row[col("Tanggal Kunjungan")] = r.visit;
    row[col("Progres Fisik (%)")] = 10;
    if (r.land) row[col("Status Lahan")] = r.land;
    return row;
  });
}

/** `days` days before 16/11 with five valid reports each (one a day per cooperative, visit the day before). */
function history(days: number): Row[] {
  const out: Row[] = [];
  const start = wita("2026-11-16T09:00:00").getTime() - days * DAY;
  for (let d = 0; d < days; d++) {
    KOPERASI.forEach((k, i) => {
      const at = start + d * DAY + i * 60_000;
      out.push({ koperasi: k.id, at: new Date(at), visit: new Date(at - DAY) });
    });
  }
  return out;
}

/** 16/11: rejected (visit after submission), warned (land in process) and valid reports, spread over the day. */
function theDay(): Row[] {
  const at = (hm: string) => wita(`2026-11-16T${hm}:00`);
  const d = (iso: string) => wita(`${iso}T00:00:00`);
  return [
    { koperasi: "K-01", at: at("08:00"), visit: d("2026-11-18") },
    { koperasi: "K-02", at: at("09:00"), visit: d("2026-11-16") },
    { koperasi: "K-04", at: at("10:00"), visit: d("2026-11-16"), land: "Proses (usulan/verifikasi)" },
    { koperasi: "K-03", at: at("13:00"), visit: d("2026-11-20") },
    { koperasi: "K-05", at: at("16:00"), visit: d("2026-11-16"), land: "Proses (usulan/verifikasi)" },
    { koperasi: "K-02", at: at("21:00"), visit: d("2026-11-19") },
  ];
}

/** 17/11 before the daily run (after the day, so the look goes past them). */
function nextMorning(n = 4): Row[] {
  return Array.from({ length: n }, (_, i) => ({ koperasi: KOPERASI[i % KOPERASI.length]!.id, at: wita(`2026-11-17T0${1 + (i % 4)}:${String(10 + i).padStart(2, "0")}:00`), visit: wita("2026-11-17T00:00:00") }));
}

/**
 * A workbook whose response sheet holds `list` (typed in, validated by the menu on 17/11 before the daily
 * run), the emails on (or off, for the twin that measures the daily run without them).
 */
function workbook(list: Row[], chunk: number, feedback = "Ya"): Driver {
  const driver = agencyWorkbook({ now: wita("2026-09-01T08:00:00") });
  driver.submitForm(report("K-01", "2026-08-31", 5), wita("2026-08-31T17:00:00"));
  paste(driver, RESPONSES, rows(driver, list), 3);
  setSetting(driver, "KIRIM_UMPAN_BALIK", feedback);
  driver.runtime.properties.document.set(CHUNK, String(chunk));
  driver.runtime.clock.set(wita("2026-11-17T05:30:00").getTime());
  driver.clickMenu("Validasi laporan baru");
  return driver;
}

/** The daily run at 06:00 (it sends the emails); returns the cells it read. */
function daily(driver: Driver): number {
  driver.newExecution();
  driver.ledger.reset();
  driver.fireTimeTriggers(wita("2026-11-17T06:00:00"));
  return driver.ledger.cellsRead;
}

/** The daily run's cells read for the emails: against the same workbook with the emails off. */
function send(driver: Driver, list: Row[], chunk: number): number {
  return daily(driver) - daily(workbook(list, chunk, "Tidak"));
}

function outbox(driver: Driver): Array<{ to: string; subject: string; body: string }> {
  return driver.runtime.mail.outbox.map((m) => ({ to: m.to, subject: m.subject, body: m.body }));
}

function feedbackLog(driver: Driver): string[] {
  return records(driver, "Log").map((r) => String(r.Rincian)).filter((t) => /Umpan balik/.test(t));
}

const WHOLE = 100_000_000; // one chunk: the whole sheet in one read, as before issue 13

describe("feedback emails read a bounded window of Validasi", () => {
  it("sends the same emails as a twin reading every row, and reads as many cells at 4x the history", () => {
    const reads: number[] = [];
    const whole: number[] = [];
    for (const days of [40, 160]) {
      const list = [...history(days), ...theDay(), ...nextMorning()];
      const chunked = workbook(list, 5);
      const twin = workbook(list, WHOLE);
      reads.push(send(chunked, list, 5));
      whole.push(send(twin, list, WHOLE));
      expect(outbox(chunked).length).toBe(2);
      expect(outbox(chunked)).toEqual(outbox(twin));
      expect(feedbackLog(chunked)).toEqual(feedbackLog(twin));
      expect(outbox(chunked)[0]!.body).toMatch(/K-01 .*: Ditolak[\s\S]*K-03 .*: Ditolak[\s\S]*K-02 .*: Ditolak/);
      expect(outbox(chunked)[1]!.body).toMatch(/K-04 .*: Peringatan[\s\S]*K-05 .*: Peringatan/);
    }
    expect(reads[1]).toBe(reads[0]);
    // The twin's one read grows with the history (7 columns per row).
    expect(whole[1]! - whole[0]!).toBe(120 * KOPERASI.length * 7);
    expect(reads[0]).toBeLessThan(whole[0]! - 150 * 7);
  });

  it("a day with no flagged report sends nothing and still reads only the rows since the day", () => {
    const quiet = (days: number) => {
      const list = [...history(days), ...theDay().filter((r) => r.koperasi === "K-02" && r.visit.getTime() < r.at.getTime()), ...nextMorning()];
      const driver = workbook(list, 5);
      return { driver, read: send(driver, list, 5) };
    };
    const a = quiet(40);
    const b = quiet(160);
    for (const { driver } of [a, b]) {
      expect(outbox(driver)).toEqual([]);
      expect(String(lastLog(driver).Rincian)).toMatch(/Umpan balik: tidak ada laporan 16\/11\/2026 yang perlu dikirim/);
    }
    expect(b.read).toBe(a.read);
  });

  it("out-of-order rows: a row of the day typed below later or older rows is found; one above a whole chunk of older rows is not (documented)", () => {
    const older = history(3);
    const late: Row = { koperasi: "K-05", at: wita("2026-11-16T23:30:00"), visit: wita("2026-11-15T00:00:00"), land: "Proses (usulan/verifikasi)" };
    // The day, then an older row typed after it (no stop: its chunk holds a row of the day), the next
    // morning, then a row of the day typed at the very end.
    const list = [...history(30), ...theDay(), older[0]!, older[1]!, ...nextMorning(), late];
    const chunked = workbook(list, 3);
    const twin = workbook(list, WHOLE);
    daily(chunked);
    daily(twin);
    expect(outbox(chunked)).toEqual(outbox(twin));
    expect(outbox(chunked)[1]!.body).toMatch(/K-05 .*kunjungan 16\/11\/2026 .*: Peringatan[\s\S]*K-05 .*kunjungan 15\/11\/2026 .*: Peringatan/);

    // A report of the day typed above a whole chunk of older rows: the look stops at that chunk.
    const hidden: Row = { koperasi: "K-03", at: wita("2026-11-16T11:00:00"), visit: wita("2026-11-19T00:00:00") };
    const above = [...history(30), hidden, ...history(2), ...theDay(), ...nextMorning()];
    const a = workbook(above, 3);
    const b = workbook(above, WHOLE);
    daily(a);
    daily(b);
    expect(outbox(b)[0]!.body).toMatch(/K-03 .*: Ditolak/);
    const count = (d: Driver) => (outbox(d)[0]!.body.match(/: Ditolak/g) ?? []).length;
    expect(count(b)).toBe(count(a) + 1);
  });

  it("stops after its cap of chunks and says so in the Log", () => {
    const list = [...history(10), ...theDay(), ...nextMorning(40)];
    const driver = workbook(list, 1);
    daily(driver);
    expect(outbox(driver)).toEqual([]);
    expect(feedbackLog(driver).join("\n")).toMatch(/hanya 30 baris terakhir Validasi yang dibaca/);
  });
});
