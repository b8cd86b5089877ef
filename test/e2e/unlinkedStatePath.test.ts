// Issue 13, through dist/Code.js: the rebuild's state path serves a workbook whose reports sit in a
// response sheet no form is linked to (found by its header, as the full read found it), instead of a full
// read (in ranges) on every daily rebuild. Every output sheet equals a twin that read every report; the
// cells the state path reads are the same at 4x the history; renamed, the sheet is found again; removed,
// the rebuild reads what is left, as the twin does.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { ADMIN, CODE, koperasiRows, paste, PENDAMPING, report, sheetFake, values, wita } from "./agency";
import { Driver as RuntimeDriver } from "../../runtime/driver";
import { outputsOf, rebuildAt, STATE_LINE } from "./statePathSupport";

const SHEET = "Form Responses 1";
const HEADER = [
  "Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Lombok Barat)", "Koperasi (Lombok Tengah)", "Tanggal Kunjungan",
  "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan", "Kendala", "Tautan Foto", "Koordinat",
];
const COOPS = ["K-01", "K-02", "K-03", "K-04", "K-05"];
const FULL_LINE = /status & ringkasan disusun dari hasilnya/;

function typed(k: string, visit: string, progress: number, at: Date): CellValue[] {
  const a = report(k, visit, progress);
  return HEADER.map((h, i): CellValue => (i === 0 ? at : h === "Tanggal Kunjungan" ? wita(`${visit}T00:00:00`) : h === "Progres Fisik (%)" ? progress : a[h] ?? ""));
}

/** Each cooperative once a day for `days` days up to 16 November; K-03 stops reporting a week before. */
function history(days: number): CellValue[][] {
  const out: CellValue[][] = [];
  const end = wita("2026-11-16T00:00:00").getTime();
  for (let d = days - 1; d >= 0; d--) {
    const day = new Date(end - d * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    COOPS.forEach((k, i) => {
      if (k !== "K-03" || d > 7) out.push(typed(k, day, Math.min(100, days - d + i), wita(`${day}T${String(9 + i).padStart(2, "0")}:00:00`)));
    });
  }
  return out;
}

/** No form; `days` of history typed into SHEET; the first rebuild (a full read) on the 17th. */
function workbook(days: number): Driver {
  const d = new RuntimeDriver({ codePath: CODE, user: ADMIN, now: wita("2026-09-01T08:00:00") });
  d.open();
  d.clickMenu("Siapkan lembar kerja");
  paste(d, "Koperasi", koperasiRows());
  paste(d, "Pendamping", PENDAMPING);
  d.spreadsheet.insertSheet(SHEET);
  paste(d, SHEET, [HEADER, ...history(days)]);
  expect(rebuildAt(d, wita("2026-11-17T07:00:00"))).toMatch(FULL_LINE);
  return d;
}

/** The next day's rebuild of `parts` (its cells read) and of `twin` made to read every report. */
function nextDay(parts: Driver, twin: Driver, at = "2026-11-18T07:00:00"): { line: string; read: number } {
  parts.ledger.reset();
  const line = rebuildAt(parts, wita(at));
  const read = parts.ledger.cellsRead;
  rebuildAt(twin, wita(at), true);
  return { line, read };
}

describe("the rebuild's state path with a response sheet no form is linked to", () => {
  it("serves the next day's rebuild, equal to a full read, reading the same cells at 4x the history", () => {
    const reads: number[] = [];
    // Past the digest's correctable rows (2,000, whose `Validasi` rows the probe reads): 2,500 and 10,000 reports.
    for (const days of [500, 2_000]) {
      const [parts, twin] = [workbook(days), workbook(days)];
      const { line, read } = nextDay(parts, twin);
      expect(line).toMatch(STATE_LINE);
      expect(line).toMatch(/Jawaban formulir dibaca dari lembar "Form Responses 1"/);
      expect(outputsOf(parts)).toEqual(outputsOf(twin));
      reads.push(read);
    }
    expect(reads[1]).toBe(reads[0]);
  });

  it("after reports typed in and caught up by the hourly run, the daily rebuild takes the state path, equal to a full read", () => {
    const [parts, twin] = [workbook(12), workbook(12)];
    for (const d of [parts, twin]) {
      d.clickMenu("Pasang pemicu otomatis");
      paste(d, SHEET, [typed("K-01", "2026-11-17", 60, wita("2026-11-17T09:00:00")), typed("K-02", "2026-11-16", 70, wita("2026-11-17T10:00:00"))], values(d, SHEET).length + 1);
      d.newExecution();
      d.fireTimeTriggers(wita("2026-11-17T23:00:00"));
    }
    const { line } = nextDay(parts, twin);
    expect(line).toMatch(STATE_LINE);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));
  });

  it("renamed, the sheet is found again and the state path serves; removed, the rebuild reads what is left as the twin does", () => {
    const [parts, twin] = [workbook(12), workbook(12)];
    for (const d of [parts, twin]) sheetFake(d, SHEET).setName("Impor Laporan");
    const renamed = nextDay(parts, twin);
    expect(renamed.line).toMatch(STATE_LINE);
    expect(renamed.line).toMatch(/Impor Laporan/);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));

    for (const d of [parts, twin]) d.spreadsheet.deleteSheet(sheetFake(d, "Impor Laporan"));
    const removed = nextDay(parts, twin, "2026-11-19T07:00:00");
    expect(removed.line).not.toMatch(STATE_LINE);
    expect(outputsOf(parts)).toEqual(outputsOf(twin));
  });
});
