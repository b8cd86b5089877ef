// The sheet storage keeps each cell's value, formats, note and validation apart (runtime/spreadsheet/grid.ts):
// what a user sees after writes, clears, row and column moves and an xlsx round trip, and its memory per cell.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CallLedger } from "../../runtime/calls";
import { createSpreadsheetApp, SpreadsheetAppFake } from "../../runtime/spreadsheet";
import { loadWorkbookXlsx, saveWorkbookXlsx } from "../../runtime/xlsx";

function setup() {
  const ledger = new CallLedger();
  const { app, spreadsheet } = createSpreadsheetApp({ ledger });
  return { app: app as SpreadsheetAppFake, ss: spreadsheet, sheet: spreadsheet.getSheets()[0]!, ledger };
}

const DAY = new Date("2026-11-21T01:00:00Z");

/** Everything a user sees of A1:C3. */
function look(sheet: ReturnType<typeof setup>["sheet"], a1 = "A1:C3") {
  const r = sheet.getRange(a1);
  return {
    values: r.getValues(), formulas: r.getFormulas(), formats: r.getNumberFormats(), backgrounds: r.getBackgrounds(),
    weights: r.getFontWeights(), notes: r.getNotes(), rules: r.getDataValidations().map((l) => l.map((v) => v !== null)),
  };
}

