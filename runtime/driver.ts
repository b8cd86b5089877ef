// Driver: loads the built bundle (dist/Code.js) into a vm realm holding only the Apps Script globals
// and runs it as Apps Script would: onOpen and menus, google.script.run calls, form-submit and
// time-driven triggers (headless: no UI during trigger runs).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as vm from "node:vm";
import { createRuntime, type Runtime, type RuntimeOptions } from "./globals";
import type { Answers, SubmitResult } from "./forms";
import { timeDrivenEvent } from "./services/events";
import { Realm } from "./realm";
import { templateSource } from "./services/html";
import { uncounted } from "./services/silent";

export interface MenuItem {
  menu: string;
  caption: string;
  functionName: string;
}

type UiAnswer = "OK" | "CANCEL" | "YES" | "NO" | "CLOSE" | { button: "OK" | "CANCEL" | "YES" | "NO" | "CLOSE"; text: string };

export interface DriverOptions extends RuntimeOptions {
  /** The bundle to load (default <cwd>/dist/Code.js). */
  codePath?: string;
  /** Use an existing runtime instead of creating one. */
  runtime?: Runtime;
}

export interface SubmitOutcome extends SubmitResult {
  /** Uids of the onFormSubmit triggers that ran. */
  triggersRun: string[];
}

export class Driver {
  readonly runtime: Runtime;
  context: vm.Context;
  readonly codePath: string;

  constructor(opts: DriverOptions = {}) {
    this.codePath = resolve(opts.codePath ?? `${process.cwd()}/dist/Code.js`);
    const manifest = readManifest(dirname(this.codePath));
    const oauthScopes = opts.oauthScopes ?? manifest.oauthScopes;
    const advancedServices = opts.advancedServices ?? manifest.advancedServices;
    this.runtime = opts.runtime ?? createRuntime({ htmlDir: dirname(this.codePath), ...opts, oauthScopes, advancedServices });
    this.runtime.setTemplateCompiler((src) => vm.runInContext(src, this.context));
    this.context = this.load();
  }

  /** The bundle as it was when the driver started (a rebuild during a long run cannot pull it away), compiled once. */
  private realm: Realm | null = null;

  private load(): vm.Context {
    this.realm ??= new Realm(readFileSync(this.codePath, "utf8"), this.codePath, () => ({ ...this.runtime.globals }), this.runtime.clock);
    return this.realm.fresh();
  }

  /** Realms made so far (a realm is reused while an execution leaves nothing behind in it). */
  get realmsCreated(): number {
    return this.realm?.created ?? 0;
  }

  /**
   * Starts a fresh execution: Apps Script loads the project anew for every menu click and trigger run,
   * so module-level state never survives between executions. Services' stores are kept.
   */
  newExecution(): this {
    this.context = this.load();
    return this;
  }

  get ledger() {
    return this.runtime.ledger;
  }

  get spreadsheet() {
    return this.runtime.spreadsheet;
  }

  /** True while a trigger runs (SpreadsheetApp.getUi() throws, as in Apps Script). */
  get isHeadless(): boolean {
    return this.runtime.ui.__headless;
  }

