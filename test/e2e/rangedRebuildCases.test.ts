// Issue 13 item 3: when the rebuild's full read (a job in row ranges) ends, the output sheets are made from
// what the job carried (its states and digest), never by reading every report again in that execution. Each
// case that used to fall back to a one-execution full read (no form linked and reports typed into a response
// sheet; no response sheet at all; a last row that is no report; rows deleted while the job ran; a part cut
// off after rewriting a corrected row) ends, one range per execution, equal to a twin that read every report
// in one execution (with no form linked, its last execution reads fewer cells than that twin's one execution).
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import {
  ADMIN, CODE, koperasiRows, paste, PENDAMPING, records, report, responseSheetName, setSetting, sheetFake, typeReport, values, wita,
} from "./agency";
import { Driver as RuntimeDriver } from "../../runtime/driver";
import { outputsOf, rebuildAt, STATE_LINE, twins } from "./statePathSupport";

const CURSOR = "kdkmp.cursor";
const AT = wita("2026-11-18T07:00:00");
const NOT_READ_AGAIN = /divalidasi ulang berurutan; status & ringkasan disusun dari hasilnya/;

function inParts(d: Driver, rows = 2): void {
  d.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
  d.runtime.properties.document.set("kdkmp.rangeRows", String(rows));
}

const has = (d: Driver, key: string): boolean => d.runtime.properties.document.has(key);

/** Eight reports over two days; row 8 corrects row 3 (K-04 on the 16th), in another range of two. */
const HISTORY: Array<[string, string, number, string]> = [
  ["K-01", "2026-11-16", 10, "2026-11-16T09:00:00"],
  ["K-04", "2026-11-16", 20, "2026-11-16T10:00:00"],
  ["K-02", "2026-11-16", 5, "2026-11-16T11:00:00"],
  ["K-03", "2026-11-16", 0, "2026-11-16T12:00:00"],
  ["K-05", "2026-11-17", 3, "2026-11-17T08:00:00"],
  ["K-02", "2026-11-17", 2, "2026-11-17T09:00:00"],
  ["K-04", "2026-11-16", 25, "2026-11-17T10:00:00"],
  ["K-01", "2026-11-17", 20, "2026-11-17T11:00:00"],
];

/** Linked-form twins after the history sent through the form and one rebuild each. */
function formTwins(): [Driver, Driver] {
  const pair = twins();
  for (const [k, visit, progress, at] of HISTORY) for (const d of pair) d.submitForm(report(k, visit, progress), wita(at));
  for (const d of pair) rebuildAt(d, wita("2026-11-17T16:00:00"), d === pair[1]);
  return pair;
}

const HEADER = [
  "Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Lombok Barat)", "Koperasi (Lombok Tengah)", "Tanggal Kunjungan",
  "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan", "Kendala", "Tautan Foto", "Koordinat",
];

/**
 * Reports of the five cooperatives, one a day each from 1 to 16 November (rows 2..81), and a correction
 * of the 16th's K-02 report (row 78) sent on the 17th (row 82): in the next range of twenty.
 */
function longHistory(): Array<[string, string, number, string]> {
  const out: Array<[string, string, number, string]> = [];
  for (let day = 1; day <= 16; day++) {
    const date = `2026-11-${String(day).padStart(2, "0")}`;
    ["K-01", "K-02", "K-03", "K-04", "K-05"].forEach((k, i) => out.push([k, date, day * 3, `${date}T${String(9 + i).padStart(2, "0")}:00:00`]));
  }
  out.push(["K-02", "2026-11-16", 50, "2026-11-17T08:00:00"]);
  return out;
}

/** A workbook with no form: the registry, and (unless `sheet` is null) `history` typed into `sheet` by hand. */
function noFormWorkbook(sheet: string | null, history = longHistory()): Driver {
  const d = new RuntimeDriver({ codePath: CODE, user: ADMIN, now: wita("2026-11-17T08:00:00") });
  d.open();
  d.clickMenu("Siapkan lembar kerja");
  paste(d, "Koperasi", koperasiRows());
  paste(d, "Pendamping", PENDAMPING);
  if (sheet === null) return d;
  d.spreadsheet.insertSheet(sheet);
  const rows: CellValue[][] = history.map(([k, visit, progress, at]) => {
    const a = report(k, visit, progress);
    return HEADER.map((h, i): CellValue => (i === 0 ? wita(at) : h === "Tanggal Kunjungan" ? wita(`${visit}T00:00:00`) : h === "Progres Fisik (%)" ? progress : a[h] ?? ""));
  });
  paste(d, sheet, [HEADER, ...rows]);
  return d;
}

/**
 * Rebuilds `parts` one range per execution at AT until no job is pending; returns the `Log` details of
 * every execution and the cells the last one read. The output sheets stay as they were until the last.
 */
function rebuildInParts(parts: Driver, rows = 2, max = 12): { logs: string[]; lastReads: number } {
  inParts(parts, rows);
  const ringkasan = values(parts, "Ringkasan");
  const logs: string[] = [];
  let lastReads = 0;
  while (logs.length < max) {
    parts.ledger.reset();
    logs.push(rebuildAt(parts, AT));
    lastReads = parts.ledger.cellsRead;
    if (!has(parts, CURSOR)) break;
    expect(values(parts, "Ringkasan")).toEqual(ringkasan);
  }
  expect(has(parts, CURSOR)).toBe(false);
  return { logs, lastReads };
}

/** The twin's one-execution full read at AT; returns the cells it read. */
function readAllAt(full: Driver): number {
  full.ledger.reset();
  rebuildAt(full, AT, true);
  return full.ledger.cellsRead;
}

