// Properties, Lock, Cache, Session, Logger/console, HtmlService and MailApp fakes.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCK_TIMEOUT } from "../../runtime/services/lock";
import { runtime } from "./helpers";

describe("PropertiesService", () => {
  test("values are strings; stores are separate; 9 KB limit", () => {
    const { g, rt } = runtime();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty("n", 5).setProperties({ a: true, b: "x" });
    expect(doc.getProperty("n")).toBe("5");
    expect(doc.getProperties()).toEqual({ n: "5", a: "true", b: "x" });
    expect(g.PropertiesService.getScriptProperties().getProperty("n")).toBeNull();
    doc.deleteProperty("a");
    expect(doc.getKeys().sort()).toEqual(["b", "n"]);
    expect(() => doc.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    doc.deleteAllProperties();
    expect(g.PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
    expect(rt.ledger.count("Properties.setProperty")).toBe(2); // the refused call counts too
    expect(rt.ledger.count("PropertiesService.getDocumentProperties")).toBe(2);
  });
});

describe("LockService", () => {
  test("free lock is acquired and released", () => {
    const { g } = runtime();
    const lock = g.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test("contention: tryLock waits then returns false, waitLock throws; the clock moves", () => {
    const { g, rt } = runtime();
    g.LockService.__holdByOther(true);
    const t0 = rt.clock.now();
    expect(g.LockService.getDocumentLock().tryLock(5000)).toBe(false);
    expect(rt.clock.now() - t0).toBe(5000);
    expect(() => g.LockService.getScriptLock().waitLock(30000)).toThrow(LOCK_TIMEOUT);
    expect(rt.clock.now() - t0).toBe(35000);
    g.LockService.__holdByOther(false);
    expect(g.LockService.getScriptLock().tryLock(1)).toBe(true);
  });
});

describe("CacheService", () => {
  test("entries expire on the virtual clock", () => {
    const { g, rt } = runtime();
    const cache = g.CacheService.getScriptCache();
    cache.put("k", "v", 60);
    cache.putAll({ a: "1", b: "2" });
    expect(cache.get("k")).toBe("v");
    rt.clock.advance(61_000);
    expect(cache.get("k")).toBeNull();
    expect(cache.getAll(["a", "b", "k"])).toEqual({ a: "1", b: "2" });
    rt.clock.advance(600_000);
    expect(cache.get("a")).toBeNull();
    expect(g.CacheService.getDocumentCache().get("a")).toBeNull();
  });
});

describe("Session, Logger, console", () => {
  test("user email, time zone and collected logs", () => {
    const { g, rt } = runtime({ user: "ani@dinas.go.id", timeZone: "Asia/Jakarta" });
    expect(g.Session.getActiveUser().getEmail()).toBe("ani@dinas.go.id");
    expect(g.Session.getScriptTimeZone()).toBe("Asia/Jakarta");
    rt.session.activeUser = "";
    expect(g.Session.getActiveUser().getEmail()).toBe("");
    g.Logger.log("%s rows in %s", 3, "Validasi");
    g.console.warn("careful", { a: 1 });
    expect(rt.logs.lines).toEqual([
      { level: "logger", text: "3 rows in Validasi" },
      { level: "warn", text: 'careful {"a":1}' },
    ]);
  });
});

describe("HtmlService", () => {
  test("files from the built folder and templates with scriptlets", () => {
    const dir = mkdtempSync(join(tmpdir(), "html-"));
    writeFileSync(join(dir, "Dialog.html"), "<p><?= title ?></p><? for (var i = 0; i < n; i++) { ?><b><?!= tag ?></b><? } ?>");
    const { g } = runtime({ htmlDir: dir });
    const t = g.HtmlService.createTemplateFromFile("Dialog");
    t.title = "A & B";
    t.n = 2;
    t.tag = "<i>x</i>";
    const out = t.evaluate().setTitle("Ringkasan").setWidth(400).setSandboxMode(g.HtmlService.SandboxMode.IFRAME);
    expect(out.getContent()).toBe("<p>A &amp; B</p><b><i>x</i></b><b><i>x</i></b>");
    expect(out.getTitle()).toBe("Ringkasan");
    expect(g.HtmlService.createHtmlOutputFromFile("Dialog.html").getContent()).toContain("<?=");
    expect(g.HtmlService.createHtmlOutput("<b>").append("x").getContent()).toBe("<b>x");
    expect(() => g.HtmlService.createHtmlOutputFromFile("Missing")).toThrow("No HTML file named Missing");
  });
});

describe("MailApp", () => {
  test("outbox and quota", () => {
    const { g, rt } = runtime();
    g.MailApp.sendEmail("a@x.id", "Subjek", "Isi");
    g.MailApp.sendEmail({ to: "b@x.id,c@x.id", subject: "S", htmlBody: "<b>h</b>" });
    expect(rt.mail.outbox.map((m) => m.to)).toEqual(["a@x.id", "b@x.id,c@x.id"]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(97);
  });

  test("a malformed recipient refuses the whole message; past the quota nothing is sent; bounces come later", () => {
    const { g, rt } = runtime();
    expect(() => g.MailApp.sendEmail({ to: "a@x.id,salah@@x", subject: "S", body: "B" })).toThrow("Invalid email: salah@@x");
    expect(rt.mail.outbox).toEqual([]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
    rt.mail.remaining = 1;
    expect(() => g.MailApp.sendEmail("a@x.id,b@x.id", "S", "B")).toThrow("Service invoked too many times for one day: email.");
    rt.mail.bouncing!.add("gone@x.id");
    g.MailApp.sendEmail("gone@x.id", "Subjek", "B");
    expect(rt.mail.outbox).toHaveLength(1);
    expect(rt.mail.bounces).toEqual([{ to: "gone@x.id", subject: "Subjek" }]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(0);
  });
});
