// Ui fake: menus (createMenu/createAddonMenu), alerts, prompts, dialogs and sidebars, all recorded for tests.
import { CallLedger, guard } from "../calls";

export const ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" } as const;
export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;
export type ButtonValue = (typeof Button)[keyof typeof Button];
type ButtonSetValue = (typeof ButtonSet)[keyof typeof ButtonSet];

export type MenuEntry =
  | { type: "item"; caption: string; functionName: string }
  | { type: "separator" }
  | { type: "submenu"; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  buttons: ButtonSetValue;
  response: ButtonValue;
  text?: string;
}

/** What showSidebar/showModalDialog received (an HtmlOutput from the HtmlService fake, or anything). */
export interface DialogRecord {
  title: string;
  html: string;
  modal: boolean;
  output: unknown;
}

function htmlOf(output: unknown): { html: string; title: string } {
  const o = output as { getContent?: () => string; getTitle?: () => string } | null;
  return {
    html: typeof o?.getContent === "function" ? o.getContent() : String(output),
    title: typeof o?.getTitle === "function" ? o.getTitle() : "",
  };
}

const FIRST: Record<ButtonSetValue, ButtonValue> = { OK: "OK", OK_CANCEL: "OK", YES_NO: "YES", YES_NO_CANCEL: "YES" };

export class UiFake {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  /** True when no UI is attached (time-driven/form-submit triggers): SpreadsheetApp.getUi() then throws. */
  __headless = false;
  readonly __menus: MenuRecord[] = [];
  readonly __alerts: AlertRecord[] = [];
  readonly __dialogs: DialogRecord[] = [];
  readonly __sidebars: DialogRecord[] = [];
  /** Scripted answers for the next alerts/prompts; without one the first button of the set is pressed. */
  readonly __answers: (ButtonValue | { button: ButtonValue; text: string })[] = [];

  constructor(
    private readonly ledger: CallLedger,
    private readonly addonName = "Pantau KDKMP",
  ) {}

  private rec(m: string): void {
    this.ledger.record("Ui", m);
  }

  createMenu(caption: string) {
    this.rec("createMenu");
    return this.menu({ caption, addon: false, items: [] });
  }
  /** The add-on menu is captioned with the add-on's name under Extensions. */
  createAddonMenu() {
    this.rec("createAddonMenu");
    return this.menu({ caption: this.addonName, addon: true, items: [] });
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: ButtonSetValue): ButtonValue {
    this.rec("alert");
    return this.ask("alert", a, b, c).response;
  }
  prompt(a: string, b?: string, c?: ButtonSetValue) {
    this.rec("prompt");
    const r = this.ask("prompt", a, b, c);
    const ledger = this.ledger;
    return guard(
      {
        getResponseText(): string {
          ledger.record("PromptResponse", "getResponseText");
          return r.text ?? "";
        },
        getSelectedButton(): ButtonValue {
          ledger.record("PromptResponse", "getSelectedButton");
          return r.response;
        },
      },
      "PromptResponse",
    );
  }
  showSidebar(userInterface: unknown): void {
    this.rec("showSidebar");
    const { html, title } = htmlOf(userInterface);
    this.__sidebars.push({ title, html, modal: false, output: userInterface });
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this.rec("showModalDialog");
    this.__dialogs.push({ title, html: htmlOf(userInterface).html, modal: true, output: userInterface });
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this.rec("showModelessDialog");
    this.__dialogs.push({ title, html: htmlOf(userInterface).html, modal: false, output: userInterface });
  }

  /** Uncounted: the function name behind a menu caption (searched in every menu and submenu), or null. */
  __findMenuItem(caption: string): string | null {
    const walk = (items: MenuEntry[]): string | null => {
      for (const it of items) {
        if (it.type === "item" && it.caption === caption) return it.functionName;
        if (it.type === "submenu") {
          const f = walk(it.items);
          if (f) return f;
        }
      }
      return null;
    };
    for (const m of this.__menus) {
      const f = walk(m.items);
      if (f) return f;
    }
    return null;
  }

  private ask(kind: "alert" | "prompt", a: string, b?: string, c?: ButtonSetValue): AlertRecord {
    // With 3 arguments the first is the title; with 2 the second is a ButtonSet (alert(prompt, buttons)).
    const three = c !== undefined;
    const isSet = (x: unknown): x is ButtonSetValue => typeof x === "string" && x in ButtonSet;
    const title = three ? a : "";
    const prompt = three ? (b ?? "") : a;
    const buttons: ButtonSetValue = three ? c : isSet(b) ? b : kind === "prompt" ? "OK" : "OK";
    const next = this.__answers.shift();
    const response = next === undefined ? FIRST[buttons] : typeof next === "string" ? next : next.button;
    const rec: AlertRecord = { kind, title, prompt, buttons, response };
    if (kind === "prompt") rec.text = typeof next === "object" ? next.text : "";
    this.__alerts.push(rec);
    return rec;
  }

  private menu(record: MenuRecord, top = true) {
    const ledger = this.ledger;
    const rec = (m: string): void => ledger.record("Menu", m);
    const menus = this.__menus;
    const menu = guard(
      {
        addItem(caption: string, functionName: string) {
          rec("addItem");
          record.items.push({ type: "item", caption, functionName });
          return menu;
        },
        addSeparator() {
          rec("addSeparator");
          record.items.push({ type: "separator" });
          return menu;
        },
        addSubMenu(sub: { __record?: MenuRecord }) {
          rec("addSubMenu");
          const r = sub.__record;
          if (!r) throw new Error("Menu.addSubMenu expects a Menu from Ui.createMenu.");
          record.items.push({ type: "submenu", caption: r.caption, items: r.items });
          return menu;
        },
        /** Adding a menu with the same caption again replaces it (onOpen running twice). */
        addToUi() {
          rec("addToUi");
          if (!top) return;
          const i = menus.findIndex((m) => m.caption === record.caption && m.addon === record.addon);
          if (i >= 0) menus.splice(i, 1, record);
          else menus.push(record);
        },
        __record: record,
      },
      "Menu",
    );
    return menu;
  }
}