describe("the end of the rebuild's full read, in the cases that read every report again", () => {
  it("no form linked, reports typed by hand into a response sheet: outputs from the job, equal to one full read", () => {
    const [parts, full] = [noFormWorkbook("Form Responses 1"), noFormWorkbook("Form Responses 1")];
    const { logs, lastReads } = rebuildInParts(parts, 20);
    // Rows 2..82 in ranges of twenty; the last execution folds row 82 and writes every output sheet.
    expect(logs.length).toBe(5);
    expect(logs.at(-1)).toMatch(NOT_READ_AGAIN);
    expect(logs.at(-1)).toMatch(/Form Responses 1/);
    const once = readAllAt(full);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
    expect(records(parts, "Validasi").map((r) => r.Status)).toContain("Dikoreksi");
    expect(lastReads).toBeLessThan(once);
  });

  it("no response sheet at all: the job ends at once and the output sheets say no form is linked, as one full read does", () => {
    const [parts, full] = [noFormWorkbook(null), noFormWorkbook(null)];
    const { logs } = rebuildInParts(parts);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/Formulir belum terhubung/);
    expect(logs[0]).toMatch(NOT_READ_AGAIN);
    readAllAt(full);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
  });

  it("a last row that is no report (a formula showing nothing below the reports): equal to one full read", () => {
    const [parts, full] = formTwins();
    for (const d of [parts, full]) {
      setSetting(d, "JENDELA_KEPATUHAN_HARI", 14);
      sheetFake(d, responseSheetName(d)).getRange(11, 14).setFormula('=""');
    }
    const { logs } = rebuildInParts(parts);
    // Rows 2..11 in ranges of two.
    expect(logs.length).toBe(5);
    expect(logs.at(-1)).toMatch(NOT_READ_AGAIN);
    readAllAt(full);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
    expect(sheetFake(parts, responseSheetName(parts)).getLastRow()).toBe(11);
  });

  it("rows deleted before the rebuild (the submit path wrote their `Validasi` rows): blanked below the last report, equal to one full read", () => {
    const [parts, full] = formTwins();
    for (const d of [parts, full]) sheetFake(d, responseSheetName(d)).deleteRows(8, 2);
    const { logs } = rebuildInParts(parts);
    expect(logs.at(-1)).toMatch(NOT_READ_AGAIN);
    readAllAt(full);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
    expect(values(parts, "Validasi")).toHaveLength(7);
  });

  it("rows deleted while the job ran: its digest is not used, the job starts over at the next execution and ends equal to one full read", () => {
    const [parts, full] = formTwins();
    for (const d of [parts, full]) setSetting(d, "JENDELA_KEPATUHAN_HARI", 14);
    inParts(parts);
    rebuildAt(parts, AT);
    rebuildAt(parts, AT);
    // Rows 2..5 folded; rows 5..9 deleted: the job's digest holds a row the sheet no longer has.
    for (const d of [parts, full]) sheetFake(d, responseSheetName(d)).deleteRows(5, 5);
    const ringkasan = values(parts, "Ringkasan");
    const lost = rebuildAt(parts, AT);
    expect(lost).toMatch(/tidak dapat dipakai utuh/);
    expect(has(parts, CURSOR)).toBe(true);
    expect(values(parts, "Ringkasan")).toEqual(ringkasan);
    // The hourly trigger starts it over (rows 2..3, then row 4 and every output sheet).
    let hours = 0;
    while (has(parts, CURSOR) && hours < 5) {
      parts.newExecution();
      parts.fireTimeTriggers(AT);
      hours++;
    }
    expect(hours).toBe(2);
    expect(String(records(parts, "Log").at(-1)?.Rincian)).toMatch(NOT_READ_AGAIN);
    readAllAt(full);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
    // The checkpoint is the restarted job's: the next day's rebuild works from the state.
    expect(rebuildAt(parts, wita("2026-11-19T07:00:00"))).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-19T07:00:00"), true);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
  });

  it("a part cut off after rewriting a corrected row of an earlier range: the digest takes it back as it counted it, and the checkpoint is kept", () => {
    // The correction of row 3 (K-04 on the 16th) typed by hand below the other reports (row 9): only the
    // job's part folding rows 8..9 marks row 3 `Dikoreksi`.
    const pair = twins();
    HISTORY.forEach(([k, visit, progress, at], i) => {
      if (i !== 6) for (const d of pair) d.submitForm(report(k, visit, progress), wita(at));
    });
    for (const d of pair) rebuildAt(d, wita("2026-11-17T16:00:00"), d === pair[1]);
    for (const d of pair) typeReport(d, { pendamping: "P-02", koperasi: "K-04", visit: "2026-11-16", progress: "25", stage: "Pondasi" }, wita("2026-11-17T17:00:00"));
    const [parts, full] = pair;
    inParts(parts);
    for (let i = 0; i < 3; i++) rebuildAt(parts, AT);
    // That part dies after its `Validasi` write (row 3 now `Dikoreksi`), before its progress is saved.
    parts.ledger.atNextCall("Range.setValues", () => parts.ledger.atNextCall("Range.setValues", () => {
      throw new Error("Exceeded maximum execution time");
    }));
    try {
      rebuildAt(parts, AT);
    } catch {
      // The execution ends there.
    }
    expect(records(parts, "Validasi")[1]?.Status).toBe("Dikoreksi");
    expect(has(parts, CURSOR)).toBe(true);
    const { logs } = rebuildInParts(parts);
    expect(logs.at(-1)).toMatch(NOT_READ_AGAIN);
    readAllAt(full);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
    // The job kept its digest and saved it: the next day's rebuild works from the state.
    expect(rebuildAt(parts, wita("2026-11-19T07:00:00"))).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-19T07:00:00"), true);
    expect(outputsOf(parts)).toEqual(outputsOf(full));
  });
});
