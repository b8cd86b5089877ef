// Issue 6 (2), through dist/Code.js: the form submit works from each cooperative's compact state, kept as
// a note in a hidden column of its `Status Koperasi` row. People never see it in the sheet's data, and a
// state that is missing or damaged only costs that submit a full validation, never a wrong result.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import {
  agencyWorkbook, records, report, responseSheetName, sheetFake, validasiWithoutProcessed, values, wita,
} from "./agency";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SPEC_STATUS_HEADERS = [
  "ID Koperasi", "Nama Koperasi", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "ID Pendamping", "Percontohan",
  "Status Lahan", "Progres Fisik (%)", "Tahap Pembangunan", "Laporan Terakhir", "Hari Sejak Laporan", "Zona", "Alasan Zona",
  // SPEC section 8
  "Tahap Program", "Kendala Utama", "Tautan Foto",
];
const NOTE_COLUMN = SPEC_STATUS_HEADERS.length + 1;

function noteOf(driver: Driver, row: number): string {
  return (sheetFake(driver, "Status Koperasi").__grid.get(row, NOTE_COLUMN)?.note as string | undefined) ?? "";
}

/** A week of reports for three cooperatives, one submit at a time (each through the trigger). */
function playDays(driver: Driver): void {
  const plan: Array<[string, string, number]> = [
    ["K-01", "2026-11-16", 10], ["K-02", "2026-11-16", 5], ["K-01", "2026-11-17", 20], ["K-03", "2026-11-17", 0],
    ["K-02", "2026-11-18", 15], ["K-01", "2026-11-18", 20], ["K-02", "2026-11-19", 40],
  ];
  plan.forEach(([id, day, progress], i) => {
    driver.submitForm(report(id, day, progress), wita(`${day}T1${i % 10}:00:00`));
  });
}

/** Two identical workbooks after the same week and a rebuild: one to change by hand, one to compare with. */
function rebuiltTwice(): [Driver, Driver] {
  const pair: [Driver, Driver] = [agencyWorkbook(), agencyWorkbook()];
  for (const driver of pair) {
    playDays(driver);
    driver.clickMenu("Perbarui status & ringkasan");
  }
  return pair;
}

