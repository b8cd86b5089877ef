// createRuntime: every Apps Script global of the local runtime, built over one shared in-memory store.
import { CallLedger } from "./calls";
import { VirtualClock } from "./clock";
import { createFormApp, type FormAppFake } from "./forms";
import { createScriptApp, createScriptStore, type ScriptAppFake, type ScriptStore } from "./script";
import { createCacheService } from "./services/cache";
import { createHtmlService, type TemplateCompiler } from "./services/html";
import { createLockService, createLockState, type LockState } from "./services/lock";
import { createConsole, createLogger, type LogSink } from "./services/logging";
import { createMailApp, type MailState } from "./services/mail";
import type { SpreadsheetPort } from "./services/ports";
import { createPropertiesService, createPropertyStores, type PropertyStores } from "./services/properties";
import { createSession, type SessionState } from "./services/session";
import { uncounted } from "./services/silent";
import { createChartsFake, createSpreadsheetApp, SpreadsheetFake } from "./spreadsheet/index";
import { SPREADSHEETS_SCOPE, type SpreadsheetStore } from "./spreadsheet/app";
import { createBigQuery } from "./bigquery/service";
import { createBigQueryStore, type BigQueryStore } from "./bigquery/store";
import { createUtilities } from "./utilities";

/**
 * What one script project shares between the workbooks it is installed in (an Editor add-on): the clock,
 * installable triggers, script and user properties, and the locks (the script lock is one for all;
 * document locks are per document). Each workbook's runtime keeps its own spreadsheet, document
 * properties, Ui, forms, Session and call ledger.
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
export interface Project {
  clock: VirtualClock;
  scripts: ScriptStore;
  scriptProperties: Map<string, string>;
  userProperties: Map<string, Map<string, string>>;
  locks: LockState;
}

export function createProject(now?: Date): Project {
  return {
    clock: new VirtualClock(now ?? new Date(Date.UTC(2026, 10, 21, 0, 0, 0))),
    scripts: createScriptStore(), scriptProperties: new Map(), userProperties: new Map(), locks: createLockState(),
  };
}

export interface RuntimeOptions {
  /** Share the script project of another runtime: a second workbook with the same add-on. */
  project?: Project;
  /** Id of this runtime's spreadsheet (must differ between the workbooks of one project). */
  spreadsheetId?: string;
  /** Script and spreadsheet time zone (default Asia/Makassar, as in appsscript.json). */
  timeZone?: string;
  /** Email of the user ('' = unknown, as Session returns it when it may not reveal the user). */
  user?: string;
  /** Google Groups (group email -> member emails) that a protection may list as an editor. */
  groups?: Record<string, string[]>;
  now?: Date;
  /** Which id the linked sheet's getFormUrl() carries: "id" (default) or "published" (undocumented). */
  formUrlShape?: "id" | "published";
  /** Account language for the form's response sheet: "en" (default) or "id". */
  responseLanguage?: "en" | "id";
  /** Simulate a published Editor add-on: one trigger of each kind per user per document. */
  addOnTriggerLimit?: boolean;
  /** Installable triggers allowed per user per script (Apps Script quota: 20). */
  maxTriggers?: number;
  /** Spreadsheet locale (default en_US). */
  locale?: string;
  spreadsheetName?: string;
  /** Folder of the built HTML files for HtmlService (default <cwd>/dist). */
  htmlDir?: string;
  /** Print Logger/console lines to stderr. */
  verbose?: boolean;
  ledger?: CallLedger;
  /**
   * The manifest's OAuth scopes (the Driver reads them from appsscript.json beside the bundle). With
   * `https://www.googleapis.com/auth/spreadsheets`, SpreadsheetApp.openById opens the runtime's other
   * workbooks (`addSpreadsheet`); without it openById is refused, as for `spreadsheets.currentonly`.
   */
  oauthScopes?: readonly string[];
  /**
   * Advanced services the manifest enables (`dependencies.enabledAdvancedServices[].userSymbol`; the
   * Driver reads them). Only "BigQuery" is modelled; a service not enabled is not a global at all.
   */
  advancedServices?: readonly string[];
}

export interface AddSpreadsheetOptions {
  id: string;
  name?: string;
  /** Default: the runtime's user (so the script may open it). */
  owner?: string;
  /** Accounts it is shared with besides the owner; "*" = anyone with the link. */
  sharedWith?: string[];
  timeZone?: string;
  locale?: string;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: object;
  FormApp: object;
  ScriptApp: object;
  PropertiesService: object;
  LockService: object;
  CacheService: object;
  Session: object;
  Utilities: object;
  Logger: object;
  HtmlService: object;
  MailApp: object;
  Charts: object;
  console: object;
  /** Only when the manifest enables the BigQuery advanced service. */
  BigQuery?: object;
}

type SpreadsheetFakes = ReturnType<typeof createSpreadsheetApp>;

export interface Runtime {
  project: Project;
  /** `available` false: the running execution has no document (no active spreadsheet, no document properties or lock). */
  document: { available: boolean };
  ledger: CallLedger;
  clock: VirtualClock;
  /** The active spreadsheet fake (its `__` helpers are uncounted). */
  spreadsheet: SpreadsheetFakes["spreadsheet"];
  /** The SpreadsheetApp fake itself (for `__setHeadless`). */
  spreadsheetApp: SpreadsheetFakes["app"];
  /** The Ui fake: `__menus`, `__alerts`, `__dialogs`, `__sidebars`, `__answers`. */
  ui: SpreadsheetFakes["ui"];
  globals: AppsScriptGlobals;
  forms: FormAppFake;
  script: ScriptAppFake;
  session: SessionState;
  properties: PropertyStores;
  locks: LockState;
  logs: LogSink;
  mail: MailState;
  setTemplateCompiler(c: TemplateCompiler): void;
  /** Puts another workbook in the runtime's store (same ledger and clock), for SpreadsheetApp.openById. */
  addSpreadsheet(opts: AddSpreadsheetOptions): SpreadsheetFake;
  /** The other workbooks, by id (uncounted; for tests). */
  otherSpreadsheets: Map<string, SpreadsheetFake>;
  /** BigQuery's datasets, tables and query results (for tests: `bigquery.datasets.add("p:d")`). */
  bigquery: BigQueryStore;
}

