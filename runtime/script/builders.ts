// TriggerBuilder, SpreadsheetTriggerBuilder and ClockTriggerBuilder fakes, with the creation limits.
import { guard } from "../calls";
import { triggerView } from "./trigger";
import { TOO_MANY_TRIGGERS, type ClockSchedule, type EventTypeName, type ScriptContext, type TriggerData } from "./state";

export function triggerBuilder(ctx: ScriptContext, handler: string): object {
  const rec = (m: string) => ctx.ledger.record("TriggerBuilder", m);
  return guard(
    {
      forSpreadsheet: (ss: unknown) => (rec("forSpreadsheet"), spreadsheetBuilder(ctx, handler, ctx.spreadsheetIdOf(ss))),
      timeBased: () => (rec("timeBased"), clockBuilder(ctx, handler)),
    },
    "TriggerBuilder",
  );
}

function spreadsheetBuilder(ctx: ScriptContext, handler: string, ssId: string): object {
  const rec = (m: string) => ctx.ledger.record("SpreadsheetTriggerBuilder", m);
  let event: EventTypeName | null = null;
  let view: object = {};
  const on = (m: string, e: EventTypeName) => () => (rec(m), (event = e), view);
  view = guard(
    {
      onOpen: on("onOpen", "ON_OPEN"),
      onEdit: on("onEdit", "ON_EDIT"),
      onChange: on("onChange", "ON_CHANGE"),
      onFormSubmit: on("onFormSubmit", "ON_FORM_SUBMIT"),
      create: () => {
        rec("create");
        if (!event) throw new Error("Trigger event type not specified.");
        return install(ctx, { handler, eventType: event, source: "SPREADSHEETS", sourceId: ssId, schedule: null });
      },
    },
    "SpreadsheetTriggerBuilder",
  );
  return view;
}

const MINUTES = [1, 5, 10, 15, 30];
const HOURS = [1, 2, 4, 6, 8, 12];

function clockBuilder(ctx: ScriptContext, handler: string): object {
  const rec = (m: string) => ctx.ledger.record("ClockTriggerBuilder", m);
  const s: ClockSchedule = {};
  let view: object = {};
  const set = (m: string, apply: () => void) => {
    rec(m);
    apply();
    return view;
  };
  view = guard(
    {
      everyMinutes: (n: number) => set("everyMinutes", () => {
        // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
        if (!MINUTES.includes(n)) throw new Error("The value you passed to everyMinutes must be one of 1, 5, 10, 15 or 30.");
        s.everyMinutes = n;
      }),
      everyHours: (n: number) => set("everyHours", () => {
        if (!HOURS.includes(n)) throw new Error("The value you passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.");
        s.everyHours = n;
      }),
      everyDays: (n: number) => set("everyDays", () => void (s.everyDays = n)),
      everyWeeks: (n: number) => set("everyWeeks", () => void (s.everyWeeks = n)),
      atHour: (h: number) => set("atHour", () => {
        if (!Number.isInteger(h) || h < 0 || h > 23) throw new Error("Invalid argument: hour");
        s.atHour = h;
      }),
      nearMinute: (m: number) => set("nearMinute", () => void (s.nearMinute = m)),
      onWeekDay: (d: string) => set("onWeekDay", () => void (s.onWeekDay = String(d))),
      onMonthDay: (d: number) => set("onMonthDay", () => void (s.onMonthDay = d)),
      inTimezone: (tz: string) => set("inTimezone", () => void (s.timeZone = String(tz))),
      at: (d: Date) => set("at", () => void (s.at = d.getTime())),
      after: (ms: number) => set("after", () => void (s.afterMs = ms)),
      create: () => {
        rec("create");
        if (s.atHour !== undefined && s.everyDays === undefined && s.everyWeeks === undefined) {
          throw new Error("atHour() can only be used with everyDays() or everyWeeks().");
        }
        const recurring = s.everyMinutes ?? s.everyHours ?? s.everyDays ?? s.everyWeeks;
        if (recurring === undefined && s.at === undefined && s.afterMs === undefined && s.onMonthDay === undefined) {
          throw new Error("The trigger's recurrence is not specified.");
        }
        // Add-ons may not use time-driven triggers more often than once an hour.
        // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
        if (ctx.addOn && s.everyMinutes !== undefined) {
          throw new Error("Add-ons cannot create time-based triggers that run more often than once per hour.");
        }
        return install(ctx, { handler, eventType: "CLOCK", source: "CLOCK", sourceId: null, schedule: { ...s } });
      },
    },
    "ClockTriggerBuilder",
  );
  return view;
}

function install(ctx: ScriptContext, t: Omit<TriggerData, "uid" | "user" | "documentId">): object {
  const user = ctx.user();
  const documentId = ctx.documentId();
  const mine = ctx.store.triggers.filter((x) => x.user === user);
  if (mine.length >= ctx.maxTriggers) throw new Error(TOO_MANY_TRIGGERS);
  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
  // "Add-ons can only create triggers for the file in which the add-on is used."
  if (ctx.addOn && t.sourceId !== null && t.sourceId !== documentId) {
    throw new Error("Add-on trigger restriction: an add-on can only create triggers for the file in which it is used.");
  }
  // "Each add-on can only have one trigger of each type, per user, per document" (a time-driven
  // trigger counts for the document it was created in).
  if (ctx.addOn && mine.some((x) => x.eventType === t.eventType && x.documentId === documentId)) {
    throw new Error(
      `Add-on trigger limit: this user already has a ${t.eventType} trigger for this document ` +
        "(an Editor add-on can only have one trigger of each type, per user, per document).",
    );
  }
  ctx.store.seq += 1;
  const data: TriggerData = { ...t, uid: String(8_000_000 + ctx.store.seq * 7), user, documentId };
  ctx.store.triggers.push(data);
  return triggerView(ctx, data);
}
