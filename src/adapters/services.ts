// Small adapters over PropertiesService, LockService, Ui, ScriptApp and Session.
import type { KeyValueStore, ScriptLock, TriggerInfo, Triggers, UserInterface } from "../app/ports";

/**
 * Document properties read once per execution (one getProperties call) and served from memory;
 * set/remove write through at once, setLater values wait for flush() (one setProperties call).
 */
export class DocumentProperties implements KeyValueStore {
  private props: GoogleAppsScript.Properties.Properties | null = null;
  private all: Record<string, string> | null = null;
  private pending: Record<string, string> = {};
  constructor(private readonly service: GoogleAppsScript.Properties.PropertiesService) {}
  private p(): GoogleAppsScript.Properties.Properties {
    if (!this.props) this.props = this.service.getDocumentProperties();
    return this.props;
  }
  private snapshot(): Record<string, string> {
    if (!this.all) this.all = { ...this.p().getProperties() };
    return this.all;
  }
  get(key: string): string | null {
    const v = this.snapshot()[key];
    return v === undefined ? null : v;
  }
  set(key: string, value: string): void {
    this.p().setProperty(key, value);
    this.snapshot()[key] = value;
    delete this.pending[key];
  }
  remove(key: string): void {
    const had = this.get(key) !== null || key in this.pending;
    delete this.pending[key];
    if (!had) return;
    this.p().deleteProperty(key);
    delete this.snapshot()[key];
  }
  setLater(key: string, value: string): void {
    if (this.get(key) === value) {
      // Already stored, or already waiting for flush() (a second setLater of the same value must keep it).
      return;
    }
    this.pending[key] = value;
    this.snapshot()[key] = value;
  }
  flush(): void {
    if (Object.keys(this.pending).length === 0) return;
    const batch = this.pending;
    this.pending = {};
    this.p().setProperties(batch);
  }
}

/**
 * The workbook's document lock: one add-on project serves many workbooks, and a run in one must never
 * make another wait. Outside a document getDocumentLock() is null; the script lock then stands in.
 */
export class AppsScriptLock implements ScriptLock {
  private lock: GoogleAppsScript.Lock.Lock | null = null;
  constructor(private readonly service: GoogleAppsScript.Lock.LockService) {}
  tryLock(ms: number): boolean {
    this.lock = (this.service.getDocumentLock() as GoogleAppsScript.Lock.Lock | null) ?? this.service.getScriptLock();
    return this.lock.tryLock(ms);
  }
  release(): void {
    if (this.lock) this.lock.releaseLock();
    this.lock = null;
  }
}

export class SheetsUi implements UserInterface {
  constructor(
    private readonly ui: GoogleAppsScript.Base.Ui,
    private readonly html: GoogleAppsScript.HTML.HtmlService,
  ) {}
  alert(title: string, message: string): void {
    this.ui.alert(title, message, this.ui.ButtonSet.OK);
  }
  confirm(title: string, message: string): boolean {
    return this.ui.alert(title, message, this.ui.ButtonSet.YES_NO) === this.ui.Button.YES;
  }
  showHtml(kind: "sidebar" | "modal", title: string, html: string, width = 420, height = 360): void {
    const out = this.html.createHtmlOutput(html).setTitle(title).setWidth(width).setHeight(height);
    if (kind === "sidebar") this.ui.showSidebar(out);
    else this.ui.showModalDialog(out, title);
  }
  showSidebarFile(file: string, title: string, vars: Record<string, unknown>): void {
    const template = this.html.createTemplateFromFile(file);
    const slots = template as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(vars)) slots[name] = value;
    const out = template.evaluate().setTitle(title).setSandboxMode(this.html.SandboxMode.IFRAME);
    this.ui.showSidebar(out);
  }
}

export class ScriptTriggers implements Triggers {
  constructor(
    private readonly script: GoogleAppsScript.Script.ScriptApp,
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ) {}
  workbookId(): string {
    return this.spreadsheet.getId();
  }
  list(): TriggerInfo[] {
    return this.script.getProjectTriggers().map((t) => {
      const type = t.getEventType();
      const kind =
        type === this.script.EventType.ON_FORM_SUBMIT ? "formSubmit" : type === this.script.EventType.CLOCK ? "hourly" : "other";
      const sourceId = kind === "formSubmit" ? t.getTriggerSourceId() : null;
      return { id: t.getUniqueId(), handler: t.getHandlerFunction(), kind, sourceId };
    });
  }
  installFormSubmit(handler: string): string {
    return this.script.newTrigger(handler).forSpreadsheet(this.spreadsheet).onFormSubmit().create().getUniqueId();
  }
  installHourly(handler: string): string {
    return this.script.newTrigger(handler).timeBased().everyHours(1).create().getUniqueId();
  }
  remove(id: string): void {
    for (const t of this.script.getProjectTriggers()) if (t.getUniqueId() === id) this.script.deleteTrigger(t);
  }
}
