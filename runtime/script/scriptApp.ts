// ScriptApp fake: trigger builders, listing/deleting triggers, enums.
import { guard, type CallLedger } from "../calls";
import { triggerBuilder } from "./builders";
import { triggerView } from "./trigger";
import {
  AuthMode, AuthorizationStatus, createScriptStore, EventType, TriggerSource, WeekDay,
  type ScriptContext, type ScriptStore, type TriggerData,
} from "./state";

export interface ScriptAppOptions {
  ledger: CallLedger;
  store?: ScriptStore;
  /** Email of the user the script runs as (owner of the triggers it creates). */
  user: () => string;
  /** Id of the document the running execution belongs to (null outside one). */
  documentId?: () => string | null;
  /** Id of the spreadsheet a `forSpreadsheet(ss)` / `getUserTriggers(ss)` argument stands for. */
  spreadsheetIdOf: (ssOrId: unknown) => string;
  scriptTimeZone?: string;
  addOn?: boolean;
  maxTriggers?: number;
  scriptId?: string;
}

export interface ScriptAppFake {
  app: object;
  store: ScriptStore;
  /** Uncounted: installed triggers (all users), for drivers and tests. */
  triggers(): TriggerData[];
}

export function createScriptApp(opts: ScriptAppOptions): ScriptAppFake {
  const store = opts.store ?? createScriptStore();
  const ctx: ScriptContext = {
    ledger: opts.ledger, store, user: opts.user, documentId: opts.documentId ?? (() => null), spreadsheetIdOf: opts.spreadsheetIdOf,
    scriptTimeZone: opts.scriptTimeZone ?? "Asia/Makassar", addOn: opts.addOn ?? false,
    maxTriggers: opts.maxTriggers ?? 20,
  };
  const rec = (m: string) => opts.ledger.record("ScriptApp", m);
  const mine = () => store.triggers.filter((t) => t.user === ctx.user());
  const app = guard(
    {
      EventType, TriggerSource, AuthMode, AuthorizationStatus, WeekDay,
      newTrigger: (fn: string) => {
        rec("newTrigger");
        if (typeof fn !== "string" || fn === "") throw new Error("Invalid argument: functionName");
        return triggerBuilder(ctx, fn);
      },
      // "Gets all installable triggers associated with the current project and current user": every
      // workbook the add-on runs in, never another user's.
      getProjectTriggers: () => (rec("getProjectTriggers"), mine().map((t) => triggerView(ctx, t))),
      // "Gets all installable triggers owned by this user in the given spreadsheet, for this script or
      // add-on only": triggers whose source is that spreadsheet (clock triggers have no source).
      getUserTriggers: (ss: unknown) => {
        rec("getUserTriggers");
        const id = ctx.spreadsheetIdOf(ss);
        return mine().filter((t) => t.sourceId === id).map((t) => triggerView(ctx, t));
      },
      deleteTrigger: (trigger: { getUniqueId(): string }) => {
        rec("deleteTrigger");
        const uid = trigger.getUniqueId();
        const i = store.triggers.findIndex((t) => t.uid === uid);
        // Deleting a trigger that is already gone is silently accepted (modelled; not documented).
        if (i >= 0) store.triggers.splice(i, 1);
      },
      getScriptId: () => (rec("getScriptId"), opts.scriptId ?? "1ScriptIdOfTheLocalRuntime0000000000000000000"),
      getOAuthToken: () => (rec("getOAuthToken"), "local-runtime-oauth-token"),
    },
    "ScriptApp",
  );
  return { app, store, triggers: () => store.triggers.slice() };
}
