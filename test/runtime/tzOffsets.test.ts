// Zone offsets stay exact to the millisecond around a transition, whichever instants were asked first.
import { offsetMinutes } from "../../runtime/tz";

describe("offsetMinutes", () => {
  test("changes at the transition's millisecond (New York, 8 March 2026 02:00 local)", () => {
    const at = Date.UTC(2026, 2, 8, 7, 0, 0);
    expect(offsetMinutes(at + 1_800_000, "America/New_York")).toBe(-240);
    expect(offsetMinutes(at - 1, "America/New_York")).toBe(-300);
    expect(offsetMinutes(at, "America/New_York")).toBe(-240);
    expect(offsetMinutes(at - 1_800_000, "America/New_York")).toBe(-300);
  });

  test("a half-hour transition inside an hour (Lord Howe, 5 April 2026 02:00 local)", () => {
    const at = Date.UTC(2026, 3, 4, 15, 0, 0);
    expect(offsetMinutes(at - 1, "Australia/Lord_Howe")).toBe(660);
    expect(offsetMinutes(at, "Australia/Lord_Howe")).toBe(630);
  });

  test("a zone without transitions (Asia/Makassar) is +480 at any time", () => {
    for (const t of [0, Date.UTC(2026, 10, 20, 23, 59, 59, 999), Date.UTC(1990, 0, 1)]) expect(offsetMinutes(t, "Asia/Makassar")).toBe(480);
  });
});
