// The response sheet Forms keeps in a linked spreadsheet: created on setDestination, kept in step with
// the questions, and appended to by the uncounted __submit the way Forms writes a response row.
import type { RangePort, SheetPort, SpreadsheetPort } from "../services/ports";
import { uncounted } from "../services/silent";
import { formatDateText, zonedInstant } from "../services/tz";
import { checkSubmission, questionItems, resolveAnswers, type Answers } from "./answers";
import type { FormData, FormsContext, FormUrlShape, ItemData, ResponseData } from "./state";

const SHEET_PREFIX = { en: "Form Responses ", id: "Respons Formulir " } as const;
const TIMESTAMP = { en: "Timestamp", id: "Stempel waktu" } as const;

/**
 * What Sheet.getFormUrl() returns for a linked sheet: the form's /viewform address by its id, or with
 * `formUrlShape: "published"` its published /d/e/ address (the reference does not say which).
 */
export function linkedFormUrl(form: FormData, shape: FormUrlShape = "id"): string {
  return shape === "published"
    ? `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`
    : `https://docs.google.com/forms/d/${form.id}/viewform`;
}

export function linkDestination(ctx: FormsContext, form: FormData, ss: SpreadsheetPort): void {
  uncounted(ctx.ledger, () => {
    unlinkSheet(ctx, form);
    const prefix = SHEET_PREFIX[ctx.language];
    let n = 1;
    while (ss.getSheetByName(`${prefix}${n}`)) n += 1;
    // Forms adds the response sheet as the first tab.
    const sheet = ss.insertSheet(`${prefix}${n}`, 0);
    const questions = questionItems(form);
    const header = [TIMESTAMP[ctx.language], ...questions.map((q) => q.title)];
    fitColumns(sheet, header.length);
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    const columns = new Map<number, number>();
    questions.forEach((q, i) => columns.set(q.id, i + 2));
    form.destination = { spreadsheetId: ss.getId(), sheetId: sheet.getSheetId(), columns };
    sheet.__linkForm(linkedFormUrl(form, ctx.formUrlShape));
    const tz = ss.getSpreadsheetTimeZone();
    for (const r of form.responses) sheet.appendRow(rowValues(form, columns, r.timestamp, resolveAnswers(form, r.answers), tz));
  });
}

