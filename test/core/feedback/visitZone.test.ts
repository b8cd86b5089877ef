// `Tanggal Kunjungan` in `Validasi` is a date cell: midnight of the visit day in the spreadsheet's time
// zone. The feedback email and the archive's staff-cells `Log` text name that day even when ZONA_WAKTU
// is a zone behind the spreadsheet's (there, the same instant is still the evening before).
import { feedbackMessages } from "../../../src/core/feedback/messages";
import { staffLogTexts } from "../../../src/core/archive/staff";
import { dayFromYmd } from "../../../src/core/time/localDay";
import { aKoperasi, aPendamping, aRegistry } from "../../builders/validation";

const SHEET_TZ = "Asia/Makassar"; // UTC+8
const AGENCY_TZ = "Asia/Jakarta"; // UTC+7
const VISIT = new Date("2026-11-15T00:00:00+08:00"); // 15/11 in the spreadsheet, 14/11 23:00 in Jakarta
const SUBMITTED = new Date("2026-11-16T10:00:00+07:00");

describe("a visit day written as a date cell, with ZONA_WAKTU behind the spreadsheet's zone", () => {
  it("the feedback email names the day the cell shows", () => {
    const registry = aRegistry([aKoperasi({ id: "K1" })], [aPendamping({ id: "P1", email: "p1@example.org" })]);
    const row = [2, SUBMITTED, "K1", "P1", VISIT, "Ditolak", "Progres turun", SUBMITTED];
    const [m] = feedbackMessages([row], 2, registry, dayFromYmd(2026, 11, 16), AGENCY_TZ, null, "NTB", SHEET_TZ);
    expect(m?.body).toContain("15/11/2026");
    expect(m?.body).not.toContain("14/11/2026");
  });

  it("the archive's Log text for staff cells names the day the cell shows", () => {
    const staff = [["Catatan"], ["dicek"]];
    const own = [[2, SUBMITTED, "K1", "P1", VISIT]];
    const [text] = staffLogTexts("Validasi", staff, own, [1], SHEET_TZ);
    expect(text).toContain("15/11/2026");
  });
});
