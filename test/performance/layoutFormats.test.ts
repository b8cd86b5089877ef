// Laying a sheet out (the first rebuild, a sheet that grew past its rows, a layout staff changed) gives
// every row its column's number format as one value per run of columns, not a format per cell: on a
// long `Validasi` a cell-by-cell array is millions of cells Google moves one by one.
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, answers, paste, values, wita } from "../e2e/agency";

type Loose = { __sheet(name: string): { __cell(row: number, col: number): { fmt?: string } | undefined; __grid: { maxRows: number } } };

function firstRebuild(n: number) {
  const driver = agencyWorkbook({ now: wita("2027-11-16T08:00:00") });
  driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2027-11-15", progress: "10", stage: "Persiapan lahan" }), wita("2027-11-15T17:00:00"));
  const row = values(driver, "Laporan Harian")[1]!;
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) rows.push(row.slice());
  paste(driver, "Laporan Harian", rows, 3);
  driver.ledger.reset();
  driver.clickMenu("Perbarui status & ringkasan");
  return { driver, formatCells: driver.ledger.cellsByCall.get("Range.setNumberFormats")?.written ?? 0 };
}

test("the first rebuild's number formats do not grow with the rows, and every row still has them", () => {
  const small = firstRebuild(10);
  const large = firstRebuild(20_000);
  expect(large.formatCells).toBe(small.formatCells);
  const validasi = (large.driver.spreadsheet as unknown as Loose).__sheet("Validasi");
  const last = validasi.__grid.maxRows;
  expect(last).toBeGreaterThan(20_000);
  // Row number, send time, ids as text, visit date, processed time: down to the sheet's last row.
  for (const row of [2, 15_000, last]) {
    expect([1, 2, 3, 5, 8].map((c) => validasi.__cell(row, c)?.fmt)).toEqual(["0", "dd/MM/yyyy HH:mm:ss", "@", "dd/MM/yyyy", "dd/MM/yyyy HH:mm:ss"]);
  }
  expect(validasi.__cell(1, 1)?.fmt).toBe("@");
});
