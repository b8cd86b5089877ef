// Zone rules (SPEC section 4): each rule at its boundary, worst wins, every reason listed in order.
import { computeZone } from "../../../src/core/zones/computeZone";
import { plannedProgress } from "../../../src/core/zones/plan";
import { coopStatuses } from "../../../src/core/zones/statuses";
import { aKoperasi, aLatest, aRegistry, summarySettings, TODAY } from "../../builders/summaries";

const settings = summarySettings();
const start = settings.programStart;
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

/** Settings and a cooperative whose plan today is exactly `pct` percent (a span of 1000 days). */
function withPlan(pct: number) {
  const s = summarySettings({ programStart: TODAY - pct * 10 });
  return { s, k: aKoperasi({ targetDay: s.programStart + 1000 }) };
}

describe("plannedProgress", () => {
  it("is 0 at the programme start, 100 at the target, linear between, clamped", () => {
    expect(plannedProgress(100, 300, 100)).toBe(0);
    expect(plannedProgress(100, 300, 200)).toBe(50);
    expect(plannedProgress(100, 300, 300)).toBe(100);
    expect(plannedProgress(100, 300, 50)).toBe(0);
    expect(plannedProgress(100, 300, 400)).toBe(100);
    expect(plannedProgress(100, null, 200)).toBeNull();
    expect(plannedProgress(100, 103, 101)).toBe(33.3);
  });
  it("halfway to the target is 50% with the real settings", () => {
    const k = aKoperasi({ targetDay: start + 2 * (TODAY - start) });
    expect(plannedProgress(start, k.targetDay, TODAY)).toBe(50);
  });
});