  /** Names of the top-level functions the bundle declares. */
  functionNames(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === "function");
  }

  /** Calls a top-level function by name (as google.script.run or the script editor would). */
  call(fnName: string, ...args: unknown[]): unknown {
    const fn = this.context[fnName] as unknown;
    if (typeof fn !== "function") {
      throw new Error(`Script function not found: ${fnName}`);
    }
    return (fn as (...a: unknown[]) => unknown).apply(undefined, args);
  }

  /** Opens the spreadsheet: runs the simple onOpen trigger with its event object. */
  open(): unknown {
    if (typeof this.context.onOpen !== "function") return undefined;
    const user = uncounted(this.ledger, () =>
      (this.runtime.globals.Session as { getActiveUser(): unknown }).getActiveUser(),
    );
    return this.call("onOpen", { authMode: "LIMITED", source: this.runtime.spreadsheet, user });
  }

  /** Captions of every item of every menu the script added, in order. */
  menuCaptions(): string[] {
    return this.menuItems().map((i) => i.caption);
  }

  /** Every clickable item of every menu (submenus flattened), in order. */
  menuItems(): MenuItem[] {
    const out: MenuItem[] = [];
    type Entry = (typeof this.runtime.ui.__menus)[number]["items"][number];
    const walk = (menu: string, items: Entry[]) => {
      for (const e of items) {
        if (e.type === "item") out.push({ menu, caption: e.caption, functionName: e.functionName });
        else if (e.type === "submenu") walk(menu, e.items);
      }
    };
    for (const m of this.runtime.ui.__menus) walk(m.caption, m.items);
    return out;
  }

  /** Pre-answers the next alerts/prompts (e.g. "YES", {button: "OK", text: "x"}); default is the first button. */
  answerNext(...answers: UiAnswer[]): this {
    for (const a of answers) this.runtime.ui.__answers.push(a);
    return this;
  }

  /** Alerts and prompts shown so far. */
  get alerts() {
    return this.runtime.ui.__alerts;
  }

  /** Runs the function registered for a menu caption; throws when no menu item has that caption. */
  clickMenu(caption: string): unknown {
    const items = this.menuItems();
    const item = items.find((i) => i.caption === caption);
    if (!item) {
      throw new Error(`No menu item captioned "${caption}". Menu items: ${items.map((i) => i.caption).join(", ") || "(none; call open() first)"}`);
    }
    return this.call(item.functionName);
  }

  /**
   * Runs `work` as a trigger would: no UI available, and as the trigger's owner when given ("Installable
   * triggers always run under the account of the person who created them",
   * https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
   */
  runAsTrigger<T>(work: () => T, owner?: string): T {
    const app = this.runtime.spreadsheetApp;
    const session = this.runtime.session;
    const before = { headless: this.runtime.ui.__headless, active: session.activeUser, effective: session.effectiveUser };
    app.__setHeadless(true);
    if (owner !== undefined) {
      session.activeUser = owner;
      session.effectiveUser = owner;
    }
    try {
      return work();
    } finally {
      app.__setHeadless(before.headless);
      session.activeUser = before.active;
      session.effectiveUser = before.effective;
    }
  }

  /** A respondent submits the linked form at `at`; every installed onFormSubmit trigger then runs. */
  submitForm(answers: Answers, at: Date, opts: { formId?: string; validate?: boolean } = {}): SubmitOutcome {
    const form = this.linkedForm(opts.formId) as { __submit(a: Answers, at: Date, o?: object): SubmitResult };
    this.runtime.clock.set(at.getTime());
    return this.fireSubmitTriggers(form.__submit(answers, at, { validate: opts.validate ?? true }));
  }

  /**
   * A respondent edits the response Forms wrote to sheet row `row` at `at` (`answers` replace earlier
   * ones): Forms rewrites that row and every onFormSubmit trigger runs again for it, as for a submit.
   */
  editResponse(row: number, answers: Answers, at: Date, opts: { formId?: string; validate?: boolean } = {}): SubmitOutcome {
    const form = this.linkedForm(opts.formId) as { __editResponse(r: number, a: Answers, at: Date, o?: object): SubmitResult };
    this.runtime.clock.set(at.getTime());
    return this.fireSubmitTriggers(form.__editResponse(row, answers, at, { validate: opts.validate ?? true }));
  }

  private fireSubmitTriggers(result: SubmitResult): SubmitOutcome {
    const ssId = uncounted(this.ledger, () => (this.runtime.spreadsheet as unknown as { getId(): string }).getId());
    const triggersRun: string[] = [];
    for (const t of this.runtime.script.triggers()) {
      if (t.eventType !== "ON_FORM_SUBMIT" || t.sourceId !== ssId) continue;
      triggersRun.push(t.uid);
      const event = {
        authMode: "FULL", namedValues: result.namedValues, range: result.range,
        source: this.runtime.spreadsheet, triggerUid: t.uid, values: result.values,
      };
      this.runAsTrigger(() => this.call(t.handler, event), t.user);
    }
    return { ...result, triggersRun };
  }

  /**
   * Sets the clock to `at` and runs every time-driven trigger created in this workbook (by any user),
   * each as its owner, with the time-driven event.
   */
  fireTimeTriggers(at: Date, opts: { withoutDocument?: boolean } = {}): string[] {
    this.runtime.clock.set(at.getTime());
    if (opts.withoutDocument) {
      // Simulates Google running a time-driven trigger with no active document (not documented either way
      // for add-ons): no active spreadsheet, document properties or document lock.
      this.runtime.document.available = false;
      try {
        return this.fireTimeTriggers(at);
      } finally {
        this.runtime.document.available = true;
      }
    }
    const ssId = uncounted(this.ledger, () => (this.runtime.spreadsheet as unknown as { getId(): string }).getId());
    const ran: string[] = [];
    for (const t of this.runtime.script.triggers()) {
      if (t.eventType !== "CLOCK" || (t.documentId !== null && t.documentId !== ssId)) continue;
      ran.push(t.uid);
      this.runAsTrigger(() => this.call(t.handler, timeDrivenEvent(at, t.uid)), t.user);
    }
    return ran;
  }

  /**
   * Runs `work` (an execution, e.g. a long rebuild), then `meanwhile` as if that execution were still
   * running: every lock it took stays held by it until `meanwhile` returns.
   */
  stillRunning<T>(work: () => unknown, meanwhile: () => T): T {
    const locks = this.runtime.locks;
    const pinned = new Set<string>();
    locks.pinned = pinned;
    try {
      work();
    } finally {
      locks.pinned = null;
    }
    for (const slot of pinned) locks.others.add(slot);
    try {
      return meanwhile();
    } finally {
      for (const slot of pinned) locks.others.delete(slot);
    }
  }

  /** The form whose responses go to this spreadsheet (the most recently created one when several). */
  linkedForm(formId?: string): object {
    const ssId = uncounted(this.ledger, () => (this.runtime.spreadsheet as unknown as { getId(): string }).getId());
    const forms = [...this.runtime.forms.store.forms.values()].filter(
      (f) => f.destination?.spreadsheetId === ssId && (formId === undefined || f.id === formId),
    );
    const form = forms[forms.length - 1];
    if (!form) throw new Error("No form is linked to the spreadsheet (Form.setDestination was never called).");
    return this.runtime.forms.formById(form.id)!;
  }

  /** Compiled source of an HTML template (for debugging scriptlets). */
  static templateSource(text: string): string {
    return templateSource(text);
  }
}

/** The OAuth scopes and enabled advanced services of the appsscript.json beside the bundle (none without one). */
function readManifest(dir: string): { oauthScopes: string[]; advancedServices: string[] } {
  const path = join(dir, "appsscript.json");
  if (!existsSync(path)) return { oauthScopes: [], advancedServices: [] };
  const manifest = JSON.parse(readFileSync(path, "utf8")) as {
    oauthScopes?: unknown; dependencies?: { enabledAdvancedServices?: { userSymbol?: unknown }[] };
  };
  const strings = (xs: unknown): string[] => (Array.isArray(xs) ? xs.filter((s): s is string => typeof s === "string") : []);
  return {
    oauthScopes: strings(manifest.oauthScopes),
    advancedServices: strings((manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol)),
  };
}
