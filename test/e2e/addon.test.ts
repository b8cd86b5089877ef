// Issue 12 (6): the Editor add-on flavour (dist-addon/) is built from the same source as the bound
// script (dist/) and played through the runtime: its menu under Extensions, its triggers, a day's work.
import { Driver } from "../../runtime/driver";
import { MENU_ITEMS, MENU_TITLE } from "../../src/core/text/menu";
import { agencyWorkbook, CODE, records, report, values, wita } from "./agency";
import { ADDON_CODE } from "./provinces";

describe("the Editor add-on (dist-addon/Code.js)", () => {
  it("adds its items with createAddonMenu, in the SPEC's order, and exposes the same entry points", () => {
    const addon = new Driver({ codePath: ADDON_CODE });
    addon.open();
    const menus = addon.runtime.ui.__menus as Array<{ caption: string; addon?: boolean }>;
    expect(menus.map((m) => [m.caption, m.addon === true])).toEqual([[MENU_TITLE, true]]);
    expect(addon.menuCaptions()).toEqual(MENU_ITEMS.map((i) => i.caption));
    expect(addon.runtime.ledger.count("Ui.createAddonMenu")).toBe(1);
    expect(addon.runtime.ledger.count("Ui.createMenu")).toBe(0);
    const bound = new Driver({ codePath: CODE });
    expect(addon.functionNames().sort()).toEqual(bound.functionNames().sort());
  });

  it("the bound script keeps its own top-level menu `Pantau KDKMP`", () => {
    const bound = new Driver({ codePath: CODE });
    bound.open();
    expect(bound.runtime.ledger.count("Ui.createMenu")).toBe(1);
    expect(bound.runtime.ledger.count("Ui.createAddonMenu")).toBe(0);
    expect((bound.runtime.ui.__menus as Array<{ caption: string }>).map((m) => m.caption)).toEqual([MENU_TITLE]);
  });

  it("plays the menu and both triggers under the add-on's trigger rules", () => {
    const driver = agencyWorkbook({ codePath: ADDON_CODE, addOnTriggerLimit: true });
    const kinds = driver.runtime.script.triggers().map((t) => t.eventType).sort();
    expect(kinds).toEqual(["CLOCK", "ON_FORM_SUBMIT"]);
    driver.newExecution().clickMenu("Pasang pemicu otomatis");
    expect(driver.runtime.script.triggers()).toHaveLength(2);
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T10:00:00"));
    expect(driver.newExecution().fireTimeTriggers(wita("2026-11-17T06:00:00"))).toHaveLength(1);
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid", "Valid"]);
    expect(records(driver, "Status Koperasi").filter((r) => r["Progres Fisik (%)"] !== "").map((r) => r["ID Koperasi"])).toEqual(["K-01", "K-04"]);
  });

  it("an hourly run without an active spreadsheet does nothing and loses nothing: the next submit catches up", () => {
    const driver = agencyWorkbook({ codePath: ADDON_CODE, addOnTriggerLimit: true });
    driver.runtime.locks.heldByOther = true; // the submit of row 2 cannot run
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    driver.runtime.locks.heldByOther = false;
    const before = values(driver, "Validasi");
    expect(driver.newExecution().fireTimeTriggers(wita("2026-11-16T10:00:00"), { withoutDocument: true })).toHaveLength(1);
    expect(values(driver, "Validasi")).toEqual(before);
    expect(driver.runtime.logs.lines.map((l) => l.text).join("\n")).toMatch(/tanpa lembar kerja aktif/);
    driver.newExecution().submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T11:00:00"));
    expect(records(driver, "Validasi").map((r) => [r.Baris, r.Status])).toEqual([[2, "Valid"], [3, "Valid"]]);
  });
});
