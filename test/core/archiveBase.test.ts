// The archive base (issue 17): a fold started from the states after the archived rows, with their results
// put first, equals the fold over every row (rows re-based), whatever is archived and however often,
// and the base survives its text form (the hidden sheet's cells).
import * as fc from "fast-check";
import { LAND_STATUSES, STAGES, type Report, type ValidationResult } from "../../src/core/model";
import { baseFromText, baseToText, cellsToText, nextBase, shiftResult, shiftState, textToCells, type ArchiveBase } from "../../src/core/archive/base";
import { validateAll } from "../../src/core/validation/validate";
import { aKoperasi, aPendamping, aRegistry, aReport, at, d, someSettings } from "../builders/validation";

const registry = aRegistry(
  ["K1", "K2", "K3"].map((id) => aKoperasi({ id })),
  ["P1", "P2", "P3"].map((id) => aPendamping({ id })).concat(aPendamping({ id: "P4", active: false })),
);
const settings = someSettings({ maxReportAgeDays: 3 });
const START = d("2026-09-01");

const answers = fc.record({
  gap: fc.constantFrom(0, 0, 1, 1, 2, 5),
  back: fc.constantFrom(-1, 0, 0, 1, 2, 4),
  hour: fc.integer({ min: 0, max: 23 }),
  koperasiId: fc.constantFrom("K1", "K1", "K2", "K3", "K9"),
  pendampingId: fc.constantFrom("P1", "P1", "P2", "P4"),
  progress: fc.constantFrom(0, 10, 30, 30, 45, 100),
  stage: fc.constantFrom(...STAGES),
  landStatus: fc.constantFrom("SIAP", "SIAP", ...LAND_STATUSES),
});
type Answers = typeof answers extends fc.Arbitrary<infer T> ? T : never;

function build(list: Answers[]): Report[] {
  let day = START;
  return list.map((a, i) => {
    day += a.gap;
    const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    return aReport({
      row: i + 2, submittedAt: at(iso, a.hour), visitDay: day - a.back, koperasiId: a.koperasiId,
      pendampingId: a.pendampingId, progress: a.progress, stage: a.stage, landStatus: a.landStatus,
    });
  });
}

/** An archive day before every visit: the base keeps the reasons of every `Peringatan` row. */
const FAR_BACK = START - 100;
const asArchived = (r: ValidationResult): ValidationResult => (r.status === "Peringatan" ? r : { ...r, findings: [] });
const copies = (reports: readonly Report[], by = 0): Report[] => reports.map((r) => ({ ...r, row: r.row - by }));

/** Archives response rows 2..n+1 of `reports` (rows as the sheet numbers them now) on top of `prev`. */
function archive(reports: readonly Report[], n: number, prev: ArchiveBase | null): ArchiveBase {
  const full = validateAll(copies(reports), registry, settings, prev);
  const { states } = validateAll(copies(reports.filter((r) => r.row <= n + 1)), registry, settings, prev);
  const text = baseToText(nextBase(prev, n, states, full.results, FAR_BACK));
  return baseFromText(cellsToText(textToCells(text, 97)))!;
}

test("the fold from an archive base equals the fold over every row, moved up", () => {
  fc.assert(fc.property(fc.array(answers, { maxLength: 60 }), fc.nat(60), fc.nat(60), (list, a, b) => {
    const reports = build(list);
    const whole = validateAll(copies(reports), registry, settings);
    const n1 = Math.min(a, reports.length);
    const n2 = Math.min(b, reports.length - n1);
    // Two archive runs: n1 rows, then n2 more from what was left.
    const first = archive(reports, n1, null);
    const left = copies(reports.filter((r) => r.row > n1 + 1), n1);
    const second = archive(left, n2, first);
    const now = copies(left.filter((r) => r.row > n2 + 1), n2);
    const after = validateAll(now, registry, settings, second);
    const n = n1 + n2;
    expect(after.results).toEqual(whole.results.map((r) => shiftResult(r.row <= n + 1 ? asArchived(r) : r, n)));
    expect([...after.states]).toEqual([...whole.states].map(([id, s]) => [id, shiftState(s, n)]));
    expect(second.archived).toBe(n);
  }), { numRuns: 300 });
});

test("the base keeps a warning's reasons only while Tindak Lanjut may list it (visited within 7 days of the archive)", () => {
  const warn = (day: string): ValidationResult => ({
    row: 2, submittedAt: at(day), koperasiId: "K1", pendampingId: "P1", visitDay: d(day), status: "Peringatan",
    findings: [{ code: "PROGRESS_DECREASED", severity: "warn", params: { progress: 1, previous: 2, previousRow: 1, previousDay: d(day) } }],
  });
  const base = nextBase(null, 2, new Map(), [warn("2026-11-20"), { ...warn("2026-11-27"), row: 3 }], d("2026-12-03"));
  expect(base.results.map((r) => r.findings.length)).toEqual([0, 1]);
  expect(base.results[1]!.findings[0]!.params.previousRow).toBe(-1);
});

test("the base's text fits in cells that never begin like a formula and come back whole", () => {
  const text = `{"x":"=a🙂${"b".repeat(50)}🙂"}`;
  for (const size of [1, 2, 3, 7]) {
    const cells = textToCells(text, size);
    expect(cells.every((c) => c.startsWith("B") && c.length <= Math.max(size, 2) + 1)).toBe(true);
    expect(cellsToText(cells)).toBe(text);
  }
  expect(baseFromText("{broken")).toBeNull();
});
