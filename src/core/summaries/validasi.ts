// `Validasi`: one row per response row, placed at the same row number as the response it describes.
import type { CellValue, Instant, ValidationResult } from "../model";
import type { Settings } from "../settings/types";
import { reasonsCell } from "./reasons";
import { HEADERS } from "../text/sheets";
import { BLANK, FORMAT, dateCell } from "./table";

export const VALIDASI_HEADERS = HEADERS.validasi;
export const VALIDASI_STATUS_COLUMN = VALIDASI_HEADERS.indexOf("Status");
export const VALIDASI_REASON_COLUMN = VALIDASI_HEADERS.indexOf("Alasan");
export const VALIDASI_PROCESSED_COLUMN = VALIDASI_HEADERS.indexOf("Diproses");

export const VALIDASI_NUMBER_FORMATS: readonly string[] = [
  FORMAT.integer, "dd/MM/yyyy HH:mm:ss", FORMAT.text, FORMAT.text, FORMAT.date, FORMAT.text, FORMAT.text,
  "dd/MM/yyyy HH:mm:ss",
];

export function validasiRow(result: ValidationResult, processedAt: Instant | Date, settings: Settings): CellValue[] {
  return [
    result.row,
    result.submittedAt === null ? BLANK : new Date(result.submittedAt),
    result.koperasiId,
    result.pendampingId,
    result.visitDay === null ? BLANK : dateCell(result.visitDay, settings.sheetTimeZone),
    result.status,
    reasonsCell(result.findings),
    processedAt instanceof Date ? processedAt : new Date(processedAt),
  ];
}

export const BLANK_VALIDASI_ROW: readonly CellValue[] = VALIDASI_HEADERS.map(() => BLANK);
