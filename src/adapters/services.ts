// Small adapters over PropertiesService, LockService, Ui, ScriptApp and Session.
import type { KeyValueStore, ScriptLock, TriggerInfo, Triggers, UserInterface } from "../app/ports";

export class DocumentProperties implements KeyValueStore {
  private props: GoogleAppsScript.Properties.Properties | null = null;
  constructor(private readonly service: GoogleAppsScript.Properties.PropertiesService) {}
  private p(): GoogleAppsScript.Properties.Properties {
    if (!this.props) this.props = this.service.getDocumentProperties();
    return this.props;
  }
  get(key: string): string | null {
    return this.p().getProperty(key);
  }
  set(key: string, value: string): void {
    this.p().setProperty(key, value);
  }
  remove(key: string): void {
    this.p().deleteProperty(key);
  }
}

export class AppsScriptLock implements ScriptLock {
  private lock: GoogleAppsScript.Lock.Lock | null = null;
  constructor(private readonly service: GoogleAppsScript.Lock.LockService) {}
  tryLock(ms: number): boolean {
    this.lock = this.service.getScriptLock();
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
  list(): TriggerInfo[] {
    return this.script.getProjectTriggers().map((t) => {
      const type = t.getEventType();
      const kind =
        type === this.script.EventType.ON_FORM_SUBMIT ? "formSubmit" : type === this.script.EventType.CLOCK ? "hourly" : "other";
      return { id: t.getUniqueId(), handler: t.getHandlerFunction(), kind };
    });
  }
  installFormSubmit(handler: string): void {
    this.script.newTrigger(handler).forSpreadsheet(this.spreadsheet).onFormSubmit().create();
  }
  installHourly(handler: string): void {
    this.script.newTrigger(handler).timeBased().everyHours(1).create();
  }
  remove(id: string): void {
    for (const t of this.script.getProjectTriggers()) if (t.getUniqueId() === id) this.script.deleteTrigger(t);
  }
}
