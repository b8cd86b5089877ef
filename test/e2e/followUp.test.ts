// Issue 15 (SPEC section 9), through dist/Code.js: what staff type in the five follow-up columns of
// `Tindak Lanjut` stays with its cooperative through every rebuild: a new order, a list sorted by hand,
// an entry typed while a rebuild runs, a run cut off, a cooperative that leaves the list.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, backgrounds, dialogs, lastLog, paste, records, report, sheetFake, values, wita } from "./agency";

const TL = "Tindak Lanjut";
const STAFF = ["Penanggung Jawab", "Rencana Tindakan", "Batas Waktu", "Status Tindak Lanjut", "Catatan"];
const FIRST_STAFF_COL = 9; // column I, right of the eight columns the add-on computes

/** K-02 and K-04 KUNING, K-03 and K-05 MERAH, K-01 HIJAU; rebuilt on 17/11 at 10:00 WITA. */
function week(): Driver {
  const driver = agencyWorkbook();
  driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
  driver.submitForm(report("K-02", "2026-11-12", 5), wita("2026-11-16T17:10:00"));
  driver.submitForm(report("K-04", "2026-11-16", 5, { land: "Proses (usulan/verifikasi)" }), wita("2026-11-16T17:20:00"));
  driver.submitForm(report("K-05", "2026-11-16", 0, { land: "Belum ada lahan" }), wita("2026-11-16T17:40:00"));
  rebuild(driver, "2026-11-17T10:00:00");
  return driver;
}

function rebuild(driver: Driver, at: string): void {
  driver.runtime.clock.set(wita(at).getTime());
  driver.newExecution().clickMenu("Perbarui status & ringkasan");
}

/** Sheet row (1-based) of a cooperative's row in `Tindak Lanjut`, as a person finds it. */
function rowOf(driver: Driver, id: string): number {
  const i = values(driver, TL).findIndex((r) => r[1] === id);
  if (i < 0) throw new Error(`${id} is not on ${TL}`);
  return i + 1;
}

/** A person types the five staff cells on a cooperative's row (uncounted, as typing is). */
function typeEntry(driver: Driver, id: string, cells: CellValue[]): void {
  sheetFake(driver, TL).__write(rowOf(driver, id), FIRST_STAFF_COL, [cells]);
}

/** The staff cells on a cooperative's row, by header. */
function entryOf(driver: Driver, id: string): Record<string, CellValue> {
  const row = values(driver, TL)[rowOf(driver, id) - 1]!;
  return Object.fromEntries(STAFF.map((h, i) => [h, row[FIRST_STAFF_COL - 1 + i] ?? ""]));
}

function ids(driver: Driver): string[] {
  return values(driver, TL).map((r) => String(r[1] ?? "")).filter((v) => /^K-/.test(v));
}

const ENTRY_K03: CellValue[] = ["Kabid Kelembagaan", "Kunjungi desa bersama camat", wita("2026-11-24T00:00:00"), "Terbuka", "Lahan belum ada"];
const ENTRY_K04: CellValue[] = ["Staf Bidang Koperasi", "Telepon pendamping", "", "Terbuka", ""];

