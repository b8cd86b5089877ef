// Which sheets the add-on knows, their default names and headers (texts from the catalogue).
import { HEADERS, SHEET_NAMES } from "../text/sheets";

export type InputSheetId = "koperasi" | "pendamping" | "laporan" | "pengaturan";
export type OutputSheetId =
  | "validasi"
  | "statusKoperasi"
  | "ringkasan"
  | "kepatuhan"
  | "tindakLanjut"
  | "percontohan"
  | "riwayat"
  | "log";
/** Hidden bookkeeping sheets: per-cooperative validation state, and a fingerprint per response row. */
export type InternalSheetId = "state" | "hashes";
export type SheetId = InputSheetId | OutputSheetId | InternalSheetId;

export const INPUT_SHEETS: readonly InputSheetId[] = ["koperasi", "pendamping", "laporan", "pengaturan"];
export const OUTPUT_SHEETS: readonly OutputSheetId[] = [
  "validasi", "statusKoperasi", "ringkasan", "kepatuhan", "tindakLanjut", "percontohan", "riwayat", "log",
];
export const ALL_SHEETS: readonly SheetId[] = [...INPUT_SHEETS, ...OUTPUT_SHEETS, "state", "hashes"];

export function defaultSheetName(id: SheetId): string {
  return SHEET_NAMES[id];
}

export function headersOf(id: Exclude<SheetId, "laporan" | "ringkasan" | "tindakLanjut">): readonly string[] {
  return HEADERS[id];
}