describe("each part of a cell is kept apart", () => {
  test("setValues after formats keeps every format, the note and the validation", () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build();
    const a = sheet.getRange("A1:B2");
    a.setBackground("#f4c7c3").setFontWeight("bold").setFontColor("#ff0000").setNumberFormat("0.0")
      .setHorizontalAlignment("center").setWrap(false).setNote("catatan").setDataValidation(rule);
    a.setValues([[1, 2], [3, 4]]);
    expect(a.getValues()).toEqual([[1, 2], [3, 4]]);
    expect(a.getBackgrounds()).toEqual([["#f4c7c3", "#f4c7c3"], ["#f4c7c3", "#f4c7c3"]]);
    expect(a.getFontWeights()).toEqual([["bold", "bold"], ["bold", "bold"]]);
    expect(a.getNumberFormats()).toEqual([["0.0", "0.0"], ["0.0", "0.0"]]);
    expect(a.getDisplayValues()).toEqual([["1.0", "2.0"], ["3.0", "4.0"]]);
    expect(a.getNotes()).toEqual([["catatan", "catatan"], ["catatan", "catatan"]]);
    expect([a.getFontColor(), a.getHorizontalAlignment(), a.getWrap()]).toEqual(["#ff0000", "center", false]);
    expect(a.getDataValidation()).toBe(rule);
    expect(() => a.setValues([[1, 2], [3, 400]])).toThrow("The data you entered in cell B2 violates the data validation rules set on this cell.");
    expect(a.getValues()).toEqual([[1, 2], [3, 4]]);
  });

  test("clearContent keeps formats and notes; clearFormat keeps values (dates stay dates) and notes; clear() keeps notes", () => {
    const { sheet } = setup();
    const a = sheet.getRange("A1:C1");
    a.setValues([[DAY, 5, "=A1"]]);
    a.setBackground("#ffff00").setNote("n");
    sheet.getRange("B1").setNumberFormat("0%");
    a.clearFormat();
    expect(a.getValues()[0]![0]).toBeInstanceOf(Date);
    expect((a.getValues()[0]![0] as Date).getTime()).toBe(DAY.getTime());
    expect(a.getValues()[0]!.slice(1)).toEqual([5, ""]);
    expect(a.getFormulas()).toEqual([["", "", "=A1"]]);
    expect(a.getBackgrounds()).toEqual([["#ffffff", "#ffffff", "#ffffff"]]);
    expect(a.getNumberFormats()[0]![1]).toBe("0.###############");
    expect(a.getNotes()).toEqual([["n", "n", "n"]]);
    a.setBackground("#00ff00").setNumberFormat("0.0");
    a.clearContent();
    expect(look(sheet, "A1:C1")).toEqual({
      values: [["", "", ""]], formulas: [["", "", ""]], formats: [["0.0", "0.0", "0.0"]], backgrounds: [["#00ff00", "#00ff00", "#00ff00"]],
      weights: [["normal", "normal", "normal"]], notes: [["n", "n", "n"]], rules: [[false, false, false]],
    });
    expect(sheet.getLastRow()).toBe(0);
    a.setValue(7);
    a.clear();
    expect(look(sheet, "A1:C1").values).toEqual([["", "", ""]]);
    expect(look(sheet, "A1:C1").backgrounds).toEqual([["#ffffff", "#ffffff", "#ffffff"]]);
    expect(a.getNotes()).toEqual([["n", "n", "n"]]);
    a.clearNote();
    expect(a.getNotes()).toEqual([["", "", ""]]);
  });

  test("a cell that held a date holds a number after a number is written, and the other way round", () => {
    const { sheet } = setup();
    const a = sheet.getRange("A1");
    a.setValue(DAY);
    a.setValue(45000);
    expect(a.getValue()).toBe(45000);
    a.setValue(DAY);
    expect(a.getValue()).toBeInstanceOf(Date);
    a.setValue("teks");
    expect(a.getValue()).toBe("teks");
  });

  test("inserted and deleted rows move values, formulas, formats, notes and validations with their rows", () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange("A1:C3").setValues([["a", 1, DAY], ["b", 2, "=B2*2"], ["c", 3, true]]);
    sheet.getRange("A2:C2").setBackground("#ff0000").setFontWeight("bold").setNote("dua").setNumberFormat("0.00");
    sheet.getRange("A3").setDataValidation(rule);
    const before = look(sheet);
    sheet.insertRowsBefore(2, 2);
    expect(look(sheet, "A1:C1")).toEqual({ ...sliceRows(before, 0, 1) });
    expect(look(sheet, "A4:C5")).toEqual({ ...sliceRows(before, 1, 3) });
    const inserted = look(sheet, "A2:C3");
    expect(inserted.values).toEqual([["", "", ""], ["", "", ""]]);
    expect(inserted.backgrounds.flat().every((b) => b === "#ffffff")).toBe(true);
    expect(inserted.notes.flat().every((n) => n === "")).toBe(true);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(look(sheet)).toEqual(before);
    sheet.deleteRow(1);
    expect(look(sheet, "A1:C2")).toEqual(sliceRows(before, 1, 3));
    expect(look(sheet, "A3:C3").values).toEqual([["", "", ""]]);
    expect(sheet.getLastRow()).toBe(2);
  });

  test("inserted and deleted columns move every part of the cells after them", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["a", DAY, "=A1"]]);
    sheet.getRange("B1").setBackground("#0000ff").setNote("b");
    sheet.getRange("C1").setNumberFormat("@");
    const before = look(sheet, "A1:C1");
    sheet.insertColumnsAfter(1, 2);
    expect(look(sheet, "D1:E1")).toEqual(colsOf(before, 1, 3));
    expect(look(sheet, "B1:C1").values).toEqual([["", ""]]);
    expect(sheet.getLastColumn()).toBe(5);
    sheet.deleteColumns(2, 2);
    expect(look(sheet, "A1:C1")).toEqual(before);
  });

  test("formatting alone does not make a last row; a formula does", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B500").setNumberFormat("@").setBackground("#eeeeee");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange("B7").setFormula("=1+1");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 2]);
    expect(sheet.getRange("B7").isBlank()).toBe(false);
    expect(sheet.getRange("A7").isBlank()).toBe(true);
  });

  test("the uncounted cell view reads and changes the stored cell", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue(3).setNote("x");
    const view = sheet.__cell(1, 1)!;
    expect([view.v, view.note, view.fmt]).toEqual([3, "x", undefined]);
    view.v = 5;
    view.bg = "#123456";
    delete view.note;
    expect(sheet.getRange("A1").getValue()).toBe(5);
    expect(sheet.getRange("A1").getBackground()).toBe("#123456");
    expect(sheet.getRange("A1").getNote()).toBe("");
    expect(sheet.__cell(2, 2)).toBeUndefined();
  });
});

