// Twin workbooks for the rebuild's state path: one rebuilt as usual (from the kept states and the
// checkpoint), its twin made to read every report (no checkpoint), and their output sheets compared.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { agencyWorkbook, backgrounds, records, sheetFake, validasiWithoutProcessed, values, wita } from "./agency";

export const CHECKPOINT_SHEET = "_Ringkasan Internal";
export const STATE_LINE = /Dihitung dari status tersimpan/;
const OUTPUTS = ["Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Percontohan", "Tindak Lanjut", "Riwayat", "_Status Internal"];
const NOTE_COLUMN = 18;

/** Deletes the checkpoint (uncounted): the next rebuild reads every report. */
export function forgetCheckpoint(driver: Driver): void {
  const sheet = (driver.spreadsheet as unknown as { __sheet(n: string): unknown }).__sheet(CHECKPOINT_SHEET);
  if (sheet) (driver.spreadsheet as unknown as { deleteSheet(s: unknown): void }).deleteSheet(sheet);
}

/** Spoils the checkpoint's facts (uncounted), its sheet kept: the next rebuild reads every report, as it would every week. */
export function spoilCheckpoint(driver: Driver): void {
  const sheet = (driver.spreadsheet as unknown as { __sheet(n: string): { __write(r: number, c: number, v: unknown[][]): void } | null }).__sheet(CHECKPOINT_SHEET);
  sheet?.__write(2, 1, [["{}"]]);
}

/** Rebuilds from the menu at `at`; `full` forgets the checkpoint first. Returns the `Log` row's details. */
export function rebuildAt(driver: Driver, at: Date, full = false): string {
  if (full) forgetCheckpoint(driver);
  driver.runtime.clock.set(at.getTime());
  driver.newExecution();
  driver.clickMenu("Perbarui status & ringkasan");
  return String(records(driver, "Log").at(-1)?.Rincian ?? "");
}

/** The semantic part of each `Status Koperasi` note: cooperative, registry row, state and zone (not the submit path's bookkeeping). */
function stateNotes(driver: Driver): unknown[] {
  const grid = sheetFake(driver, "Status Koperasi").__grid as { get(r: number, c: number): { note?: string } | undefined };
  const n = values(driver, "Status Koperasi").length;
  const out: unknown[] = [];
  for (let r = 2; r <= n; r++) {
    const note = JSON.parse(grid.get(r, NOTE_COLUMN)?.note ?? "{}") as Record<string, unknown>;
    out.push({ id: note.id, k: note.k, s: note.s, z: note.z });
  }
  return out;
}

/** Everything a rebuild leaves that people see (and the bookkeeping a later run works from). */
export function outputsOf(driver: Driver): Record<string, unknown> {
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of OUTPUTS) sheets[name] = values(driver, name);
  return {
    sheets,
    statusColours: backgrounds(driver, "Status Koperasi"),
    tindakLanjutColours: backgrounds(driver, "Tindak Lanjut"),
    notes: stateNotes(driver),
    validasi: validasiWithoutProcessed(driver),
  };
}

export function twins(): [Driver, Driver] {
  return [agencyWorkbook(), agencyWorkbook()];
}

/** The next day's rebuild of `parts` (its cells read) and of `twin` made to read every report. */
export function nextDay(parts: Driver, twin: Driver, at = "2026-11-18T07:00:00"): { line: string; read: number } {
  parts.ledger.reset();
  const line = rebuildAt(parts, wita(at));
  const read = parts.ledger.cellsRead;
  rebuildAt(twin, wita(at), true);
  return { line, read };
}
