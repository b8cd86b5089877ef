// The two paths agree: validateAll equals validating row by row with the state stored between rows, and both
// equal a brute-force model that keeps every counted report (so trimming the state loses nothing).
import * as fc from "fast-check";
import { STAGES, LAND_STATUSES, type Report, type ValidationResult, type LatestReport } from "../../../src/core/model";
import type { Settings } from "../../../src/core/settings/types";
import { checkReport, warningsOf } from "../../../src/core/validation/rules";
import { latestReportOf, type CoopValidationState, type CountedEntry } from "../../../src/core/validation/state";
import { decodeState, encodeState, stateFromJson } from "../../../src/core/validation/stateJson";
import { validateAll, validateReport } from "../../../src/core/validation/validate";
import { aKoperasi, aPendamping, aRegistry, aReport, at, d, someSettings } from "../../builders/validation";

const registry = aRegistry(
  ["K1", "K2", "K3"].map((id) => aKoperasi({ id })).concat(aKoperasi({ id: "K4", pendampingId: "" })),
  ["P1", "P2", "P3"].map((id) => aPendamping({ id })).concat(aPendamping({ id: "P4", active: false })),
);
const settings = someSettings({ maxReportAgeDays: 3 });
const START = d("2026-11-01");

/** Row by row, the state written to text and read back between rows, as the form-submit trigger does. */
function foldOneByOne(reports: Report[], s: Settings) {
  const results = new Map<number, ValidationResult>();
  const stored = new Map<string, string>();
  for (const report of [...reports].sort((a, b) => a.row - b.row)) {
    const text = stored.get(report.koperasiId);
    const state = text === undefined ? undefined : decodeState(text) ?? undefined;
    const step = validateReport(report, { registry, settings: s, state });
    results.set(report.row, step.result);
    if (step.state) stored.set(report.koperasiId, encodeState(step.state));
    for (const c of step.corrected) results.set(c.row, c.result);
  }
  const latest = new Map<string, LatestReport | null>();
  for (const [id, text] of stored) latest.set(id, latestReportOf(decodeState(text)));
  return { results: [...results.values()].sort((a, b) => a.row - b.row), latest };
}

/** Brute force: keeps every counted report, scans them all. */
function reference(reports: Report[], s: Settings) {
  const results = new Map<number, ValidationResult>();
  const counted = new Map<string, CountedEntry[]>();
  for (const r of [...reports].sort((a, b) => a.row - b.row)) {
    const base = { row: r.row, submittedAt: r.submittedAt, koperasiId: r.koperasiId, pendampingId: r.pendampingId, visitDay: r.visitDay };
    const { rejections, checked } = checkReport(r, registry, s);
    if (!checked) {
      results.set(r.row, { ...base, status: "Ditolak", findings: rejections });
      continue;
    }
    const list = counted.get(r.koperasiId) ?? [];
    counted.set(r.koperasiId, list);
    const same = list.find((e) => e.pid === r.pendampingId && e.day === checked.visitDay);
    let baseline: CountedEntry | undefined;
    for (const e of list) {
      if (e === same || e.day > checked.visitDay) continue;
      if (!baseline || e.day > baseline.day || (e.day === baseline.day && e.row > baseline.row)) baseline = e;
    }
    const warnings = warningsOf(checked, baseline, s);
    if (same && same.hash === r.contentHash) {
      results.set(r.row, { ...base, status: "Duplikat", findings: [{ code: "DUPLICATE", severity: "info", params: { row: same.row }, }, ...warnings] });
      continue;
    }
    if (same) {
      list.splice(list.indexOf(same), 1);
      results.set(same.row, {
        row: same.row, submittedAt: same.at, koperasiId: r.koperasiId, pendampingId: same.pid, visitDay: same.day,
        status: "Dikoreksi", findings: [{ code: "CORRECTED", severity: "info", params: { row: r.row } }],
      });
    }
    list.push({
      row: r.row, day: checked.visitDay, at: checked.submittedAt, pid: r.pendampingId, progress: checked.progress,
      land: checked.landStatus, stage: checked.stage, hash: r.contentHash, since: 0,
      ...(r.obstacleKinds && r.obstacleKinds.length > 0 ? { ob: r.obstacleKinds } : {}),
      ...(r.photoUrl.trim() !== "" ? { ph: r.photoUrl.trim() } : {}),
      ...(typeof r.outletOpen === "boolean" ? { op: r.outletOpen } : {}),
    });
    results.set(r.row, { ...base, status: warnings.length ? "Peringatan" : "Valid", findings: warnings });
  }
  const latest = new Map<string, LatestReport | null>();
  for (const [id, list] of counted) {
    const sorted = [...list].sort((a, b) => a.day - b.day || a.row - b.row);
    const last = sorted[sorted.length - 1];
    if (!last) { latest.set(id, null); continue; }
    let since = last.day;
    for (let i = sorted.length - 2; i >= 0 && sorted[i]!.progress === last.progress; i--) since = sorted[i]!.day;
    latest.set(id, {
      row: last.row, visitDay: last.day, submittedAt: last.at, pendampingId: last.pid, progress: last.progress,
      landStatus: last.land, stage: last.stage, progressSinceDay: since,
      obstacles: last.ob ?? [], photoUrl: last.ph ?? "", outletOpen: last.op ?? null,
    });
  }
  return { results: [...results.values()].sort((a, b) => a.row - b.row), latest };
}