test("xlsx: what is saved and loaded back equals the sheet, cell by cell, over column runs of formats", async () => {
  const { ss } = setup();
  const s = ss.insertSheet("Validasi");
  s.insertRowsAfter(1000, 1000);
  s.getRange("A2:A2000").setNumberFormat("0");
  s.getRange("B2:B2000").setNumberFormat("dd/MM/yyyy HH:mm:ss");
  s.getRange("C1:C2000").setNumberFormat("@");
  const rows = Array.from({ length: 1500 }, (_, i) => [i + 1, new Date(DAY.getTime() + i * 60_000), `K-${i % 7}`]);
  s.getRange(2, 1, rows.length, 3).setValues(rows);
  s.getRange("A1:C1").setValues([["No", "Waktu", "ID"]]).setFontWeight("bold");
  s.getRange(2, 3, 1500, 1).setBackgrounds(rows.map((_, i) => [i % 3 === 0 ? "#f4c7c3" : null]));
  s.getRange("D5").setFormula("=A5*2");
  s.getRange("C9").setNote("catatan");
  s.insertRowsBefore(3, 2);
  s.deleteRows(10, 1);
  const path = join(mkdtempSync(join(tmpdir(), "kdkmp-grid-")), "book.xlsx");
  await saveWorkbookXlsx(ss, path);
  const target = createSpreadsheetApp({ ledger: new CallLedger() }).spreadsheet;
  await loadWorkbookXlsx(path, target);
  const t = target.__sheet("Validasi")!;
  expect([t.getMaxRows(), t.getLastRow()]).toEqual([s.getMaxRows(), s.getLastRow()]);
  const all = (x: typeof s) => {
    // To the last row with content: formatted blank cells below it are written but not read back (loadWorkbookXlsx).
    const r = x.getRange(1, 1, s.getLastRow(), 4);
    return [r.getValues(), r.getFormulas(), r.getNumberFormats(), r.getBackgrounds(), r.getFontWeights(), r.getNotes(), r.getDisplayValues()];
  };
  expect(all(t)).toEqual(all(s));
});

test("a grid of values holds each cell in a few words, not an object per cell", () => {
  // gc() for an honest heap figure (jest runs without --expose-gc).
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const { sheet } = setup();
  const ROWS = 100_000;
  const COLS = 10;
  sheet.insertRowsAfter(1000, ROWS - 1000);
  const words = ["BELUM PORTAL", "SIAP", "Pembangunan fisik", "K-0001", "Lombok Barat"];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let start = 1; start <= ROWS; start += 10_000) {
    const block = Array.from({ length: 10_000 }, (_, i) => {
      const r = start + i;
      return [new Date(DAY.getTime() + r * 1000), r, r * 0.5, words[r % 5], words[(r + 1) % 5], r % 2 === 0, r % 100, words[r % 3], "", r];
    });
    sheet.getRange(start, 1, block.length, COLS).setValues(block);
  }
  gc();
  const perCell = (process.memoryUsage().heapUsed - before) / (ROWS * COLS);
  // An object per cell took 70 bytes or more; a value slot is 8 bytes, a boxed number or date 16 more.
  expect(perCell).toBeLessThan(32);
  expect(sheet.getRange(ROWS, 1, 1, COLS).getValues()[0]!.slice(1, 4)).toEqual([ROWS, ROWS * 0.5, words[ROWS % 5]]);
});

function sliceRows<T extends Record<string, unknown[][]>>(x: T, from: number, to: number): T {
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v.slice(from, to)])) as T;
}
function colsOf<T extends Record<string, unknown[][]>>(x: T, from: number, to: number): T {
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v.map((l) => l.slice(from, to))])) as T;
}
