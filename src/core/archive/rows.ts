// One archived report as a BigQuery row: the response row by header and its `Validasi` row, with a
// stable key (the same row always gets the same key, so a repeated run finds what it already sent).
import type { CellValue } from "../model";
import { fnv1a64 } from "../reports/hash";
import { cellText, isValidDate, parseDecimal, parseDayCell } from "../sheets/cells";
import { matchColumns } from "../sheets/headers";
import { isoDay } from "../time/localDay";
import { QUESTIONS } from "../text/form";
import { HEADERS } from "../text/sheets";

export type ArchiveValue = string | number | null;
export type ArchiveRow = Record<string, ArchiveValue>;

const ANSWERS = {
  regency: [QUESTIONS.regency],
  landStatus: [QUESTIONS.landStatus],
  progress: [QUESTIONS.progress],
  stage: [QUESTIONS.stage],
} as const;

const V = HEADERS.validasi; // Baris, Stempel Waktu, ID Koperasi, ID Pendamping, Tanggal Kunjungan, Status, Alasan, Diproses

export interface ArchiveSource {
  province: string;
  spreadsheetId: string;
  timeZone: string;
  /** The response sheet's header row. */
  header: readonly CellValue[];
  archivedAt: Date;
}

const iso = (cell: CellValue | undefined): string | null => (isValidDate(cell) ? cell.toISOString() : null);

/** The stable key: the workbook and a fingerprint of the whole response row (its timestamp included). */
export function reportKey(spreadsheetId: string, response: readonly CellValue[], timeZone: string): string {
  const text = response.map((c) => (isValidDate(c) ? c.toISOString() : cellText(c, timeZone))).join("\u001f");
  return `${spreadsheetId}:${fnv1a64(text)}`;
}

export function archiveRow(src: ArchiveSource, response: readonly CellValue[], validasi: readonly CellValue[]): ArchiveRow {
  const { index } = matchColumns(src.header, ANSWERS, []);
  const answer = (col: number): string | null => (col < 0 ? null : cellText(response[col], src.timeZone) || null);
  const answers: Record<string, string> = {};
  src.header.forEach((h, i) => {
    const name = cellText(h, src.timeZone) || `Kolom ${i + 1}`;
    answers[name] = isValidDate(response[i]) ? (response[i] as Date).toISOString() : cellText(response[i], src.timeZone);
  });
  const visit = parseDayCell(validasi[V.indexOf("Tanggal Kunjungan")], src.timeZone);
  return {
    report_key: reportKey(src.spreadsheetId, response, src.timeZone),
    province: src.province,
    spreadsheet_id: src.spreadsheetId,
    time_zone: src.timeZone,
    submitted_at: iso(response[0]),
    pendamping_id: cellText(validasi[V.indexOf("ID Pendamping")], src.timeZone) || null,
    koperasi_id: cellText(validasi[V.indexOf("ID Koperasi")], src.timeZone) || null,
    regency: answer(index.regency),
    visit_date: visit === null ? null : isoDay(visit),
    land_status: answer(index.landStatus),
    progress: index.progress < 0 ? null : parseDecimal(response[index.progress]),
    stage: answer(index.stage),
    answers_json: JSON.stringify(answers),
    status: cellText(validasi[V.indexOf("Status")], src.timeZone),
    reasons: cellText(validasi[V.indexOf("Alasan")], src.timeZone) || null,
    processed_at: iso(validasi[V.indexOf("Diproses")]),
    archived_at: src.archivedAt.toISOString(),
  };
}