function latestOf(states: Map<string, CoopValidationState>) {
  const out = new Map<string, LatestReport | null>();
  for (const [id, s] of states) out.set(id, latestReportOf(s));
  return out;
}

/** Small value sets, so that repeats, corrections, decreases and long unchanged runs are common. */
const answers = fc.record({
  gap: fc.constantFrom(0, 0, 0, 1, 1, 2, 5),
  back: fc.constantFrom(-1, 0, 0, 1, 2, 3, 4),
  hour: fc.integer({ min: 0, max: 23 }),
  koperasiId: fc.constantFrom("K1", "K1", "K2", "K3", "K4", "K9"),
  pendampingId: fc.constantFrom("P1", "P1", "P2", "P3", "P4"),
  progress: fc.constantFrom(0, 10, 30, 30, 30, 45, 50, 80, 100, 130),
  stage: fc.constantFrom(...STAGES),
  landStatus: fc.constantFrom("SIAP", "SIAP", ...LAND_STATUSES),
  obstacles: fc.constantFrom("", "", "hujan"),
});

type Answers = typeof answers extends fc.Arbitrary<infer T> ? T : never;

function build(list: Answers[], monotonic: boolean): Report[] {
  let day = START;
  return list.map((a, i) => {
    day += a.gap;
    const submitDay = monotonic ? day : START + ((i * 7919) % 20);
    const iso = new Date(submitDay * 86_400_000).toISOString().slice(0, 10);
    return aReport({
      row: i + 2, submittedAt: at(iso, a.hour), visitDay: submitDay - a.back, koperasiId: a.koperasiId,
      pendampingId: a.pendampingId, progress: a.progress, stage: a.stage, landStatus: a.landStatus, obstacles: a.obstacles,
    });
  });
}

test("validateAll equals the row-by-row fold with stored state, in any order of submission times", () => {
  fc.assert(fc.property(fc.array(answers, { maxLength: 80 }), fc.boolean(), (list, monotonic) => {
    const reports = build(list, monotonic);
    const all = validateAll(reports, registry, settings);
    const one = foldOneByOne(reports, settings);
    expect(all.results).toEqual(one.results);
    expect(latestOf(all.states)).toEqual(one.latest);
  }), { numRuns: 300 });
});

test("with submission times in row order, the trimmed state gives the brute-force answer", () => {
  fc.assert(fc.property(fc.array(answers, { maxLength: 80 }), (list) => {
    const reports = build(list, true);
    const all = validateAll(reports, registry, settings);
    const ref = reference(reports, settings);
    expect(all.results).toEqual(ref.results);
    expect(latestOf(all.states)).toEqual(ref.latest);
  }), { numRuns: 400 });
});

test("rows given out of order are validated in row order", () => {
  const reports = build([{ gap: 0, back: 0, hour: 9, koperasiId: "K1", pendampingId: "P1", progress: 30, stage: "STRUKTUR", landStatus: "SIAP", obstacles: "" },
    { gap: 0, back: 0, hour: 9, koperasiId: "K1", pendampingId: "P1", progress: 45, stage: "STRUKTUR", landStatus: "SIAP", obstacles: "" }], true);
  const forward = validateAll(reports, registry, settings).results;
  expect(validateAll([...reports].reverse(), registry, settings).results).toEqual(forward);
  expect(forward.map((r) => r.status)).toEqual(["Dikoreksi", "Valid"]);
});

test("validating the same row twice gives the same result and state", () => {
  const first = aReport({ row: 2, progress: 30 });
  const second = aReport({ row: 3, progress: 35, visitDay: d("2026-11-19") });
  const s1 = validateReport(first, { registry, settings, state: undefined }).state;
  const once = validateReport(second, { registry, settings, state: s1 });
  const twice = validateReport(second, { registry, settings, state: once.state });
  expect(twice.result).toEqual(once.result);
  expect(twice.state).toEqual(once.state);
});

test("a damaged or old stored state reads as none", () => {
  expect(decodeState("")).toBeNull();
  expect(decodeState("{oops")).toBeNull();
  expect(decodeState(JSON.stringify({ v: 0, n: 1, r: [] }))).toBeNull();
  expect(decodeState(JSON.stringify({ v: 1, n: 1, r: [[1, 2, 3]] }))).toBeNull();
});

test("a state reads back from its compact text and from JSON.stringify of the object", () => {
  const reports = build([{ gap: 0, back: 0, hour: 9, koperasiId: "K1", pendampingId: "P1", progress: 30, stage: "STRUKTUR", landStatus: "SIAP", obstacles: "" },
    { gap: 1, back: 0, hour: 9, koperasiId: "K1", pendampingId: "P2", progress: 45, stage: "STRUKTUR", landStatus: "SIAP", obstacles: "" }], true);
  const state = validateAll(reports, registry, settings).states.get("K1")!;
  expect(decodeState(encodeState(state))).toEqual(state);
  expect(stateFromJson(JSON.parse(JSON.stringify(state)))).toEqual(state);
  expect(encodeState(state).length).toBeLessThan(JSON.stringify(state).length * 0.7);
});
