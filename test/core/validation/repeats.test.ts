// Across reports: progress compared with the last counted report, duplicates, corrections, latest report.
import type { Report, ValidationResult } from "../../../src/core/model";
import type { Settings } from "../../../src/core/settings/types";
import { latestReportOf } from "../../../src/core/validation/state";
import { encodeState } from "../../../src/core/validation/stateJson";
import { validateAll } from "../../../src/core/validation/validate";
import { aRegistry, aReport, at, d, someSettings } from "../../builders/validation";

/** Reports numbered from row 2 in the order given. */
function rows(...reports: Partial<Report>[]): Report[] {
  return reports.map((r, i) => aReport({ row: i + 2, ...r }));
}

function run(reports: Report[], settings: Settings = someSettings()) {
  const out = validateAll(reports, aRegistry(), settings);
  const summary = (r: ValidationResult) => `${r.status}${r.findings.length ? ` ${r.findings.map((f) => f.code).join(",")}` : ""}`;
  return { ...out, statuses: out.results.map(summary), latest: latestReportOf(out.states.get("K1")) };
}

/** A report of P1 about K1, visited and submitted on that day. */
function on(day: string, over: Partial<Report> = {}): Partial<Report> {
  return { visitDay: d(day), submittedAt: at(day, 12), ...over };
}

describe("progress against the last counted report", () => {
  test.each([
    [40, 70, "ATAP", "Valid"],
    [40, 71, "ATAP", "Peringatan PROGRESS_JUMP"],
    [40, 40, "STRUKTUR", "Valid"],
    [40, 39, "STRUKTUR", "Peringatan PROGRESS_DECREASED"],
  ] as const)("from %d to %d", (before, after, stage, expected) => {
    const { statuses } = run(rows(on("2026-11-19", { progress: before }), on("2026-11-20", { progress: after, stage })));
    expect(statuses).toEqual(["Valid", expected]);
  });

  test("the jump limit is a setting", () => {
    const { statuses } = run(rows(on("2026-11-19"), on("2026-11-20", { progress: 51 })), someSettings({ maxProgressJump: 10 }));
    expect(statuses[1]).toBe("Peringatan PROGRESS_JUMP");
  });

  test("another pendamping's report counts as the last report of the cooperative", () => {
    const { statuses } = run(rows(on("2026-11-19", { pendampingId: "P2", progress: 50 }), on("2026-11-20", { progress: 45 })));
    expect(statuses).toEqual(["Peringatan NOT_ASSIGNED", "Peringatan PROGRESS_DECREASED"]);
  });

  test("rejected and duplicate reports are not compared with", () => {
    const { statuses } = run(rows(
      on("2026-11-18", { progress: 40 }),
      on("2026-11-19", { progress: 60, koperasiId: "K1", pendampingId: "P9" }),
      on("2026-11-20", { progress: 41 }),
    ));
    expect(statuses).toEqual(["Valid", "Ditolak UNKNOWN_PENDAMPING", "Valid"]);
  });

  test("a late report about an earlier day is compared with what was known for that day", () => {
    const { statuses, latest } = run(rows(
      on("2026-11-20", { progress: 50 }),
      { visitDay: d("2026-11-18"), submittedAt: at("2026-11-20", 13), progress: 45, pendampingId: "P1" },
      { visitDay: d("2026-11-19"), submittedAt: at("2026-11-20", 14), progress: 44, pendampingId: "P1" },
    ));
    expect(statuses).toEqual(["Valid", "Valid", "Peringatan PROGRESS_DECREASED"]);
    expect(latest?.row).toBe(2);
  });

  test("a correction is not compared with the report it replaces", () => {
    const { statuses } = run(rows(on("2026-11-19", { progress: 40 }), on("2026-11-20", { progress: 45 }), on("2026-11-20", { progress: 41 })));
    // 41 is below the replaced 45 but above 40 on the day before: no warning.
    expect(statuses).toEqual(["Valid", "Dikoreksi CORRECTED", "Valid"]);
  });

  test("a report long after the last one is still compared with it", () => {
    const { statuses } = run(rows(on("2026-10-01", { progress: 40 }), on("2026-11-20", { progress: 20, stage: "PONDASI" })));
    expect(statuses[1]).toBe("Peringatan PROGRESS_DECREASED");
  });
});

