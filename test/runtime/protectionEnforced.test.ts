// Protections are enforced for the account the script runs as: Google refuses the write, with its wording.
import { runtime, type Loose } from "./helpers";

const OWNER = "owner@diskop.go.id";
const STAFF = "staf@diskop.go.id";
const ADMIN = "admin@diskop.go.id";
const REFUSED = "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

function workbook(groups?: Record<string, string[]>) {
  const { rt, ss } = runtime({ user: OWNER, ...(groups ? { groups } : {}) });
  const sheet = ss.insertSheet("Validasi");
  sheet.getRange("A1").setValue("lama");
  const p = sheet.protect().setDescription("output");
  p.removeEditors(p.getEditors());
  p.addEditor(ADMIN);
  p.setDomainEdit(false);
  const as = (email: string) => {
    rt.session.activeUser = email;
    rt.session.effectiveUser = email;
  };
  return { rt, ss, sheet, p, as };
}

describe("protections enforced for the running user", () => {
  test("an editor not on the protection is refused before anything is written; the owner and listed editors may write", () => {
    const { sheet, p, as } = workbook();
    as(STAFF);
    expect(p.canEdit()).toBe(false);
    expect(() => sheet.getRange("A1:B1").setValues([["baru", "x"]])).toThrow(REFUSED);
    expect(() => sheet.appendRow(["x"])).toThrow(REFUSED);
    expect(() => sheet.insertRowsAfter(1, 5)).toThrow(REFUSED);
    expect(() => sheet.getRange("A1").setBackground("#ff0000")).toThrow(REFUSED);
    expect(sheet.getRange("A1").getValue()).toBe("lama");
    as(ADMIN);
    expect(p.canEdit()).toBe(true);
    sheet.getRange("A1").setValue("admin");
    as(OWNER);
    sheet.getRange("A1").setValue("owner");
    expect(sheet.getRange("A1").getValue()).toBe("owner");
  });

  test("a warning-only protection never blocks a script; an unprotected range inside a sheet protection is open", () => {
    const { sheet, p, as } = workbook();
    p.setUnprotectedRanges([sheet.getRange("D1:E10")]);
    as(STAFF);
    sheet.getRange("D2:E2").setValues([["catatan", "x"]]);
    expect(() => sheet.getRange("C2:D2").setValues([["x", "y"]])).toThrow(REFUSED);
    as(OWNER);
    p.setWarningOnly(true);
    as(STAFF);
    sheet.getRange("A1").setValue("staf");
    expect(sheet.getRange("A1").getValue()).toBe("staf");
  });

  test("removeEditors keeps the owner and the running user; a group member edits through the group", () => {
    const { sheet, p, as } = workbook({ "tim@diskop.go.id": [STAFF] });
    as(OWNER);
    p.addEditor("tim@diskop.go.id");
    as(STAFF);
    sheet.getRange("A1").setValue("lewat grup");
    // Google's sample: removing the group you edit through throws, so add yourself first.
    expect(() => p.removeEditors(["tim@diskop.go.id"])).toThrow(/group/);
    p.addEditor(STAFF);
    p.removeEditors(p.getEditors().map((u: Loose) => u.getEmail()));
    expect(p.getEditors().map((u: Loose) => u.getEmail()).sort()).toEqual([OWNER, STAFF].sort());
  });

  test("someone who may not edit the protected cells may not change the protection either", () => {
    const { p, as } = workbook();
    as(STAFF);
    expect(() => p.addEditor(STAFF)).toThrow(REFUSED);
    expect(() => p.remove()).toThrow(REFUSED);
  });
});
