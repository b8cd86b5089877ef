// The `Provinsi` sheet: one row per province workbook (name, spreadsheet id or URL), with the problems
// that keep a row from being read (each ends up in the row's `Status` cell and in `Log`).
import type { CellValue } from "../model";
import { matchColumns } from "../sheets/headers";
import { cellText, isBlank, shortText } from "../sheets/cells";
import { PROVINCE_PROBLEM } from "../text/national";
import { PROVINSI_COLUMNS, PROVINSI_REQUIRED } from "./columns";

export interface ProvinceEntry {
  /** 1-based row in `Provinsi`. */
  row: number;
  name: string;
  /** The spreadsheet id, or null when the row cannot be read (see `problem`). */
  id: string | null;
  problem: string | null;
}

export interface ProvinceList {
  entries: ProvinceEntry[];
  /** 0-based column of `Status`, or -1 when the sheet has none yet. */
  statusCol: number;
  /** Number of header cells (where a new `Status` column goes). */
  headerWidth: number;
  /** Rows below the header (blank rows included), for clearing old statuses. */
  lastRow: number;
  missing: string[];
}

/** The id in a pasted URL (…/spreadsheets/d/<id>/edit…) or the id itself; null when neither. */
export function spreadsheetIdOf(text: string): string | null {
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(text);
  if (fromUrl) return fromUrl[1]!;
  return /^[A-Za-z0-9_-]+$/.test(text) ? text : null;
}

export function readProvinceList(values: readonly (readonly CellValue[])[], timeZone: string): ProvinceList {
  const header = values[0] ?? [];
  const { index, missing } = matchColumns(header, PROVINSI_COLUMNS, PROVINSI_REQUIRED);
  const headerWidth = header.reduce<number>((w, h, i) => (isBlank(h) ? w : i + 1), 0);
  const result: ProvinceList = { entries: [], statusCol: index.status, headerWidth, lastRow: values.length, missing: [] };
  if (missing.length > 0) {
    result.missing = missing.map((k) => PROVINSI_COLUMNS[k][0]);
    return result;
  }
  const seen = new Map<string, number>();
  values.slice(1).forEach((line, i) => {
    const row = i + 2;
    const name = cellText(line[index.name], timeZone);
    const idText = cellText(line[index.id], timeZone);
    if (name === "" && idText === "") return;
    let id: string | null = null;
    let problem: string | null = null;
    if (name === "") problem = PROVINCE_PROBLEM.noName;
    else if (idText === "") problem = PROVINCE_PROBLEM.noId;
    else if ((id = spreadsheetIdOf(idText)) === null) problem = PROVINCE_PROBLEM.badId(shortText(idText, 80));
    else if (seen.has(id)) problem = PROVINCE_PROBLEM.duplicate(seen.get(id)!);
    else seen.set(id, row);
    result.entries.push({ row, name, id: problem === null ? id : null, problem });
  });
  return result;
}