describe("computeZone", () => {
  it("HIJAU when nothing fires", () => {
    expect(computeZone(aKoperasi(), aLatest(), TODAY, settings)).toEqual({ zone: "HIJAU", reasons: [] });
  });

  it("never reported: MERAH with only NEVER_REPORTED, even with a target", () => {
    const r = computeZone(aKoperasi({ targetDay: TODAY }), null, TODAY, settings);
    expect(r.zone).toBe("MERAH");
    expect(codes(r)).toEqual(["NEVER_REPORTED"]);
  });

  it("no report: KUNING after more than 3 days, MERAH after more than 7, never both", () => {
    const at = (days: number) => computeZone(aKoperasi(), aLatest({ visitDay: TODAY - days }), TODAY, settings);
    expect(at(3).zone).toBe("HIJAU");
    expect(at(4).zone).toBe("KUNING");
    expect(codes(at(4))).toEqual(["NO_REPORT_YELLOW"]);
    expect(at(4).reasons[0]!.params).toEqual({ days: 4, limit: 3 });
    expect(codes(at(7))).toEqual(["NO_REPORT_YELLOW"]);
    expect(at(8).zone).toBe("MERAH");
    expect(codes(at(8))).toEqual(["NO_REPORT_RED"]);
    expect(at(8).reasons[0]!.params).toEqual({ days: 8, limit: 7 });
  });

  it("land: Belum ada and Bermasalah are MERAH, Proses is KUNING, Siap fires nothing", () => {
    const land = (landStatus: "BELUM_ADA" | "PROSES" | "SIAP" | "BERMASALAH") =>
      computeZone(aKoperasi(), aLatest({ landStatus, progress: 0, stage: "BELUM_MULAI" }), TODAY, settings);
    expect([land("BELUM_ADA").zone, codes(land("BELUM_ADA"))]).toEqual(["MERAH", ["LAND_MISSING"]]);
    expect([land("BERMASALAH").zone, codes(land("BERMASALAH"))]).toEqual(["MERAH", ["LAND_PROBLEM"]]);
    expect([land("PROSES").zone, codes(land("PROSES"))]).toEqual(["KUNING", ["LAND_IN_PROCESS"]]);
    expect(land("SIAP").zone).toBe("HIJAU");
  });

  it("behind plan: KUNING from 10 points, MERAH from 25 points", () => {
    const { s, k } = withPlan(50);
    const at = (progress: number) => computeZone(k, aLatest({ progress }), TODAY, s);
    expect(at(40.1).zone).toBe("HIJAU");
    expect(codes(at(40))).toEqual(["BEHIND_PLAN_YELLOW"]);
    expect(at(40).reasons[0]!.params).toEqual({ progress: 40, plan: 50, gap: 10, limit: 10 });
    expect(codes(at(25.1))).toEqual(["BEHIND_PLAN_YELLOW"]);
    expect(at(25).zone).toBe("MERAH");
    expect(codes(at(25))).toEqual(["BEHIND_PLAN_RED"]);
    expect(at(25).reasons[0]!.params).toEqual({ progress: 25, plan: 50, gap: 25, limit: 25 });
  });

  it("no plan rule without a target; ahead of plan fires nothing", () => {
    expect(computeZone(aKoperasi(), aLatest({ progress: 0, stage: "BELUM_MULAI" }), TODAY, settings).zone).toBe("HIJAU");
    const { s, k } = withPlan(50);
    expect(computeZone(k, aLatest({ progress: 80 }), TODAY, s).zone).toBe("HIJAU");
  });

  it("stalled: KUNING when progress unchanged for 14 days while under 100", () => {
    const at = (days: number) => computeZone(aKoperasi(), aLatest({ progressSinceDay: TODAY - days }), TODAY, settings);
    expect(at(13).zone).toBe("HIJAU");
    expect(codes(at(14))).toEqual(["STALLED"]);
    expect(at(14).reasons[0]!.params).toEqual({ progress: 40, days: 14, limit: 14 });
  });

  it("finished (100% or Selesai): HIJAU even if silent, late or unchanged; land rules still apply", () => {
    const { s, k } = withPlan(100);
    const old = TODAY - 60;
    const done = aLatest({ progress: 100, stage: "SELESAI", visitDay: old, progressSinceDay: old - 30 });
    expect(computeZone(k, done, TODAY, s)).toEqual({ zone: "HIJAU", reasons: [] });
    const stageOnly = aLatest({ progress: 95, stage: "SELESAI", visitDay: old, progressSinceDay: old });
    expect(computeZone(k, stageOnly, TODAY, s).zone).toBe("HIJAU");
    expect(codes(computeZone(k, { ...done, landStatus: "BERMASALAH" }, TODAY, s))).toEqual(["LAND_PROBLEM"]);
  });

  it("worst wins and every reason is listed, MERAH first then KUNING", () => {
    const { s, k } = withPlan(50);
    const latest = aLatest({ visitDay: TODAY - 5, progressSinceDay: TODAY - 20, progress: 20, landStatus: "PROSES" });
    const r = computeZone(k, latest, TODAY, s);
    expect(r.zone).toBe("MERAH");
    expect(codes(r)).toEqual(["BEHIND_PLAN_RED", "NO_REPORT_YELLOW", "LAND_IN_PROCESS", "STALLED"]);
    const all = computeZone(k, { ...latest, visitDay: TODAY - 9, landStatus: "BELUM_ADA" }, TODAY, s);
    expect(codes(all)).toEqual(["NO_REPORT_RED", "LAND_MISSING", "BEHIND_PLAN_RED", "STALLED"]);
    expect(all.reasons.map((x) => x.zone)).toEqual(["MERAH", "MERAH", "MERAH", "KUNING"]);
  });

  it("thresholds come from the settings", () => {
    const s = summarySettings({ daysWithoutReportYellow: 1, daysWithoutReportRed: 2 });
    expect(computeZone(aKoperasi(), aLatest({ visitDay: TODAY - 2 }), TODAY, s).zone).toBe("KUNING");
    expect(computeZone(aKoperasi(), aLatest({ visitDay: TODAY - 3 }), TODAY, s).zone).toBe("MERAH");
  });
});

describe("coopStatuses", () => {
  it("one status per cooperative in registry order, with days since report", () => {
    const reg = aRegistry([aKoperasi({ id: "B" }), aKoperasi({ id: "A" })]);
    const st = coopStatuses(reg, new Map([["A", aLatest({ visitDay: TODAY - 2 })]]), TODAY, settings);
    expect(st.map((s) => [s.koperasi.id, s.zone, s.daysSinceReport])).toEqual([["B", "MERAH", null], ["A", "HIJAU", 2]]);
  });
});