describe("follow-up entries typed on Tindak Lanjut", () => {
  it("has the five staff columns, and its protection leaves exactly those columns open", () => {
    const driver = week();
    expect(values(driver, TL)[1]!.slice(FIRST_STAFF_COL - 1, FIRST_STAFF_COL + 4)).toEqual(STAFF);
    const protections = (driver.spreadsheet as unknown as { __protections: Array<{ __type: string; __sheet: { __name: string }; protection: { __unprotected: Array<{ col: number; numCols: number; row: number; numRows: number }> } }> }).__protections;
    const tl = protections.find((p) => p.__type === "SHEET" && p.__sheet.__name === TL)!;
    expect(tl).toBeDefined();
    const open = tl.protection.__unprotected.map((r) => ({ col: r.col, numCols: r.numCols, row: r.row, all: r.numRows === sheetFake(driver, TL).__grid.maxRows }));
    expect(open).toEqual([{ col: FIRST_STAFF_COL, numCols: 5, row: 1, all: true }]);
  });

  it("stays with its cooperative when the list takes a new order", () => {
    const driver = week();
    expect(ids(driver).slice(0, 4)).toEqual(["K-03", "K-05", "K-02", "K-04"]);
    typeEntry(driver, "K-03", ENTRY_K03);
    typeEntry(driver, "K-04", ENTRY_K04);
    // K-04 turns MERAH (land problem): it moves up among the MERAH rows.
    driver.submitForm(report("K-04", "2026-11-17", 5, { land: "Bermasalah (sengketa/tidak layak)" }), wita("2026-11-17T11:00:00"));
    rebuild(driver, "2026-11-17T12:00:00");
    expect(ids(driver).slice(0, 4)).toEqual(["K-03", "K-05", "K-04", "K-02"]);
    expect(Object.values(entryOf(driver, "K-03"))).toEqual(ENTRY_K03);
    expect(Object.values(entryOf(driver, "K-04"))).toEqual(ENTRY_K04);
    expect(Object.values(entryOf(driver, "K-05")).every((c) => c === "")).toBe(true);
  });

  it("stays with its cooperative after staff sorted the list by hand", () => {
    const driver = week();
    typeEntry(driver, "K-03", ENTRY_K03);
    typeEntry(driver, "K-04", ENTRY_K04);
    // Data › Sort range on rows 3-6 by ID, descending: every row moves with its cells.
    const rows = values(driver, TL).slice(2, 6).map((r) => r.slice(0, 13));
    rows.sort((a, b) => String(b[1]).localeCompare(String(a[1])));
    paste(driver, TL, rows, 3);
    expect(ids(driver).slice(0, 4)).toEqual(["K-05", "K-04", "K-03", "K-02"]);
    rebuild(driver, "2026-11-17T12:00:00");
    expect(ids(driver).slice(0, 4)).toEqual(["K-03", "K-05", "K-02", "K-04"]);
    expect(Object.values(entryOf(driver, "K-03"))).toEqual(ENTRY_K03);
    expect(Object.values(entryOf(driver, "K-04"))).toEqual(ENTRY_K04);
  });

  it("typed while a rebuild runs is not overwritten: the sheet is read again right before it is written", () => {
    const driver = week();
    typeEntry(driver, "K-03", ENTRY_K03); // one person, before the run
    // A second person types while the run is writing its first sheet (Validasi), long after it read its inputs.
    driver.ledger.atNextCall("Range.setValues", () => typeEntry(driver, "K-05", ["Kasi Sarpras", "Cari lahan pengganti", "", "Terbuka", ""]));
    rebuild(driver, "2026-11-17T12:00:00");
    expect(entryOf(driver, "K-03")["Penanggung Jawab"]).toBe("Kabid Kelembagaan");
    expect(entryOf(driver, "K-05")["Penanggung Jawab"]).toBe("Kasi Sarpras");
  });

  it("survives a run cut off in the middle, and one paused between sheets by its time budget", () => {
    const driver = week();
    typeEntry(driver, "K-03", ENTRY_K03);
    driver.ledger.setFaults([{ match: "Range.setBackgrounds", rate: 1, message: "Exceeded maximum execution time" }]);
    rebuild(driver, "2026-11-17T12:00:00");
    driver.ledger.clearFaults();
    expect(Object.values(entryOf(driver, "K-03"))).toEqual(ENTRY_K03);

    driver.runtime.properties.document.set("kdkmp.timeBudgetMs", "0");
    rebuild(driver, "2026-11-17T13:00:00");
    typeEntry(driver, "K-04", ENTRY_K04); // between two parts of the job
    for (let hour = 14; hour < 22 && driver.runtime.properties.document.has("kdkmp.cursor"); hour++) {
      driver.newExecution().fireTimeTriggers(wita(`2026-11-17T${hour}:00:00`));
    }
    expect(driver.runtime.properties.document.has("kdkmp.cursor")).toBe(false);
    expect(Object.values(entryOf(driver, "K-03"))).toEqual(ENTRY_K03);
    expect(Object.values(entryOf(driver, "K-04"))).toEqual(ENTRY_K04);
  });

  it("of a cooperative that left the list stays in its own section while Terbuka, and goes (into the Log) once Selesai", () => {
    const driver = week();
    typeEntry(driver, "K-02", ["Kabid", "Tegur pendamping", "", "Terbuka", ""]);
    typeEntry(driver, "K-04", ["Kasi", "Cek lahan", "", "Selesai", "Lahan sudah siap"]);
    // Both report again and turn HIJAU.
    driver.submitForm(report("K-02", "2026-11-17", 8), wita("2026-11-17T11:00:00"));
    driver.submitForm(report("K-04", "2026-11-17", 6), wita("2026-11-17T11:10:00"));
    rebuild(driver, "2026-11-17T12:00:00");
    const all = values(driver, TL);
    const title = all.findIndex((r) => r[0] === "Tindak lanjut terbuka di luar daftar");
    expect(title).toBeGreaterThan(0);
    expect(all[title + 2]!.slice(0, 2)).toEqual(["HIJAU", "K-02"]);
    expect(entryOf(driver, "K-02")["Rencana Tindakan"]).toBe("Tegur pendamping");
    expect(ids(driver)).not.toContain("K-04");
    expect(String(lastLog(driver).Rincian)).toMatch(/K-04 sudah Selesai.*Rencana Tindakan: Cek lahan/);

    // Marked Selesai in that section: gone at the next rebuild.
    sheetFake(driver, TL).__write(rowOf(driver, "K-02"), FIRST_STAFF_COL + 3, [["Selesai"]]);
    rebuild(driver, "2026-11-17T13:00:00");
    expect(ids(driver)).not.toContain("K-02");
    expect(values(driver, TL)[title + 2]![0]).toMatch(/Tidak ada tindak lanjut terbuka/);
  });

  it("past its Batas Waktu while Terbuka is highlighted; a Batas Waktu typed as text is kept as typed and flagged", () => {
    const driver = week();
    typeEntry(driver, "K-03", ["Kabid", "Rapat desa", wita("2026-11-20T00:00:00"), "Terbuka", ""]);
    typeEntry(driver, "K-05", ["Kasi", "Cari lahan", wita("2026-11-20T00:00:00"), "Selesai", ""]);
    typeEntry(driver, "K-02", ["Staf", "Telepon", "minggu depan", "Terbuka", ""]);
    rebuild(driver, "2026-11-23T10:00:00");
    const bg = backgrounds(driver, TL);
    const deadlineCol = FIRST_STAFF_COL + 1; // 0-based index of Batas Waktu
    expect(bg[rowOf(driver, "K-03") - 1]![deadlineCol]).toBe("#f4c7c3");
    expect(bg[rowOf(driver, "K-05") - 1]![deadlineCol]).not.toBe("#f4c7c3");
    expect(entryOf(driver, "K-02")["Batas Waktu"]).toBe("minggu depan");
    expect(bg[rowOf(driver, "K-02") - 1]![deadlineCol]).toBe("#fce8b2");
    const note = sheetFake(driver, TL).__cell(rowOf(driver, "K-02"), deadlineCol + 1).note as string;
    expect(note).toMatch(/"minggu depan" bukan tanggal/);
    expect(String(lastLog(driver).Rincian)).toMatch(new RegExp(`Tindak Lanjut baris ${rowOf(driver, "K-02")}, kolom Batas Waktu: Batas Waktu "minggu depan" bukan tanggal`));
    // Still a date the next time, and still flagged text the time after.
    rebuild(driver, "2026-11-23T11:00:00");
    expect(entryOf(driver, "K-03")["Batas Waktu"]).toEqual(wita("2026-11-20T00:00:00"));
    expect(entryOf(driver, "K-02")["Batas Waktu"]).toBe("minggu depan");
  });

  it("the rebuild's Log row says how many entries were kept", () => {
    const driver = week();
    typeEntry(driver, "K-03", ENTRY_K03);
    rebuild(driver, "2026-11-17T12:00:00");
    expect(String(lastLog(driver).Rincian)).toMatch(/Tindak lanjut: 1 catatan staf dipertahankan/);
    expect(records(driver, "Log").length).toBeGreaterThan(0);
  });

  it("the Bantuan sidebar shows a cooperative's entry, and the WhatsApp text counts the open and overdue ones", () => {
    const driver = week();
    typeEntry(driver, "K-03", ["Kabid", "Rapat desa", wita("2026-11-16T00:00:00"), "Terbuka", "Undang camat"]);
    typeEntry(driver, "K-05", ["Kasi", "Cari lahan", wita("2026-11-30T00:00:00"), "Terbuka", ""]);
    typeEntry(driver, "K-02", ["Staf", "Telepon", "", "Selesai", ""]);
    const view = driver.newExecution().call("sidebarKoperasi", "K-03") as { ok: boolean; value: { followUp: unknown } };
    expect(view.ok).toBe(true);
    expect(view.value.followUp).toEqual({
      owner: "Kabid", plan: "Rapat desa", deadline: "16/11/2026", status: "Terbuka", notes: "Undang camat", overdue: true, problems: [],
    });
    const none = driver.newExecution().call("sidebarKoperasi", "K-04") as { value: { followUp: unknown } };
    expect(none.value.followUp).toBeNull();
    driver.newExecution().clickMenu("Salin ringkasan untuk WhatsApp");
    const html = dialogs(driver).at(-1)!.html;
    expect(html).toMatch(/Tindak lanjut staf terbuka: 2, lewat batas waktu: 1/);
  });
});
