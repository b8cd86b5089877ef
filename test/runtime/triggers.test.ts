// ScriptApp fake: installable triggers, listing, deleting and the limits Apps Script enforces.
import { TOO_MANY_TRIGGERS } from "../../runtime/script";
import { runtime } from "./helpers";

describe("ScriptApp triggers", () => {
  test("create, list and delete spreadsheet and clock triggers", () => {
    const { g, ss } = runtime();
    const submit = g.ScriptApp.newTrigger("onSubmit").forSpreadsheet(ss).onFormSubmit().create();
    const hourly = g.ScriptApp.newTrigger("hourly").timeBased().everyHours(1).create();
    expect(submit.getEventType()).toBe(g.ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(submit.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.SPREADSHEETS);
    expect(submit.getTriggerSourceId()).toBe(ss.getId());
    expect(hourly.getEventType()).toBe("CLOCK");
    expect(hourly.getTriggerSourceId()).toBeNull();
    const listed = g.ScriptApp.getProjectTriggers();
    expect(listed.map((t: { getHandlerFunction(): string }) => t.getHandlerFunction())).toEqual(["onSubmit", "hourly"]);
    expect(g.ScriptApp.getUserTriggers(ss)).toHaveLength(1);
    g.ScriptApp.deleteTrigger(listed[0]);
    expect(g.ScriptApp.getProjectTriggers().map((t: { getUniqueId(): string }) => t.getUniqueId()))
      .toEqual([hourly.getUniqueId()]);
  });

  test("builder arguments are checked like Apps Script", () => {
    const { g } = runtime();
    expect(() => g.ScriptApp.newTrigger("f").timeBased().everyMinutes(7)).toThrow("everyMinutes");
    expect(() => g.ScriptApp.newTrigger("f").timeBased().atHour(6).create()).toThrow("atHour()");
    expect(() => g.ScriptApp.newTrigger("f").timeBased().create()).toThrow("recurrence");
    expect(g.ScriptApp.newTrigger("f").timeBased().everyDays(1).atHour(6).nearMinute(0).inTimezone("Asia/Makassar").create()
      .getHandlerFunction()).toBe("f");
  });

  test("20 triggers per user per script", () => {
    const { g } = runtime();
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger("one_more").timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
  });

  test("add-on mode: one trigger of each kind per document, clock at most hourly", () => {
    const { g, ss } = runtime({ addOnTriggerLimit: true });
    g.ScriptApp.newTrigger("a").forSpreadsheet(ss.getId()).onFormSubmit().create();
    g.ScriptApp.newTrigger("b").timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger("c").forSpreadsheet(ss).onFormSubmit().create()).toThrow("Add-on trigger limit");
    expect(() => g.ScriptApp.newTrigger("d").timeBased().everyHours(2).create()).toThrow("Add-on trigger limit");
    expect(() => g.ScriptApp.newTrigger("e").timeBased().everyMinutes(30).create()).toThrow("once per hour");
    g.ScriptApp.newTrigger("f").forSpreadsheet(ss).onOpen().create();
  });

  test("unknown members throw loudly", () => {
    const { g } = runtime();
    expect(() => g.ScriptApp.newTrigger("f").forForm("x")).toThrow("TriggerBuilder.forForm is not implemented");
  });
});
