// In-memory state of the Forms fake: forms, items, choices, validations, stored responses.
import type { CallLedger } from "../calls";
import type { SpreadsheetPort } from "../services/ports";
import type { ItemTypeName, PageNavigationName } from "./enums";

export interface ChoiceData {
  value: string;
  /** Item id of the PageBreakItem this choice jumps to (GO_TO_PAGE), if any. */
  gotoPageId: number | null;
  navigation: PageNavigationName | null;
}

export type ValidationKind =
  | "number" | "wholeNumber" | "between" | "notBetween" | "gt" | "gte" | "lt" | "lte" | "eq" | "neq"
  | "matches" | "notMatches" | "contains" | "notContains" | "email" | "url" | "maxLength" | "minLength";

export interface ValidationData {
  kind: ValidationKind;
  a?: number;
  b?: number;
  pattern?: string;
  helpText: string;
}

export interface ItemData {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceData[];
  showOther: boolean;
  validation: ValidationData | null;
  /** PageBreakItem: where to go after the page before this break. */
  goToPageId: number | null;
  pageNavigation: PageNavigationName;
}

export interface ResponseData {
  timestamp: Date;
  answers: Record<string, string | string[]>;
  /** Sheet row Forms wrote it to (set by __submit; __editResponse rewrites that row). */
  row?: number;
}

export interface Destination {
  spreadsheetId: string;
  sheetId: number;
  /** Response-sheet column (1-based) of each question item, by item id. */
  columns: Map<number, number>;
}

export interface FormData {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  items: ItemData[];
  destination: Destination | null;
  collectEmail: boolean;
  confirmationMessage: string;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  progressBar: boolean;
  acceptingResponses: boolean;
  responses: ResponseData[];
}

export interface FormStore {
  forms: Map<string, FormData>;
  seq: number;
}

export function createFormStore(): FormStore {
  return { forms: new Map(), seq: 0 };
}

/** "id": /forms/d/<form id>/viewform (what users report); "published": /forms/d/e/<published id>/viewform. */
export type FormUrlShape = "id" | "published";

export interface FormsContext {
  ledger: CallLedger;
  store: FormStore;
  /** Language of the account that owns the form: names the response sheet and timestamp header. */
  language: "en" | "id";
  /** Which id the linked sheet's getFormUrl() carries (its shape is not documented). */
  formUrlShape: FormUrlShape;
  /** The spreadsheet with that id, or throws the Drive "not found" message. */
  openSpreadsheet(id: string): SpreadsheetPort;
  /** Views handed to callers, mapped back to their data. */
  itemOf: WeakMap<object, ItemData>;
  choiceOf: WeakMap<object, ChoiceData>;
  validationOf: WeakMap<object, ValidationData>;
}

export const NOT_FOUND =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

export function findItem(form: FormData, id: number): ItemData | undefined {
  return form.items.find((i) => i.id === id);
}
