// Shared pieces of reading a registry sheet: issues, header check, row iteration, id text.
import type { CellValue } from "../model";
import { cellText, isBlank, shortText } from "../sheets/cells";
import { matchColumns, nearHeaders } from "../sheets/headers";
import { REGISTRY_MESSAGES } from "../text/registry";
import { idKey } from "./ids";

export type RegistryIssueCode =
  | "MISSING_COLUMN" | "DUPLICATE_ID" | "BLANK_REQUIRED" | "BAD_VALUE" | "SPELLING" | "UNKNOWN_PENDAMPING"
  | "NEAR_HEADER";

export interface RegistryIssue {
  code: RegistryIssueCode;
  sheet: string;
  /** 1-based sheet row; null for a problem of the header row as a whole. */
  row: number | null;
  message: string;
  /** MISSING_COLUMN: the canonical header of the column that is missing. */
  column?: string;
}

export type Params = Record<string, string | number>;

/** One data row as the readers see it: cells by key, its sheet row, and helpers. */
export interface RowReader<K extends string> {
  row: number;
  cell(key: K): CellValue;
  text(key: K): string;
}

/** Columns and rows of a sheet whose first row is the header. Null (with issues) when required columns are missing. */
export function openSheet<K extends string>(
  values: readonly (readonly CellValue[])[],
  columns: Record<K, readonly string[]>,
  required: readonly K[],
  sheet: string,
  timeZone: string,
): { rows: RowReader<K>[]; issues: RegistryIssue[] } {
  const header = values[0] ?? [];
  const { index, missing } = matchColumns(header, columns, required);
  // A column whose header is a letter or two off a known one would be ignored: say so, by column.
  const near = nearHeaders(header, columns, index).map((n) => issue("NEAR_HEADER", sheet, null, REGISTRY_MESSAGES.NEAR_HEADER, {
    letter: columnLetter(n.column), header: shortText(n.header), column: columns[n.key][0] ?? n.key,
  }));
  if (missing.length > 0) {
    const issues = missing.map((key) => {
      const column = columns[key][0] ?? key;
      return { ...issue("MISSING_COLUMN", sheet, null, REGISTRY_MESSAGES.MISSING_COLUMN, { column }), column };
    });
    return { rows: [], issues: [...issues, ...near] };
  }
  const keys = (Object.keys(columns) as K[]).filter((k) => index[k] >= 0);
  const rows: RowReader<K>[] = [];
  for (let i = 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    const cell = (key: K): CellValue => {
      const at = index[key];
      const v = at >= 0 ? cells[at] : "";
      return v === undefined || v === null ? "" : v;
    };
    // A row blank in every column we read is an empty line: skipped without a word.
    if (keys.every((k) => isBlank(cell(k)))) continue;
    rows.push({ row: i + 1, cell, text: (key) => cellText(cell(key), timeZone) });
  }
  return { rows, issues: near };
}

/** A 0-based column as its letter: 0 = A, 26 = AA. */
export function columnLetter(i: number): string {
  let n = i + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function issue(
  code: RegistryIssueCode,
  sheet: string,
  row: number | null,
  template: (p: Params) => string,
  params: Params,
): RegistryIssue {
  return { code, sheet, row, message: template({ ...params, sheet, row: row ?? "" }) };
}

/** A cell value shortened for quoting in a message. */
export function quoted(cell: CellValue, timeZone: string): string {
  return shortText(cellText(cell, timeZone));
}

/**
 * Reads rows with a unique id: a row with a blank required cell is skipped and reported, a later row
 * repeating an earlier id is skipped and reported (the first row wins).
 */
export function readUniqueRows<K extends string, T>(
  rows: readonly RowReader<K>[],
  opts: {
    sheet: string;
    columns: Record<K, readonly string[]>;
    required: readonly K[];
    idKey: K;
    what: string;
    timeZone: string;
    build: (r: RowReader<K>, issues: RegistryIssue[]) => T;
  },
): { items: T[]; issues: RegistryIssue[] } {
  const items: T[] = [];
  const issues: RegistryIssue[] = [];
  const firstRowOf = new Map<string, { row: number; id: string }>();
  for (const r of rows) {
    const blank = opts.required.filter((k) => r.text(k) === "");
    if (blank.length > 0) {
      for (const k of blank) {
        issues.push(issue("BLANK_REQUIRED", opts.sheet, r.row, REGISTRY_MESSAGES.BLANK_REQUIRED, {
          column: opts.columns[k][0] ?? k,
        }));
      }
      continue;
    }
    const id = r.text(opts.idKey);
    // "K-001" and "k-001 " are one id (see ids.ts): the later row is the duplicate.
    const key = idKey(id);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issues.push(issue("DUPLICATE_ID", opts.sheet, r.row, REGISTRY_MESSAGES.DUPLICATE_ID, {
        column: opts.columns[opts.idKey][0] ?? opts.idKey,
        id: shortText(id),
        firstRow: first.row,
        firstId: shortText(first.id),
        what: opts.what,
      }));
      continue;
    }
    firstRowOf.set(key, { row: r.row, id });
    items.push(opts.build(r, issues));
  }
  return { items, issues };
}