/** Forms widens its response sheet as questions are added (a new sheet has only 26 columns). */
function fitColumns(sheet: SheetPort, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

export function unlinkSheet(ctx: FormsContext, form: FormData): void {
  if (!form.destination) return;
  uncounted(ctx.ledger, () => responseSheet(ctx, form)?.sheet.__unlinkForm());
  form.destination = null;
}

function responseSheet(ctx: FormsContext, form: FormData): { ss: SpreadsheetPort; sheet: SheetPort } | null {
  if (!form.destination) return null;
  const ss = ctx.openSpreadsheet(form.destination.spreadsheetId);
  const id = form.destination.sheetId;
  const sheet = ss.getSheets().find((s) => s.getSheetId() === id);
  return sheet ? { ss, sheet } : null;
}

/** New questions get a new column at the end; renamed questions rename their header cell. */
export function syncResponseSheet(ctx: FormsContext, form: FormData): void {
  const dest = form.destination;
  if (!dest) return;
  uncounted(ctx.ledger, () => {
    const found = responseSheet(ctx, form);
    if (!found) return;
    const { sheet } = found;
    let last = Math.max(1, sheet.getLastColumn());
    for (const c of dest.columns.values()) if (c > last) last = c;
    for (const q of questionItems(form)) {
      let col = dest.columns.get(q.id);
      if (col === undefined) {
        last += 1;
        col = last;
        dest.columns.set(q.id, col);
        fitColumns(sheet, col);
      }
      const cell = sheet.getRange(1, col);
      if (cell.getValues()[0]?.[0] !== q.title) cell.setValue(q.title);
    }
  });
}

export interface SubmitResult {
  row: number;
  range: RangePort;
  sheetName: string;
  values: string[];
  namedValues: Record<string, string[]>;
}

export function submitResponse(
  ctx: FormsContext, form: FormData, answers: Answers, at: Date, validate = true,
): SubmitResult {
  const given = resolveAnswers(form, answers);
  if (validate) checkSubmission(form, given);
  if (!form.acceptingResponses) throw new Error("__submit: the form is not accepting responses");
  const response: ResponseData = { timestamp: new Date(at.getTime()), answers: { ...answers } };
  form.responses.push(response);
  const dest = form.destination;
  if (!dest) throw new Error("__submit: the form has no response destination (Form.setDestination)");
  return uncounted(ctx.ledger, () => {
    const found = responseSheet(ctx, form);
    if (!found) throw new Error("__submit: the form's response sheet no longer exists");
    const { ss, sheet } = found;
    const row = rowValues(form, dest.columns, at, given, ss.getSpreadsheetTimeZone());
    sheet.appendRow(row);
    response.row = sheet.getLastRow();
    return submitEvent(form, dest.columns, ss, sheet, response.row, row, given, null);
  });
}

/**
 * A respondent edits the response written to sheet row `row` (a form with setAllowResponseEdits):
 * `answers` replace the previous ones (others are kept; "" clears one). Forms rewrites that same row,
 * its timestamp becoming the edit time, and the event names the row; as users report, e.values and
 * e.namedValues hold only the answers that changed (the others blank) while the sheet row is complete.
 */
export function editResponse(
  ctx: FormsContext, form: FormData, row: number, answers: Answers, at: Date, validate = true,
): SubmitResult {
  const response = form.responses.find((r) => r.row === row);
  if (!response) throw new Error(`__editResponse: no response of this form was written to row ${row}`);
  const merged: Answers = { ...response.answers, ...answers };
  const given = resolveAnswers(form, merged);
  if (validate) checkSubmission(form, given);
  const before = resolveAnswers(form, response.answers);
  const changed = new Set([...given].filter(([item, v]) => String(before.get(item) ?? "") !== String(v)).map(([item]) => item));
  response.answers = merged;
  response.timestamp = new Date(at.getTime());
  const dest = form.destination;
  if (!dest) throw new Error("__editResponse: the form has no response destination");
  return uncounted(ctx.ledger, () => {
    const found = responseSheet(ctx, form);
    if (!found) throw new Error("__editResponse: the form's response sheet no longer exists");
    const { ss, sheet } = found;
    const values = rowValues(form, dest.columns, at, given, ss.getSpreadsheetTimeZone());
    sheet.getRange(row, 1, 1, values.length).setValues([values]);
    return submitEvent(form, dest.columns, ss, sheet, row, values, given, changed);
  });
}

/** The form-submit event's texts; `changed` (edits) blanks the answers that did not change. */
function submitEvent(
  form: FormData, columns: Map<number, number>, ss: SpreadsheetPort, sheet: SheetPort, rowIndex: number,
  row: unknown[], given: Map<ItemData, string | string[]>, changed: Set<ItemData> | null,
): SubmitResult {
  const tz = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const header = sheet.getRange(1, 1, 1, row.length).getValues()[0] ?? [];
  const values = row.map((v, i) => {
    if (i === 0 && v instanceof Date) return formatDateText(v.getTime(), tz, locale, true);
    const item = itemAtColumn(form, columns, i + 1);
    if (changed && (!item || !changed.has(item))) return "";
    if (v instanceof Date) return formatDateText(v.getTime(), tz, locale, false);
    const answer = item ? given.get(item) : undefined;
    return answer === undefined ? "" : Array.isArray(answer) ? answer.join(", ") : answer;
  });
  const namedValues: Record<string, string[]> = {};
  header.forEach((h, i) => {
    const key = String(h);
    namedValues[key] = [...(namedValues[key] ?? []), values[i] ?? ""];
  });
  // The event's range also carries its bounds as plain fields (seen in JSON.stringify(e) of Sheets
  // events; not in the reference pages): reading them is no service call.
  const range = Object.assign(sheet.getRange(rowIndex, 1, 1, row.length), {
    rowStart: rowIndex, rowEnd: rowIndex, columnStart: 1, columnEnd: row.length,
  });
  return { row: rowIndex, range, sheetName: sheet.getName(), values, namedValues };
}

function itemAtColumn(form: FormData, columns: Map<number, number>, col: number): ItemData | undefined {
  for (const [id, c] of columns) if (c === col) return form.items.find((i) => i.id === id);
  return undefined;
}

/** The typed row Forms writes: timestamp Date, date answers as local midnight, numbers as numbers. */
function rowValues(
  form: FormData, columns: Map<number, number>, at: Date, given: Map<ItemData, string | string[]>, tz: string,
): unknown[] {
  let width = 1;
  for (const c of columns.values()) if (c > width) width = c;
  const row: unknown[] = new Array(width).fill("");
  row[0] = new Date(at.getTime());
  for (const [item, answer] of given) {
    const col = columns.get(item.id);
    if (col === undefined) continue;
    row[col - 1] = typedAnswer(item, answer, tz);
  }
  return row;
}

function typedAnswer(item: ItemData, answer: string | string[], tz: string): unknown {
  if (Array.isArray(answer)) return answer.join(", ");
  if (answer.trim() === "") return "";
  if (item.type === "DATE") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer);
    if (m) return zonedInstant(Number(m[1]), Number(m[2]), Number(m[3]), tz);
  }
  // Sheets parses numeric text into a number (dot decimals; see NOTES-services.md).
  if (/^-?\d+(\.\d+)?$/.test(answer.trim())) return Number(answer.trim());
  return answer;
}
