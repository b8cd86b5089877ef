// State of the ScriptApp fake: installed triggers, the enums, and the limits that are enforced.
import type { CallLedger } from "../calls";

export const EventType = {
  CLOCK: "CLOCK", ON_OPEN: "ON_OPEN", ON_EDIT: "ON_EDIT", ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  ON_CHANGE: "ON_CHANGE", ON_EVENT_UPDATED: "ON_EVENT_UPDATED",
} as const;
export type EventTypeName = keyof typeof EventType;

export const TriggerSource = {
  SPREADSHEETS: "SPREADSHEETS", CLOCK: "CLOCK", FORMS: "FORMS", DOCUMENTS: "DOCUMENTS", CALENDAR: "CALENDAR",
} as const;
export type TriggerSourceName = keyof typeof TriggerSource;

export const AuthMode = { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" } as const;
export const AuthorizationStatus = { REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" } as const;
export const WeekDay = {
  SUNDAY: "SUNDAY", MONDAY: "MONDAY", TUESDAY: "TUESDAY", WEDNESDAY: "WEDNESDAY", THURSDAY: "THURSDAY",
  FRIDAY: "FRIDAY", SATURDAY: "SATURDAY",
} as const;

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  at?: number; // one-off, epoch ms
  afterMs?: number; // one-off, delay from creation
  timeZone?: string;
}

export interface TriggerData {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** Spreadsheet id for SPREADSHEETS triggers, null for CLOCK. */
  sourceId: string | null;
  user: string;
  schedule: ClockSchedule | null;
  /**
   * The document whose execution created the trigger (null outside one). A clock trigger runs in that
   * document's context: add-on triggers are per user per document (runtime/NOTES-services.md).
   */
  documentId: string | null;
}

export interface ScriptStore {
  triggers: TriggerData[];
  seq: number;
}

export function createScriptStore(): ScriptStore {
  return { triggers: [], seq: 0 };
}

export interface ScriptContext {
  ledger: CallLedger;
  store: ScriptStore;
  user: () => string;
  /** Id of the document the running execution belongs to (null outside one). */
  documentId: () => string | null;
  /** Id of the spreadsheet a `forSpreadsheet(ss)` argument stands for. */
  spreadsheetIdOf: (ssOrId: unknown) => string;
  scriptTimeZone: string;
  /** Simulate an Editor add-on: one trigger of each event type per user per document, clock ≥ 1 hour. */
  addOn: boolean;
  /** Installable triggers per user per script (Apps Script quota: 20). */
  maxTriggers: number;
}

// https://developers.google.com/apps-script/guides/services/quotas (20 triggers / user / script)
export const TOO_MANY_TRIGGERS =
  "This script has too many triggers. Triggers must be deleted from the script before more can be added.";