export function createRuntime(opts: RuntimeOptions = {}): Runtime {
  const ledger = opts.ledger ?? new CallLedger();
  const project = opts.project ?? createProject(opts.now);
  const clock = project.clock;
  if (opts.project && opts.now) clock.set(opts.now);
  const timeZone = opts.timeZone ?? "Asia/Makassar";
  const otherSpreadsheets = new Map<string, SpreadsheetFake>();
  const scopes = opts.oauthScopes ?? [];
  let session: SessionState | null = null;
  const drive: SpreadsheetStore = {
    byId: (id) => otherSpreadsheets.get(id),
    allSpreadsheets: () => scopes.includes(SPREADSHEETS_SCOPE),
    user: () => session?.effectiveUser ?? "",
  };
  const { app: SpreadsheetApp, spreadsheet, ui } = createSpreadsheetApp({
    drive,
    ledger, timeZone, locale: opts.locale ?? "en_US", now: () => clock.now(),
    ...(opts.spreadsheetName ? { name: opts.spreadsheetName } : {}),
    ...(opts.user ? { owner: opts.user } : {}),
    ...(opts.spreadsheetId ? { id: opts.spreadsheetId } : {}),
  });
  const port = spreadsheet as unknown as SpreadsheetPort;
  const ssId = uncounted(ledger, () => port.getId());
  session = {
    activeUser: opts.user ?? "", effectiveUser: opts.user ?? "", scriptTimeZone: timeZone,
    locale: opts.responseLanguage === "id" ? "id" : "en",
  };
  const state: SessionState = session;
  const user = () => state.effectiveUser;
  // Protections are enforced for the account the script runs as (a trigger runs as its owner).
  const raw = spreadsheet as unknown as { __user: () => string; __groups: Map<string, string[]> };
  raw.__user = user;
  for (const [group, members] of Object.entries(opts.groups ?? {})) raw.__groups.set(group.toLowerCase(), members);
  const forms = createFormApp({
    ledger, language: opts.responseLanguage ?? "en", formUrlShape: opts.formUrlShape ?? "id", spreadsheetById: (id) => (id === ssId ? port : null),
  });
  const script = createScriptApp({
    ledger, user, store: project.scripts, documentId: () => ssId, scriptTimeZone: timeZone, addOn: opts.addOnTriggerLimit ?? false,
    ...(opts.maxTriggers !== undefined ? { maxTriggers: opts.maxTriggers } : {}),
    spreadsheetIdOf: (ss) => {
      if (typeof ss === "string") return ss;
      const getId = (ss as { getId?: () => string } | null)?.getId;
      if (typeof getId !== "function") throw new Error("Invalid argument: spreadsheet");
      return uncounted(ledger, () => getId.call(ss));
    },
  });
  // Whether the running execution has this workbook as its document (Driver.fireTimeTriggers `withoutDocument`).
  const document = { available: true };
  SpreadsheetApp.__documentAvailable = () => document.available;
  const properties: PropertyStores = { ...createPropertyStores(), script: project.scriptProperties, user: project.userProperties };
  const locks = project.locks;
  const logs: LogSink = { lines: [], verbose: opts.verbose ?? false };
  const mail: MailState = { outbox: [], remaining: 100, bouncing: new Set(), bounces: [] };
  const html = createHtmlService({ ledger, dir: () => opts.htmlDir ?? `${process.cwd()}/dist` });
  const globals: AppsScriptGlobals = {
    SpreadsheetApp,
    FormApp: forms.app,
    ScriptApp: script.app,
    PropertiesService: createPropertiesService(ledger, properties, user, () => document.available),
    LockService: createLockService(ledger, clock, locks, { documentId: () => (document.available ? ssId : null), user }),
    CacheService: createCacheService(ledger, clock),
    Session: createSession(ledger, state),
    Utilities: createUtilities(ledger, clock),
    Logger: createLogger(ledger, logs),
    HtmlService: html.service,
    MailApp: createMailApp(ledger, mail),
    Charts: createChartsFake(),
    console: createConsole(ledger, logs),
  };
  const bigquery = createBigQueryStore();
  if ((opts.advancedServices ?? []).includes("BigQuery")) globals.BigQuery = createBigQuery(ledger, bigquery, () => clock.now());
  const addSpreadsheet = (o: AddSpreadsheetOptions): SpreadsheetFake => {
    if (otherSpreadsheets.has(o.id) || o.id === ssId) throw new Error(`A spreadsheet with id ${o.id} already exists in the runtime.`);
    const ss = new SpreadsheetFake({
      ledger, id: o.id, name: o.name ?? o.id, owner: o.owner ?? (state.effectiveUser || "admin@example.go.id"),
      sharedWith: o.sharedWith ?? [], timeZone: o.timeZone ?? timeZone, locale: o.locale ?? "en_US", now: () => clock.now(),
    });
    ss.__user = user; // its protections bind the same running account
    otherSpreadsheets.set(o.id, ss);
    return ss;
  };
  return {
    project, document, ledger, clock, spreadsheet, spreadsheetApp: SpreadsheetApp, ui, globals, forms, script, session: state, properties, locks, logs, mail,
    setTemplateCompiler: html.setCompiler, addSpreadsheet, otherSpreadsheets, bigquery,
  };
}
