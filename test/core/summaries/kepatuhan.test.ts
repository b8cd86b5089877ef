// `Kepatuhan Pendamping`: working days with a weekend and a holiday in the window, completeness, order.
import { kepatuhanTable, workingDaysInWindow } from "../../../src/core/summaries/kepatuhan";
import { HEADERS } from "../../../src/core/text/sheets";
import { instantOfLocal } from "../../../src/core/time/timeZone";
import { aKoperasi, aPendamping, aRegistry, aResult, dateOf, summarySettings } from "../../builders/summaries";
import { registry, results, settings, T } from "../../builders/summaryWorkbook";

describe("kepatuhanTable", () => {
  it("counts working days: 10 days, minus a weekend, minus a holiday = 7", () => {
    expect([...workingDaysInWindow(T, settings)].map((d) => d - T)).toEqual([-9, -8, -7, -3, -2, -1, 0]);
  });

  it("lists active pendamping, worst completeness first, every cell as defined", () => {
    const table = kepatuhanTable(registry, results, settings, T);
    expect(table.headers).toEqual(HEADERS.kepatuhan);
    expect(table.rows).toEqual([
      ["P04", "Lalu Ahmad", "Lombok Timur", 0, 7, 0, 0, 0, 0, "", ""],
      // counted on Sun 15/11 (weekend) and Mon 16/11 (holiday) do not add days; only Fri 20/11 does
      ["P02", "Made Wirawan", "Kota Mataram", 3, 7, 1, 14.3, 5, 0, dateOf(T), 0],
      // Wed 11/11, Tue 17/11, Thu 19/11; the corrected and rejected reports do not count
      ["P01", "Baiq Nurul", "Lombok Timur", 3, 7, 3, 42.9, 3, 2, dateOf(T), 0],
    ]);
    expect(table.numberFormats.slice(0, 3)).toEqual(["@", "@", "@"]);
  });

  it("uses the submission day in the settings' time zone and breaks ties by ID", () => {
    const s = summarySettings({ complianceWindowDays: 1 });
    const reg = aRegistry([], [aPendamping({ id: "B" }), aPendamping({ id: "A" })]);
    // 23:30 WITA on Thursday is still Thursday (15:30 UTC): outside a 1-day window ending Friday.
    const late = aResult({ pendampingId: "A", visitDay: T - 1, submittedAt: instantOfLocal(T - 1, 23, 30, "Asia/Makassar") });
    const rows = kepatuhanTable(reg, [late], s, T).rows;
    expect(rows.map((r) => [r[0], r[5], r[6], r[10]])).toEqual([["A", 0, 0, 1], ["B", 0, 0, ""]]);
  });

  it("leaves Kelengkapan blank when the window has no working day, and sorts it last", () => {
    const s = summarySettings({ workingWeekdays: [], complianceWindowDays: 5 });
    const reg = aRegistry([], [aPendamping({ id: "A" })]);
    expect(kepatuhanTable(reg, [], s, T).rows[0]!.slice(4, 7)).toEqual([0, 0, ""]);
  });

  it("lists the pendamping who report: Jenis Koperasi, a cooperative assigned or a report sent (not every PPPK)", () => {
    const reg = aRegistry([aKoperasi({ id: "K1", pendampingId: "B" })], [
      aPendamping({ id: "A", kind: "Koperasi" }), aPendamping({ id: "B", kind: "" }), aPendamping({ id: "C", kind: "UKM" }),
      aPendamping({ id: "D", kind: "KUR" }), aPendamping({ id: "E", kind: "" }),
    ]);
    const sent = [aResult({ row: 2, pendampingId: "D", koperasiId: "K1", status: "Valid" })];
    expect(kepatuhanTable(reg, sent, summarySettings(), T).rows.map((r) => r[0]).sort()).toEqual(["A", "B", "D"]);
  });
});
