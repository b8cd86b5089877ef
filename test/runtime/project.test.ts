// One script project installed in two workbooks (an Editor add-on): what is shared and what is per
// workbook, as Google's reference describes it (runtime/NOTES-services.md, "One project, many workbooks").
import { createProject, createRuntime } from "../../runtime/globals";
import { lockSlot } from "../../runtime/services/lock";
import type { Loose } from "./helpers";

function pair(opts: { userB?: string; addOn?: boolean } = {}) {
  const project = createProject();
  const a = createRuntime({ project, user: "a@dinas.go.id", spreadsheetId: "1WorkbookA", addOnTriggerLimit: opts.addOn ?? true });
  const b = createRuntime({ project, user: opts.userB ?? "a@dinas.go.id", spreadsheetId: "1WorkbookB", addOnTriggerLimit: opts.addOn ?? true });
  const ga = a.globals as Loose;
  const gb = b.globals as Loose;
  return { project, a, b, ga, gb, ssA: ga.SpreadsheetApp.getActiveSpreadsheet() as Loose, ssB: gb.SpreadsheetApp.getActiveSpreadsheet() as Loose };
}

describe("one script project in two workbooks", () => {
  test("document properties are per workbook; script and user properties are shared", () => {
    const { ga, gb } = pair();
    ga.PropertiesService.getDocumentProperties().setProperty("k", "A");
    ga.PropertiesService.getScriptProperties().setProperty("s", "shared");
    ga.PropertiesService.getUserProperties().setProperty("u", "mine");
    expect(gb.PropertiesService.getDocumentProperties().getProperty("k")).toBeNull();
    expect(gb.PropertiesService.getScriptProperties().getProperty("s")).toBe("shared");
    expect(gb.PropertiesService.getUserProperties().getProperty("u")).toBe("mine");
  });

  test("the document lock is per workbook; the script lock is one for both", () => {
    const { ga, gb, project } = pair();
    // An execution in A took both of A's locks and is still running.
    project.locks.pinned = new Set();
    expect(ga.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(ga.LockService.getScriptLock().tryLock(0)).toBe(true);
    for (const slot of project.locks.pinned) project.locks.others.add(slot);
    project.locks.pinned = null;
    expect([...project.locks.others].sort()).toEqual([lockSlot.document("1WorkbookA"), lockSlot.script]);
    // Meanwhile an execution in B: its document lock is free, the script lock is not.
    expect(gb.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(gb.LockService.getScriptLock().tryLock(1000)).toBe(false);
    expect(ga.LockService.getDocumentLock().tryLock(1000)).toBe(false);
  });

  test("a lock busy for a while is acquired after waiting when the wait is long enough", () => {
    const { a, ga } = pair();
    ga.LockService.__busyFor(lockSlot.document("1WorkbookA"), 20_000);
    const t0 = a.clock.now();
    expect(ga.LockService.getDocumentLock().tryLock(10_000)).toBe(false);
    expect(a.clock.now() - t0).toBe(10_000);
    expect(ga.LockService.getDocumentLock().tryLock(30_000)).toBe(true);
    expect(a.clock.now() - t0).toBe(20_000);
  });

  test("getProjectTriggers lists the user's triggers of every workbook; getUserTriggers(ss) those of one", () => {
    const { ga, gb, ssA, ssB } = pair();
    ga.ScriptApp.newTrigger("onSubmit").forSpreadsheet(ssA).onFormSubmit().create();
    ga.ScriptApp.newTrigger("hourly").timeBased().everyHours(1).create();
    gb.ScriptApp.newTrigger("onSubmit").forSpreadsheet(ssB).onFormSubmit().create();
    // One clock trigger per user per document: B may have its own.
    gb.ScriptApp.newTrigger("hourly").timeBased().everyHours(1).create();
    expect(gb.ScriptApp.getProjectTriggers()).toHaveLength(4);
    expect(gb.ScriptApp.getUserTriggers(ssB).map((t: Loose) => t.getTriggerSourceId())).toEqual(["1WorkbookB"]);
    expect(() => gb.ScriptApp.newTrigger("hourly").timeBased().everyHours(1).create()).toThrow("Add-on trigger limit");
    // An add-on creates triggers only for the file it is used in.
    expect(() => gb.ScriptApp.newTrigger("x").forSpreadsheet("1WorkbookA").onOpen().create()).toThrow("file in which");
  });

  test("another user sees none of the first user's triggers", () => {
    const { ga, gb, ssA, b } = pair({ userB: "b@dinas.go.id" });
    ga.ScriptApp.newTrigger("onSubmit").forSpreadsheet(ssA).onFormSubmit().create();
    expect(gb.ScriptApp.getProjectTriggers()).toHaveLength(0);
    b.session.effectiveUser = "a@dinas.go.id";
    expect(gb.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });
});
