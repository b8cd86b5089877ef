// A sample province set up in a workbook through the real bundle, as agency staff would: setup, paste
// the registry, type the province's settings, create the form, install the triggers. Shared by the
// benchmark and the reliability tests.
import { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import type { SampleProvince } from "./types";

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Writes cells the way a person pasting would (uncounted; the sheet grows to hold them). */
export function pasteRows(driver: Driver, sheet: string, rows: CellValue[][], row = 1): void {
  const s = (driver.spreadsheet as Loose).__sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  s.__write(row, 1, rows);
}

/** Sets a `Pengaturan` value as typed text (a new row when the key is not there yet). */
export function typeSetting(driver: Driver, key: string, value: string): void {
  const rows = (driver.spreadsheet as Loose).__sheet("Pengaturan").__values() as CellValue[][];
  const at = rows.findIndex((r) => r[0] === key);
  pasteRows(driver, "Pengaturan", [[key, value]], at >= 0 ? at + 1 : rows.length + 1);
}

/** Setup, registry, settings, form and triggers for a sample province, at `now`. */
export function sampleWorkbook(sample: SampleProvince, opts: { codePath: string; user: string; now: Date }): Driver {
  const driver = new Driver({ codePath: opts.codePath, user: opts.user, now: opts.now });
  driver.open();
  driver.clickMenu("Siapkan lembar kerja");
  pasteRows(driver, "Koperasi", sample.koperasiRows);
  pasteRows(driver, "Pendamping", sample.pendampingRows);
  for (const [k, v] of Object.entries(sample.settingsOverrides)) typeSetting(driver, k, v);
  driver.clickMenu("Buat / perbarui formulir");
  driver.clickMenu("Pasang pemicu otomatis");
  return driver;
}
