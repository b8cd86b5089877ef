// The narrow ports the actions use. Adapters in src/adapters implement them over Apps Script services;
// nothing in src/app touches an Apps Script global directly.
import type { CellValue, Instant } from "../core/model";

/** A rectangle of values with optional per-column number formats and per-cell backgrounds. */
export interface Block {
  values: CellValue[][];
  /** One per column; "@" (plain text) keeps people's text from ever being read as a formula. */
  numberFormats?: readonly string[];
  backgrounds?: (string | null)[][];
  /** Cell notes (the add-on's per-row bookkeeping in a hidden column); "" = none. */
  notes?: string[][];
  /** Make the first row bold (a header). */
  boldFirstRow?: boolean;
}

export interface PlacedBlock {
  row: number;
  col: number;
  block: Block;
}

export interface ChartSpec {
  title: string;
  kind: "bar" | "line";
  /** A1 notation of the data range on the same sheet, header row included. */
  range: string;
  row: number;
  col: number;
  stacked?: boolean;
}

export interface SheetOptions {
  frozenRows?: number;
  hidden?: boolean;
  /** Columns from this one to the sheet's last are hidden (bookkeeping people need not see). */
  hiddenColumnsFrom?: number;
  /**
   * A new sheet gets exactly its header's columns (a new sheet has 26, and blank cells count against
   * the workbook's 10-million-cell limit): for sheets that only ever grow by appended rows (`Log`, `Riwayat`).
   */
  exactColumns?: boolean;
  /**
   * Cells outside the add-on's blocks are staff's (a note under `Ringkasan`): kept, or moved below and
   * named in the `Log` when a block needs their place (one read more per rewrite).
   */
  keepStaffCells?: boolean;
  /**
   * One row per ID in column 1 (a cooperative, a pendamping): when the rows take a new order, what staff
   * typed in the columns after the table's moves with its ID (reads only when the order changed).
   */
  keyedRows?: boolean;
  /** Editors allowed on an output sheet; others get a warning-only view. */
  protectFor?: { editors: string[]; description: string };
  /** 1-based columns left open to everyone in the protected sheet (staff's own columns). */
  unprotectedColumns?: { from: number; to: number };
}

export interface Workbook {
  /** The spreadsheet's own time zone (date cells are read and written in it). */
  timeZone(): string;
  /** Changes the spreadsheet's time zone (Sheets keeps each date cell's wall-clock time). */
  setTimeZone(timeZone: string): void;
  spreadsheetId(): string;
  hasSheet(name: string): boolean;
  /** Every value of the sheet's data range (header included), or null when the sheet is missing. */
  readAll(name: string): CellValue[][] | null;
  /** A rectangle, 1-based; rows past the end come back blank. */
  readRange(name: string, row: number, col: number, numRows: number, numCols: number): CellValue[][];
  lastRow(name: string): number;
  /** Creates the sheet with a bold frozen header row; returns false when it already existed (untouched). */
  ensureSheet(name: string, headers: readonly string[], options?: SheetOptions): boolean;
  /**
   * Clears the sheet and writes the blocks: the whole new content in one pass. With `changedRows`
   * [from, to] the caller knows the sheet already holds the rest of this content (it read it), so only
   * those rows are written when the sheet is laid out for it (else everything, as without it); from > to
   * means nothing changed.
   */
  replaceContent(name: string, blocks: PlacedBlock[], options?: SheetOptions & { charts?: ChartSpec[]; changedRows?: [number, number] }): void;
  /**
   * Rows from..to of a sheet, columns A..numCols (numCols 0: to the sheet's last column), in one read;
   * rows past the sheet's end come back blank; null when the sheet is missing.
   */
  readRows(name: string, from: number, to: number, numCols: number): CellValue[][] | null;
  /**
   * Writes `rows` from sheet row `from` on, in a sheet of one uniform table laid out as replaceContent lays
   * out `header` (its first row) with `totalRows` rows: the sheet is created, grown or formatted first when
   * it is not yet (the header written then), else only those rows are written (one call).
   */
  writeRows(name: string, header: Block, options: SheetOptions, totalRows: number, from: number, rows: CellValue[][]): void;
  /** Blanks the rows after `row` that hold anything or the add-on's last writes reached (columns A..numCols). */
  clearBelow(name: string, row: number, numCols: number): void;
  /** Writes one block at a position, leaving the rest of the sheet as it is. */
  writeBlock(name: string, row: number, col: number, block: Block): void;
  /** Appends rows after the last row, in one write. */
  appendRows(name: string, rows: CellValue[][], numberFormats?: readonly string[]): void;
  /**
   * One of the add-on's own sheets, columns A..numCols, in one read without looking the sheet up
   * (trailing blank rows dropped); null when the sheet is missing.
   */
  readTable(name: string, numCols: number): CellValue[][] | null;
  /**
   * Makes row 1 hold `headers` from column A, the sheet growing columns when narrower: for a sheet an
   * older version made with fewer columns (its data rows are left as they are).
   */
  widenHeader(name: string, headers: readonly string[]): void;
  /** A rectangle of an existing sheet as one handle: one lookup, then one call per read or write. */
  cells(name: string, row: number, col: number, numRows: number, numCols: number): Cells;
  /** The notes of one column from `row` down to the sheet's end, in one read; null when the sheet is missing. */
  readNotes(name: string, row: number, col: number): string[] | null;
  /** True when rows 1..row of the sheet are known to exist with their column formats laid out. */
  isLaidOut(name: string, row: number): boolean;
  /** Columns the add-on laid the sheet out with (0 when unknown). */
  laidOutColumns(name: string): number;
  /**
   * The sheet that receives the linked form's responses: the one whose Sheet.getFormUrl() names the
   * same form as one of `formUrls` (by id or published id); any linked sheet when `formUrls` is empty.
   */
  findResponseSheet(formUrls: readonly string[], nameHint: string): string | null;
  /** Number formats of one column, rows fromRow..toRow (one read): cells shown as percentages. */
  columnFormats(name: string, col: number, fromRow: number, toRow: number): string[];
  /**
   * The first row of every sheet not named in `skip` (one read each), and how many sheets there are:
   * for finding an unlinked response sheet.
   */
  headerRows(skip: ReadonlySet<string>): { count: number; sheets: Array<{ name: string; header: CellValue[] }> };
  /** How many sheets the workbook has (one call). */
  sheetCount(): number;
  toast(message: string, title?: string): void;
  /** Cells of every sheet (rows × columns, blank ones too): what counts against Google's 10-million-cell limit. */
  cellCount(): number;
  /** The sheet's last column holding anything (one call; 0 when the sheet is missing). */
  lastColumn(name: string): number;
  /**
   * Deletes rows start..start+count-1 (the rows below move up); a sheet keeps at least one row under its
   * header. `trim`: also the blank rows at the end beyond the last one holding anything and a growth's headroom.
   */
  deleteRows(name: string, start: number, count: number, trim?: boolean): void;
}