describe("repeats", () => {
  test("an identical repeat is Duplikat and names the earlier row", () => {
    const same = on("2026-11-20", { obstacles: "hujan" });
    const { results } = run(rows(same, { ...same, submittedAt: at("2026-11-20", 18) }));
    expect(results.map((r) => r.status)).toEqual(["Valid", "Duplikat"]);
    expect(results[1]?.findings).toEqual([{ code: "DUPLICATE", severity: "info", params: { row: 2 } }]);
  });

  test("a duplicate also lists the warnings it carries, and Duplikat wins over Peringatan", () => {
    const same = on("2026-11-20", { landArea: 10 });
    expect(run(rows(same, same)).statuses).toEqual(["Peringatan LAND_TOO_SMALL", "Duplikat DUPLICATE,LAND_TOO_SMALL"]);
  });

  test("different answers for the same key correct the earlier report", () => {
    const { results, latest } = run(rows(on("2026-11-20", { progress: 40 }), on("2026-11-20", { progress: 42 })));
    expect(results[0]).toMatchObject({ row: 2, status: "Dikoreksi", findings: [{ code: "CORRECTED", severity: "info", params: { row: 3 } }] });
    expect(results[0]?.submittedAt).toBe(at("2026-11-20", 12));
    expect(results[1]?.status).toBe("Valid");
    expect(latest).toMatchObject({ row: 3, progress: 42 });
  });

  test("other pendamping, cooperative or day are not repeats", () => {
    const { statuses } = run(rows(
      on("2026-11-20"), on("2026-11-20", { pendampingId: "P2" }), on("2026-11-20", { koperasiId: "K2" }), on("2026-11-19"),
    ));
    expect(statuses).toEqual(["Valid", "Peringatan NOT_ASSIGNED", "Valid", "Valid"]);
  });

  test("a rejected report neither duplicates nor corrects, nor is corrected", () => {
    const bad = on("2026-11-20", { progress: 140 });
    const good = on("2026-11-20", { progress: 40 });
    expect(run(rows(bad, bad, good, bad, good)).statuses).toEqual([
      "Ditolak PROGRESS_OUT_OF_RANGE", "Ditolak PROGRESS_OUT_OF_RANGE", "Valid", "Ditolak PROGRESS_OUT_OF_RANGE", "Duplikat DUPLICATE",
    ]);
  });

  test("correcting a report that is not the latest keeps the latest", () => {
    const { results, latest } = run(rows(
      on("2026-11-18", { progress: 30 }),
      on("2026-11-20", { pendampingId: "P2", progress: 40 }),
      { visitDay: d("2026-11-18"), submittedAt: at("2026-11-20", 15), progress: 35 },
    ));
    expect(results.map((r) => r.status)).toEqual(["Dikoreksi", "Peringatan", "Valid"]);
    expect(results[0]?.findings[0]?.params).toEqual({ row: 4 });
    expect(latest).toMatchObject({ row: 3, progress: 40 });
  });

  test("after a correction, a repeat is compared with the correcting report", () => {
    const a = on("2026-11-20", { progress: 40 });
    const b = on("2026-11-20", { progress: 42 });
    expect(run(rows(a, b, b)).statuses).toEqual(["Dikoreksi CORRECTED", "Valid", "Duplikat DUPLICATE"]);
    const again = run(rows(a, b, a));
    expect(again.statuses).toEqual(["Dikoreksi CORRECTED", "Dikoreksi CORRECTED", "Valid"]);
    expect(again.results[1]?.findings[0]?.params).toEqual({ row: 4 });
  });

  test("a repeat after the report window is rejected as too old, not a duplicate", () => {
    const same = on("2026-11-10");
    const { statuses } = run(rows(same, { ...same, submittedAt: at("2026-11-18") }));
    expect(statuses).toEqual(["Valid", "Ditolak VISIT_TOO_OLD"]);
  });
});

describe("latest report and how long its progress has not changed", () => {
  test("progressSinceDay is the first day of the unbroken run", () => {
    const reports = rows(
      on("2026-11-10", { progress: 40 }), on("2026-11-12", { progress: 50 }), on("2026-11-14", { progress: 50 }),
      on("2026-11-16", { progress: 50, pendampingId: "P2" }),
    );
    expect(run(reports).latest).toMatchObject({ row: 5, visitDay: d("2026-11-16"), pendampingId: "P2", progressSinceDay: d("2026-11-12") });
    // A late report for 11/11 at 50 extends the run backwards.
    const late = [...reports, aReport({ row: 6, visitDay: d("2026-11-11"), submittedAt: at("2026-11-16", 15), progress: 50 })];
    expect(run(late).latest?.progressSinceDay).toBe(d("2026-11-11"));
    // Correcting 12/11 to 45 breaks it: the run now starts on 14/11.
    const fixed = [...late, aReport({ row: 7, visitDay: d("2026-11-12"), submittedAt: at("2026-11-16", 16), progress: 45 })];
    expect(run(fixed).latest?.progressSinceDay).toBe(d("2026-11-14"));
  });

  test("a long unchanged run survives the state being trimmed, and the state stays small", () => {
    const reports: Partial<Report>[] = [on("2026-08-31", { progress: 10, stage: "PERSIAPAN" })];
    for (let i = 0; i < 60; i++) {
      const day = new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10);
      reports.push(on(day, { progress: 20, stage: "PONDASI" }), on(day, { pendampingId: "P2", progress: 20, stage: "PONDASI" }));
    }
    const { latest, states } = run(rows(...reports));
    expect(latest).toMatchObject({ progress: 20, progressSinceDay: d("2026-09-01"), visitDay: d("2026-10-30") });
    const state = states.get("K1")!;
    expect(state.reports.length).toBeLessThanOrEqual(2 * 8 + 1);
    expect(encodeState(state).length).toBeLessThan(1500);
  });

  test("a cooperative with no counted report has no latest report", () => {
    const { states } = run(rows(on("2026-11-20", { progress: 140 })));
    expect(states.has("K1")).toBe(false);
    expect(latestReportOf(undefined)).toBeNull();
  });
});

test("decimal progress: a jump of exactly 30 points is not more than 30", () => {
  const { statuses } = run(rows(on("2026-11-19", { progress: 40.3 }), on("2026-11-20", { progress: 70.3, stage: "ATAP" })));
  expect(statuses).toEqual(["Valid", "Valid"]);
});
