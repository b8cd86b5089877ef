// The hidden `_Status Internal` sheet: what the form-submit path needs, one row per cooperative in
// registry order (the same row as in `Status Koperasi`), and the fingerprint of every response row.
//   A: ID Koperasi ("*" on the row after the last cooperative: reports naming no known cooperative)
//   B: the cooperative's validation state (encodeState), C: a note {z: zone on Status Koperasi,
//   h: {row: fingerprint} of rows the submit path validated since the last full run},
//   D: the registry row as JSON, E: fingerprint of response row r on sheet row r (full runs).
import type { CellValue, CoopStatus, Koperasi, Registry, Zone } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { CoopValidationState } from "../../core/validation/state";
import { encodeState } from "../../core/validation/stateJson";
import { HEADERS } from "../../core/text/sheets";
import type { Context } from "../context";

export const INTERNAL_COLUMNS = 5;
export const UNKNOWN_KOPERASI_ROW_ID = "*";
/** A note cell above this size sends the submit path to a full validation (which empties the notes). */
export const NOTE_LIMIT_CHARS = 40_000;

export interface InternalNote {
  z?: Zone;
  h?: Record<string, string>;
}

export function parseNote(text: CellValue | undefined): InternalNote | null {
  if (text === undefined || text === "") return {};
  try {
    const v: unknown = JSON.parse(String(text));
    return v && typeof v === "object" ? (v as InternalNote) : null;
  } catch {
    return null;
  }
}

export interface StoredFingerprints {
  /** Fingerprint of each response row as last validated (full runs and the submit path). */
  hashByRow: Map<number, string>;
  /** True when the sheet held nothing (first run after an upgrade or a new workbook). */
  empty: boolean;
}

/** One read of the internal sheet (two calls), plus the old `_Sidik Laporan` sheet when upgrading. */
export function readFingerprints(ctx: Context, settings: Settings): StoredFingerprints {
  const values = ctx.workbook.readTable(settings.sheetNames.state, INTERNAL_COLUMNS) ?? [];
  const hashByRow = new Map<number, string>();
  for (let i = 1; i < values.length; i++) {
    const h = values[i]![4];
    if (typeof h === "string" && h !== "") hashByRow.set(i + 1, h);
  }
  for (let i = 1; i < values.length; i++) {
    const note = parseNote(values[i]![2]);
    for (const [row, h] of Object.entries(note?.h ?? {})) hashByRow.set(Number(row), h);
  }
  if (hashByRow.size === 0) {
    // Workbooks from before this layout kept fingerprints in `_Sidik Laporan` (row r = response row r).
    const old = ctx.workbook.readTable(settings.sheetNames.hashes, 1) ?? [];
    for (let i = 1; i < old.length; i++) {
      const h = old[i]![0];
      if (typeof h === "string" && h !== "") hashByRow.set(i + 1, h);
    }
  }
  return { hashByRow, empty: hashByRow.size === 0 };
}

/** The whole internal sheet for a full run: rows for the cooperatives and the fingerprints side by side. */
export function internalRows(
  registry: Registry, states: ReadonlyMap<string, CoopValidationState>, statuses: readonly CoopStatus[],
  hashes: readonly string[], lastRow: number,
): CellValue[][] {
  const coops = registry.koperasi.length;
  const height = Math.max(coops + 2, lastRow);
  const rows: CellValue[][] = [HEADERS.state.slice()];
  for (let r = 2; r <= height; r++) rows.push(["", "", "", "", ""]);
  registry.koperasi.forEach((k, i) => {
    const state = states.get(k.id);
    const zone = statuses[i]?.zone;
    const row = rows[i + 1]!;
    row[0] = k.id;
    row[1] = state ? encodeState(state) : "";
    row[2] = JSON.stringify(zone ? { z: zone } : {});
    row[3] = koperasiJson(k);
  });
  rows[coops + 1]![0] = UNKNOWN_KOPERASI_ROW_ID;
  rows[coops + 1]![2] = "{}";
  for (let r = 2; r <= lastRow; r++) rows[r - 1]![4] = hashes[r] ?? "";
  return rows;
}

export function koperasiJson(k: Koperasi): string {
  return JSON.stringify(k);
}

export function koperasiFromJson(text: CellValue | undefined): Koperasi | null {
  try {
    const v = JSON.parse(String(text ?? "")) as Koperasi;
    return v && typeof v.id === "string" && typeof v.regency === "string" ? v : null;
  } catch {
    return null;
  }
}
