// Driver: loads a bundle into a vm realm with only Apps Script globals and runs it like Apps Script.
import { join } from "node:path";
import { Driver } from "../../runtime/driver";

const codePath = join(__dirname, "fixtures", "Code.js");
const start = new Date("2026-11-21T01:00:00Z");

function driver() {
  return new Driver({ codePath, user: "admin@dinas.go.id", now: start });
}

/** What the fixture stored in script properties (read without counting calls). */
function recorded(d: Driver, key: string) {
  return JSON.parse(d.runtime.properties.script.get(key) ?? "null");
}

describe("Driver", () => {
  test("the bundle sees no Node globals, the virtual clock, and cross-realm instanceof works", () => {
    const d = driver();
    const p = d.call("probe") as Record<string, unknown>;
    expect(p).toMatchObject({
      require: "undefined", process: "undefined", Buffer: "undefined", setTimeout: "undefined", URL: "undefined",
      globalHasSpreadsheetApp: "object", loadedAt: start.getTime(), now: start.getTime(), dateNow: start.getTime(),
      plainDate: 2, arrayCheck: true, objectCheck: true,
    });
    expect(() => d.call("nope")).toThrow("Script function not found: nope");
    d.runtime.clock.advance(60_000);
    expect((d.newExecution().call("probe") as { loadedAt: number }).loadedAt).toBe(start.getTime() + 60_000);
  });

  test("open() builds the menu; clickMenu runs the handler by caption and answers alerts", () => {
    const d = driver();
    d.open();
    expect(d.menuCaptions()).toEqual(["Buat formulir", "Pasang pemicu", "Halo"]);
    expect(d.runtime.properties.document.get("openAuthMode")).toBe("LIMITED");
    d.answerNext("NO");
    expect(d.clickMenu("Halo")).toBe("NO");
    expect(d.alerts.map((a) => a.prompt)).toEqual(["Hapus pemicu?", "Tidak"]);
    expect(() => d.clickMenu("Tidak ada")).toThrow('No menu item captioned "Tidak ada"');
  });

  test("submitForm appends the row and fires onFormSubmit headless with the documented event", () => {
    const d = driver();
    d.open();
    d.clickMenu("Buat formulir");
    expect(d.clickMenu("Pasang pemicu")).toBe(2);
    const at = new Date("2026-11-21T03:00:00Z");
    const out = d.submitForm({ "ID Koperasi": "K01", "Progres Fisik (%)": "40", "Tanggal Kunjungan": "2026-11-20" }, at);
    expect(out.triggersRun).toHaveLength(1);
    const seen = recorded(d, "submit");
    expect(seen.keys).toEqual(["authMode", "namedValues", "range", "source", "triggerUid", "values"]);
    expect(seen.values).toEqual(["11/21/2026 11:00:00", "K01", "40", "11/20/2026"]);
    expect(seen.named["ID Koperasi"]).toEqual(["K01"]);
    expect(seen).toMatchObject({ row: 2, width: 4, progress: 40, isArray: true, dateIsDate: true, now: at.getTime() });
    expect(seen.ui).toBe("Cannot call SpreadsheetApp.getUi() from this context.");
    expect(d.isHeadless).toBe(false);
  });

  test("fireTimeTriggers runs clock triggers with the time-driven event in UTC", () => {
    const d = driver();
    d.call("menuPasangPemicu");
    const at = new Date("2026-11-23T22:30:15Z"); // a Monday
    expect(d.fireTimeTriggers(at)).toHaveLength(1);
    const seen = recorded(d, "hourly");
    expect(seen.event).toEqual({
      authMode: "FULL", "day-of-month": 23, "day-of-week": 1, hour: 22, minute: 30, month: 11, second: 15,
      timezone: "UTC", triggerUid: seen.event.triggerUid, "week-of-year": 48, year: 2026,
    });
    expect(seen.now).toBe(at.getTime());
    expect(seen.ui).toMatch(/Cannot call SpreadsheetApp.getUi/);
  });

  test("HTML templates evaluate inside the script realm (include() helpers work)", () => {
    const d = driver();
    d.call("showDialog");
    expect(d.runtime.ui.__dialogs[0]).toMatchObject({ title: "Salin", html: "<h1>Ringkasan</h1><p>bagian</p>\n" });
  });

  test("the ledger counts the bundle's calls", () => {
    const d = driver();
    d.open();
    expect(d.ledger.count("Ui.createMenu")).toBe(1);
    expect(d.ledger.count("Menu.addItem")).toBe(3);
  });
});
