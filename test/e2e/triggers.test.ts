// Issue 3 (c), through dist/Code.js: `Pasang pemicu otomatis` leaves exactly one form-submit and one
// hourly trigger however often it is clicked (also under the Editor add-on limit of one trigger of
// each kind), and `Hapus pemicu otomatis` removes them.
import { agencyWorkbook, lastAlert, lastLog, records, report, setSetting, triggers, wita } from "./agency";

const kinds = (d: ReturnType<typeof agencyWorkbook>) =>
  triggers(d).map((t) => `${t.eventType}:${t.handler}`).sort();
const ONE_EACH = ["CLOCK:onHourlyTrigger", "ON_FORM_SUBMIT:onFormSubmitTrigger"];

describe("automatic triggers", () => {
  it("installing twice leaves one form-submit and one hourly trigger, and says nothing was added", () => {
    const driver = agencyWorkbook(); // installs once
    expect(kinds(driver)).toEqual(ONE_EACH);
    driver.clickMenu("Pasang pemicu otomatis");
    expect(kinds(driver)).toEqual(ONE_EACH);
    expect(lastAlert(driver)).toMatch(/sudah terpasang/);
    // The hourly trigger runs every hour (the daily rebuild needs it), as an add-on may.
    const hourly = driver.runtime.script.triggers().find((t) => t.eventType === "CLOCK");
    expect(hourly?.schedule?.everyHours).toBe(1);
  });

  it("installing cleans up duplicates someone made by hand", () => {
    const driver = agencyWorkbook();
    const app = driver.runtime.globals.ScriptApp as any;
    app.newTrigger("onHourlyTrigger").timeBased().everyHours(1).create();
    app.newTrigger("onFormSubmitTrigger").forSpreadsheet(driver.spreadsheet).onFormSubmit().create();
    expect(triggers(driver)).toHaveLength(4);
    driver.clickMenu("Pasang pemicu otomatis");
    expect(kinds(driver)).toEqual(ONE_EACH);
    // One submit now validates once (two submit triggers would both have run).
    const out = driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    expect(out.triggersRun).toHaveLength(1);
    expect(records(driver, "Validasi")).toHaveLength(1);
  });

  it("removing them stops automatic validation until they are installed again; the hourly catch-up then fills the gap", () => {
    const driver = agencyWorkbook();
    driver.clickMenu("Hapus pemicu otomatis");
    expect(triggers(driver)).toEqual([]);
    expect(lastAlert(driver)).toMatch(/2 pemicu otomatis dihapus/);
    driver.clickMenu("Hapus pemicu otomatis");
    expect(lastAlert(driver)).toMatch(/Tidak ada pemicu otomatis/);

    const out = driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    expect(out.triggersRun).toEqual([]);
    expect(records(driver, "Validasi")).toHaveLength(0);

    driver.clickMenu("Pasang pemicu otomatis");
    expect(kinds(driver)).toEqual(ONE_EACH);
    driver.fireTimeTriggers(wita("2026-11-16T18:00:00"));
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);
  });

  it("works as a published Editor add-on (one trigger of each kind per document)", () => {
    const driver = agencyWorkbook({ addOnTriggerLimit: true });
    expect(kinds(driver)).toEqual(ONE_EACH);
    driver.clickMenu("Pasang pemicu otomatis");
    driver.clickMenu("Pasang pemicu otomatis");
    expect(kinds(driver)).toEqual(ONE_EACH);
    expect(lastLog(driver).Hasil).toBe("Berhasil");
    driver.clickMenu("Hapus pemicu otomatis");
    driver.clickMenu("Pasang pemicu otomatis");
    expect(kinds(driver)).toEqual(ONE_EACH);
    expect(driver.alerts.some((a) => /Gagal|gagal/.test(`${a.title} ${a.prompt}`))).toBe(false);
    const out = driver.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T17:00:00"));
    expect(out.triggersRun).toHaveLength(1);
    expect(records(driver, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);
  });

  it("only the ADMIN list may change the triggers, when the agency has one", () => {
    const driver = agencyWorkbook();
    setSetting(driver, "ADMIN", "kepala@diskop.ntbprov.go.id");
    driver.clickMenu("Hapus pemicu otomatis");
    expect(kinds(driver)).toEqual(ONE_EACH);
    expect(lastAlert(driver)).toMatch(/ADMIN/);
    expect(lastLog(driver).Hasil).toBe("Gagal");
  });
});
