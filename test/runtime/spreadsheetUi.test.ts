// Ui fake: menus recorded for the driver, alerts with scripted answers, dialogs, and no UI in triggers.
import { CallLedger } from "../../runtime/calls";
import { createSpreadsheetApp } from "../../runtime/spreadsheet";

describe("Ui", () => {
  test("menus are recorded in order and can be looked up by caption", () => {
    const ledger = new CallLedger();
    const { app } = createSpreadsheetApp({ ledger });
    const ui = app.getUi();
    const sub = ui.createMenu("Lainnya").addItem("Bantuan", "menuHelp");
    ui.createMenu("Pantau KDKMP").addItem("Siapkan lembar kerja", "menuSetup").addSeparator().addSubMenu(sub).addToUi();
    ui.createAddonMenu().addItem("Mulai", "menuStart").addToUi();
    expect(ui.__menus.map((m) => [m.caption, m.addon, m.items.length])).toEqual([
      ["Pantau KDKMP", false, 3],
      ["Pantau KDKMP", true, 1],
    ]);
    expect(ui.__findMenuItem("Siapkan lembar kerja")).toBe("menuSetup");
    expect(ui.__findMenuItem("Bantuan")).toBe("menuHelp");
    expect(ui.__findMenuItem("Tidak ada")).toBeNull();
    expect(ledger.count("Menu.addItem")).toBe(3);
    expect(ledger.count("Ui.createMenu")).toBe(2);
  });

  test("alert and prompt record their text and return scripted or default buttons", () => {
    const { app } = createSpreadsheetApp({ ledger: new CallLedger() });
    const ui = app.getUi();
    expect(ui.alert("Selesai.")).toBe(ui.Button.OK);
    ui.__answers.push(ui.Button.NO, { button: ui.Button.OK, text: "42" });
    expect(ui.alert("Judul", "Lanjut?", ui.ButtonSet.YES_NO)).toBe("NO");
    const p = ui.prompt("Nilai?", ui.ButtonSet.OK_CANCEL);
    expect(p.getResponseText()).toBe("42");
    expect(ui.__alerts.map((a) => [a.kind, a.title, a.prompt, a.response])).toEqual([
      ["alert", "", "Selesai.", "OK"],
      ["alert", "Judul", "Lanjut?", "NO"],
      ["prompt", "", "Nilai?", "OK"],
    ]);
  });

  test("dialogs and sidebars keep the HTML content", () => {
    const { app } = createSpreadsheetApp({ ledger: new CallLedger() });
    const ui = app.getUi();
    const html = { getContent: () => "<p>Ringkasan</p>", getTitle: () => "Bantuan" };
    ui.showModalDialog(html, "Salin ringkasan");
    ui.showSidebar(html);
    expect(ui.__dialogs[0]).toMatchObject({ title: "Salin ringkasan", html: "<p>Ringkasan</p>", modal: true });
    expect(ui.__sidebars[0]).toMatchObject({ title: "Bantuan", html: "<p>Ringkasan</p>" });
  });

  test("without a UI (time-driven trigger) getUi throws the real message", () => {
    const { app, ui } = createSpreadsheetApp({ ledger: new CallLedger() });
    ui.__headless = true;
    expect(() => app.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
  });
});
