// Issue 12 (2): triggers are this workbook's. One add-on project serves many workbooks; Apps Script lists
// a user's triggers of all of them and never another user's. Installing or removing in one workbook
// leaves the others alone, and a second admin is told who installed the workbook's triggers.
import { createProject } from "../../runtime/globals";
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, lastAlert, records, report, wita } from "./agency";
import { ADMIN_NTB, NTB_ID, NTT_ID } from "./provinces";

const SECOND = "kabid@diskop.ntbprov.go.id";

function as(driver: Driver, user: string): Driver {
  driver.runtime.session.activeUser = user;
  driver.runtime.session.effectiveUser = user;
  return driver.newExecution();
}

/** Both workbooks set up by the same admin (e.g. a national officer), as an Editor add-on. */
function sameAdmin() {
  const project = createProject();
  const ntb = agencyWorkbook({ project, spreadsheetId: NTB_ID, user: ADMIN_NTB, addOnTriggerLimit: true });
  const ntt = agencyWorkbook({ project, spreadsheetId: NTT_ID, user: ADMIN_NTB, addOnTriggerLimit: true });
  return { ntb, ntt };
}

describe("one admin, two workbooks", () => {
  it("each workbook gets its own form-submit and hourly trigger", () => {
    const { ntb, ntt } = sameAdmin();
    expect(lastAlert(ntt)).toMatch(/Pemicu otomatis terpasang/);
    const kinds = ntb.runtime.script.triggers().map((t) => `${t.eventType}:${t.documentId}`).sort();
    expect(kinds).toEqual([`CLOCK:${NTB_ID}`, `CLOCK:${NTT_ID}`, `ON_FORM_SUBMIT:${NTB_ID}`, `ON_FORM_SUBMIT:${NTT_ID}`]);
    const out = ntt.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00"));
    expect(out.triggersRun).toHaveLength(1);
    expect(records(ntt, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);
    expect(ntt.fireTimeTriggers(wita("2026-11-16T10:00:00"))).toHaveLength(1);
  });

  it("installing again in one workbook neither adds nor removes the other's", () => {
    const { ntb, ntt } = sameAdmin();
    const before = ntb.runtime.script.triggers().map((t) => t.uid);
    ntt.newExecution().clickMenu("Pasang pemicu otomatis");
    expect(lastAlert(ntt)).toMatch(/sudah terpasang; tidak ada yang ditambahkan/);
    expect(ntb.runtime.script.triggers().map((t) => t.uid)).toEqual(before);
  });

  it("removing in one workbook leaves the other's triggers working", () => {
    const { ntb, ntt } = sameAdmin();
    ntt.newExecution().clickMenu("Hapus pemicu otomatis");
    expect(lastAlert(ntt)).toMatch(/2 pemicu otomatis dihapus/);
    expect(ntb.runtime.script.triggers().map((t) => t.documentId)).toEqual([NTB_ID, NTB_ID]);
    expect(ntb.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00")).triggersRun).toHaveLength(1);
    expect(records(ntb, "Validasi").map((r) => r.Status)).toEqual(["Valid"]);
    expect(ntt.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:05:00")).triggersRun).toEqual([]);
  });
});

describe("a second admin in the same workbook", () => {
  it("is told who installed the triggers and installs no second set unless they choose to", () => {
    const driver = agencyWorkbook({ spreadsheetId: NTB_ID, user: ADMIN_NTB, addOnTriggerLimit: true });
    as(driver, SECOND).answerNext("NO").clickMenu("Pasang pemicu otomatis");
    const asked = driver.alerts[driver.alerts.length - 2] as { title?: string; prompt?: string };
    expect(`${asked.title}\n${asked.prompt}`).toMatch(new RegExp(`dipasang oleh ${ADMIN_NTB} pada 16/11/2026 08:00`));
    expect(lastAlert(driver)).toMatch(new RegExp(`dipasang oleh ${ADMIN_NTB}`));
    expect(lastAlert(driver)).toMatch(/tidak ada yang ditambahkan/i);
    expect(driver.runtime.script.triggers().map((t) => t.user)).toEqual([ADMIN_NTB, ADMIN_NTB]);
    expect(driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T09:00:00")).triggersRun).toHaveLength(1);
  });

  it("removing says whose triggers keep running and that only that account can remove them", () => {
    const driver = agencyWorkbook({ spreadsheetId: NTB_ID, user: ADMIN_NTB });
    as(driver, SECOND).clickMenu("Hapus pemicu otomatis");
    expect(lastAlert(driver)).toMatch(new RegExp(`dipasang oleh ${ADMIN_NTB}`));
    expect(lastAlert(driver)).toMatch(new RegExp(`hanya ${ADMIN_NTB} yang dapat menghapusnya`));
    expect(driver.runtime.script.triggers()).toHaveLength(2);
  });

  it("may take over; the first admin then removes their own set, hourly trigger included", () => {
    const driver = agencyWorkbook({ spreadsheetId: NTB_ID, user: ADMIN_NTB });
    as(driver, SECOND).answerNext("YES").clickMenu("Pasang pemicu otomatis");
    expect(lastAlert(driver)).toMatch(/Pemicu otomatis terpasang/);
    expect(driver.runtime.script.triggers().map((t) => t.user).sort()).toEqual([SECOND, SECOND, ADMIN_NTB, ADMIN_NTB].sort());
    as(driver, ADMIN_NTB).clickMenu("Hapus pemicu otomatis");
    expect(lastAlert(driver)).toMatch(/2 pemicu otomatis dihapus/);
    expect(lastAlert(driver)).toMatch(new RegExp(`dipasang oleh ${SECOND}`));
    expect(driver.runtime.script.triggers().map((t) => t.user)).toEqual([SECOND, SECOND]);
  });
});