describe("the submit path's state in Status Koperasi", () => {
  it("is a note in a hidden column: the sheet's data range holds exactly the SPEC columns", () => {
    const driver = agencyWorkbook();
    playDays(driver);
    driver.clickMenu("Perbarui status & ringkasan");
    driver.submitForm(report("K-03", "2026-11-19", 5), wita("2026-11-19T18:00:00"));

    const sheet = sheetFake(driver, "Status Koperasi");
    const data = values(driver, "Status Koperasi");
    expect(data[0]).toEqual(SPEC_STATUS_HEADERS);
    expect(data.every((row) => row.length === SPEC_STATUS_HEADERS.length)).toBe(true);
    expect(sheet.__hiddenColumns.has(NOTE_COLUMN)).toBe(true);
    // One note per cooperative row, naming its cooperative; the submit just now updated K-03's.
    const ids = data.slice(1).map((r) => r[0]);
    ids.forEach((id, i) => expect(JSON.parse(noteOf(driver, i + 2)).id).toBe(id));
    const k03 = JSON.parse(noteOf(driver, ids.indexOf("K-03") + 2)) as { s?: { r: unknown[] } };
    expect(k03.s?.r.length).toBeGreaterThanOrEqual(1);
    expect(records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-03")?.["Progres Fisik (%)"]).toBe(5);
  });

  it("a note deleted or garbled by hand costs one full validation, and the sheets equal an untouched run", () => {
    const [untouched, touched] = rebuiltTwice();
    const ids = values(touched, "Status Koperasi").slice(1).map((r) => r[0]);
    const grid = sheetFake(touched, "Status Koperasi").__grid as Loose;
    grid.ensure(ids.indexOf("K-01") + 2, NOTE_COLUMN).note = "{rusak";
    delete grid.ensure(ids.indexOf("K-02") + 2, NOTE_COLUMN).note;

    for (const driver of [untouched, touched]) {
      driver.submitForm(report("K-01", "2026-11-20", 30), wita("2026-11-20T09:00:00"));
      driver.submitForm(report("K-02", "2026-11-20", 45), wita("2026-11-20T09:05:00"));
      driver.submitForm(report("K-01", "2026-11-20", 35), wita("2026-11-20T09:10:00")); // corrects 09:00
    }
    expect(validasiWithoutProcessed(touched)).toEqual(validasiWithoutProcessed(untouched));
    // The rows the submits changed are equal now (the full validation also refreshed the other rows'
    // `Hari Sejak Laporan` to today), and every row is after the next rebuild.
    const rowsOf = (d: Driver) => records(d, "Status Koperasi").filter((r) => r["ID Koperasi"] === "K-01" || r["ID Koperasi"] === "K-02");
    expect(rowsOf(touched)).toEqual(rowsOf(untouched));
    expect(JSON.parse(noteOf(touched, ids.indexOf("K-01") + 2)).id).toBe("K-01"); // written afresh
    for (const driver of [untouched, touched]) driver.clickMenu("Perbarui status & ringkasan");
    expect(values(touched, "Status Koperasi")).toEqual(values(untouched, "Status Koperasi"));
  });

  it("an event whose range has no rowStart field: the row comes from getRow(), with the same result", () => {
    const driver = agencyWorkbook();
    playDays(driver);
    driver.clickMenu("Perbarui status & ringkasan");
    // The form writes a response while no trigger runs; then the handler gets a plain range for it.
    const form = driver.linkedForm() as { __submit(a: Record<string, string>, at: Date, o?: object): Loose };
    const at = wita("2026-11-20T08:00:00");
    driver.runtime.clock.set(at.getTime());
    const sent = form.__submit(report("K-03", "2026-11-20", 10), at, { validate: true });
    const responses = responseSheetName(driver);
    const plain = sheetFake(driver, responses).getRange(sent.row as number, 1, 1, (sent.values as CellValue[]).length);
    expect("rowStart" in plain).toBe(false);
    driver.newExecution();
    driver.ledger.reset();
    driver.runAsTrigger(() => driver.call("onFormSubmitTrigger", {
      authMode: "FULL", range: plain, values: sent.values, namedValues: sent.namedValues, source: driver.spreadsheet,
    }));
    expect(driver.ledger.count("Range.getRow")).toBe(1);
    expect(driver.ledger.total()).toBeLessThanOrEqual(16);
    const last = records(driver, "Validasi").at(-1)!;
    expect([last.Baris, last["ID Koperasi"], last.Status]).toEqual([sent.row, "K-03", "Valid"]);
  });

  it("a workbook from before the notes (state rows in _Status Internal) carries on: same results, Diproses kept", () => {
    const [fresh, old] = rebuiltTwice();
    // The earlier layout: 14 columns in Status Koperasi, no notes; fingerprints in column E of the
    // internal sheet under "ID Koperasi | Status JSON | Catatan | Data Koperasi | Sidik Baris".
    const status = sheetFake(old, "Status Koperasi");
    status.deleteColumns(NOTE_COLUMN, status.__grid.maxCols - NOTE_COLUMN + 1);
    const internal = sheetFake(old, "_Status Internal");
    internal.insertColumnsBefore(1, 4);
    internal.getRange(1, 1, 1, 5).setValues([["ID Koperasi", "Status JSON", "Catatan", "Data Koperasi", "Sidik Baris"]]);
    old.runtime.properties.document.delete("kdkmp.sheets");
    const before = validasiWithoutProcessed(old);
    const processed = records(old, "Validasi").map((r) => r.Diproses);

    for (const driver of [fresh, old]) driver.submitForm(report("K-02", "2026-11-20", 45), wita("2026-11-20T09:05:00"));
    expect(validasiWithoutProcessed(old)).toEqual(validasiWithoutProcessed(fresh));
    expect(validasiWithoutProcessed(old).slice(0, before.length)).toEqual(before);
    expect(records(old, "Validasi").slice(0, processed.length).map((r) => r.Diproses)).toEqual(processed);
    // The next submit takes the short path again: the state notes are back.
    for (const driver of [fresh, old]) driver.ledger.reset();
    old.submitForm(report("K-03", "2026-11-20", 5), wita("2026-11-20T09:30:00"));
    expect(old.ledger.total()).toBeLessThanOrEqual(15);
  });

  it("the most a submit costs: a correction that also changes the zone colour is 15 calls", () => {
    const driver = agencyWorkbook();
    playDays(driver);
    driver.clickMenu("Perbarui status & ringkasan");
    driver.submitForm(report("K-03", "2026-11-20", 10), wita("2026-11-20T08:00:00"));
    driver.submitForm(report("K-02", "2026-11-20", 45), wita("2026-11-20T08:05:00"));
    const zoneBefore = records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-03")?.Zona;
    driver.newExecution();
    driver.ledger.reset();
    // The pendamping corrects the 08:00 report: the land turns out not to be there yet (MERAH).
    driver.submitForm(report("K-03", "2026-11-20", 0, { land: "Belum ada lahan" }), wita("2026-11-20T08:10:00"));
    expect(driver.ledger.count("Range.setBackgrounds")).toBe(1);
    expect(driver.ledger.total()).toBeLessThanOrEqual(15);
    const statuses = records(driver, "Validasi").map((r) => [r["ID Koperasi"], r.Status]);
    expect(statuses.slice(-3)).toEqual([["K-03", "Dikoreksi"], ["K-02", "Valid"], ["K-03", "Valid"]]);
    const row = records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-03");
    expect([zoneBefore, row?.Zona]).toEqual(["HIJAU", "MERAH"]);
  });
});
