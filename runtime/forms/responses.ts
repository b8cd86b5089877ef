// The response sheet Forms keeps in a linked spreadsheet: created on setDestination, kept in step with
// the questions, and appended to by the uncounted __submit the way Forms writes a response row.
import type { RangePort, SheetPort, SpreadsheetPort } from "../services/ports";
import { uncounted } from "../services/silent";
import { formatDateText, zonedInstant } from "../services/tz";
import { checkSubmission, questionItems, resolveAnswers, type Answers } from "./answers";
import type { FormData, FormsContext, ItemData } from "./state";

const SHEET_PREFIX = { en: "Form Responses ", id: "Respons Formulir " } as const;
const TIMESTAMP = { en: "Timestamp", id: "Stempel waktu" } as const;

/** What Sheet.getFormUrl() returns for a linked sheet (the form's /viewform address by id). */
export function linkedFormUrl(form: FormData): string {
  return `https://docs.google.com/forms/d/${form.id}/viewform`;
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
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    const columns = new Map<number, number>();
    questions.forEach((q, i) => columns.set(q.id, i + 2));
    form.destination = { spreadsheetId: ss.getId(), sheetId: sheet.getSheetId(), columns };
    sheet.__linkForm(linkedFormUrl(form));
    const tz = ss.getSpreadsheetTimeZone();
    for (const r of form.responses) sheet.appendRow(rowValues(form, columns, r.timestamp, resolveAnswers(form, r.answers), tz));
  });
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
    let last = Math.max(1, sheet.getLastColumn(), ...dest.columns.values());
    for (const q of questionItems(form)) {
      let col = dest.columns.get(q.id);
      if (col === undefined) {
        last += 1;
        col = last;
        dest.columns.set(q.id, col);
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
  form.responses.push({ timestamp: new Date(at.getTime()), answers: { ...answers } });
  const dest = form.destination;
  if (!dest) throw new Error("__submit: the form has no response destination (Form.setDestination)");
  return uncounted(ctx.ledger, () => {
    const found = responseSheet(ctx, form);
    if (!found) throw new Error("__submit: the form's response sheet no longer exists");
    const { ss, sheet } = found;
    const tz = ss.getSpreadsheetTimeZone();
    const locale = ss.getSpreadsheetLocale();
    const row = rowValues(form, dest.columns, at, given, tz);
    sheet.appendRow(row);
    const rowIndex = sheet.getLastRow();
    const header = sheet.getRange(1, 1, 1, row.length).getValues()[0] ?? [];
    const values = row.map((v, i) => {
      if (v instanceof Date) return formatDateText(v.getTime(), tz, locale, i === 0);
      const item = itemAtColumn(form, dest.columns, i + 1);
      const answer = item ? given.get(item) : undefined;
      return answer === undefined ? "" : Array.isArray(answer) ? answer.join(", ") : answer;
    });
    const namedValues: Record<string, string[]> = {};
    header.forEach((h, i) => {
      const key = String(h);
      namedValues[key] = [...(namedValues[key] ?? []), values[i] ?? ""];
    });
    return { row: rowIndex, range: sheet.getRange(rowIndex, 1, 1, row.length), sheetName: sheet.getName(), values, namedValues };
  });
}

function itemAtColumn(form: FormData, columns: Map<number, number>, col: number): ItemData | undefined {
  for (const [id, c] of columns) if (c === col) return form.items.find((i) => i.id === id);
  return undefined;
}

/** The typed row Forms writes: timestamp Date, date answers as local midnight, numbers as numbers. */
function rowValues(
  form: FormData, columns: Map<number, number>, at: Date, given: Map<ItemData, string | string[]>, tz: string,
): unknown[] {
  const width = Math.max(1, ...columns.values());
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