/** One row BigQuery refused in an insertAll request (its index in the request and Google's reason). */
export interface InsertError {
  index: number;
  message: string;
}

/** The BigQuery advanced service (REST v2) for the archive; errors are Google's, thrown as they come. */
export interface BigQueryPort {
  /** Creates the table unless it exists (tables.get, then tables.insert); true when it was created. */
  ensureTable(projectId: string, datasetId: string, tableId: string, resource: object): boolean;
  /** tabledata.insertAll; the rows refused (none when every row went in). */
  insertAll(projectId: string, datasetId: string, tableId: string, request: object): InsertError[];
  /** jobs.query and every further page (jobs.getQueryResults): each row's cells as text. */
  query(projectId: string, request: object): (string | null)[][];
}

/** A rectangle handle (see Workbook.cells). */
export interface Cells {
  values(): CellValue[][];
  write(values: CellValue[][], backgrounds?: (string | null)[][]): void;
  notes(): string[][];
  writeNotes(notes: string[][]): void;
}

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Kept in memory until flush(): bookkeeping that may be written with the run's other properties. */
  setLater(key: string, value: string): void;
  /** Writes every setLater value in one call. */
  flush(): void;
}

export interface ScriptLock {
  /** Waits up to `ms`; false when another run holds the lock. */
  tryLock(ms: number): boolean;
  release(): void;
}

/** Email sent on the running account's behalf (MailApp). */
export interface Mailer {
  /** Recipients the account may still send to today. */
  remainingDailyQuota(): number;
  /** Sends one plain-text email; throws (Google's message) on a refused address or an exhausted quota. */
  send(to: string[], subject: string, body: string): void;
}

export interface Clock {
  now(): Instant;
}

export type DialogKind = "alert" | "sidebar" | "modal";

export interface UserInterface {
  alert(title: string, message: string): void;
  /** Asks yes/no; true for yes. */
  confirm(title: string, message: string): boolean;
  showHtml(kind: Exclude<DialogKind, "alert">, title: string, html: string, width?: number, height?: number): void;
  /** Shows an HTML template file of the project (dist/<file>.html) as a sidebar, `vars` set on the template. */
  showSidebarFile(file: string, title: string, vars: Record<string, unknown>): void;
}

export interface TriggerInfo {
  id: string;
  handler: string;
  kind: "formSubmit" | "hourly" | "other";
  /** The spreadsheet a spreadsheet trigger watches (null for time-driven triggers). */
  sourceId: string | null;
}

/**
 * The running user's installable triggers. One add-on project serves many workbooks and Apps Script
 * lists a user's triggers of all of them: the caller picks this workbook's (actions/triggers.ts).
 */
export interface Triggers {
  /** Id of this workbook (what its spreadsheet triggers name as their source). */
  workbookId(): string;
  /** Every installable trigger of the running user in this project, whichever workbook it serves. */
  list(): TriggerInfo[];
  /** Installs a trigger and returns its unique id. */
  installFormSubmit(handler: string): string;
  installHourly(handler: string): string;
  remove(id: string): void;
}

/** Protection of the output sheets (owner + ADMIN list may edit; warning-only when the list is empty). */
export interface SheetProtection {
  /** Sets the protection of each existing sheet named; missing sheets are skipped. */
  protect(names: readonly string[], p: { editors: string[]; description: string; unprotectedColumns?: { from: number; to: number } }): void;
  /** Whether the running user may edit the first of these sheets that has a protection (true when none has). */
  canEdit(names: readonly string[]): boolean;
}
