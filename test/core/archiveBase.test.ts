// The archive base (issue 17; its digest form: issue 13): a fold started from the states after the archived
// rows, its results carrying the archived rows' digest, equals the fold over every row (rows re-based):
// the same results for the rows that stay, the same states, and the same digest (what every output sheet
// is made from) on any later day, whatever is archived and however often; the base survives its text form
// (the hidden sheet's cells), does not grow with the rows archived, and a base of the first format still reads.
import * as fc from "fast-check";
import { LAND_STATUSES, STAGES, type Report, type ValidationResult } from "../../src/core/model";
import {
  archivedCounts, baseFromDigest, baseFromText, baseToText, cellsToText, cloneState, nextBase, shiftReasons, shiftResult, shiftState, textToCells,
  type ArchiveBase,
} from "../../src/core/archive/base";
import { CORRECTABLE_ROWS, digestFold, digestResults, emptyDigest, mergeDigests } from "../../src/core/digest";
import { isCounted } from "../../src/core/model";
import type { CoopValidationState } from "../../src/core/validation/state";
import { validateAll, validateRange } from "../../src/core/validation/validate";
import { stateToJson } from "../../src/core/validation/stateJson";
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

const copies = (reports: readonly Report[], by = 0): Report[] => reports.map((r) => ({ ...r, row: r.row - by }));

/** Archives response rows 2..n+1 of `reports` (rows as the sheet numbers them now) on top of `prev`, on `day`. */
function archive(reports: readonly Report[], n: number, prev: ArchiveBase | null, day: number): ArchiveBase {
  const full = validateAll(copies(reports), registry, settings, prev);
  const { states } = validateAll(copies(reports.filter((r) => r.row <= n + 1)), registry, settings, prev);
  const text = baseToText(nextBase(prev, n, states, full.results, day, settings));
  return baseFromText(cellsToText(textToCells(text, 97)))!;
}

/** A base as the first format wrote it: the archived rows' results themselves (rows 2..n+1 moved up by n). */
function firstFormat(reports: readonly Report[], n: number): ArchiveBase {
  const full = validateAll(copies(reports), registry, settings);
  const { states } = validateAll(copies(reports.filter((r) => r.row <= n + 1)), registry, settings);
  const statuses = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"];
  const r = full.results.filter((x) => x.row <= n + 1).map((x) => shiftResult(x, n)).map((x) => {
    const c: unknown[] = [x.row, x.submittedAt, x.koperasiId, x.pendampingId, x.visitDay, statuses.indexOf(x.status)];
    if (x.findings.length > 0) c.push(x.findings);
    return c;
  });
  const s = [...states].map(([id, st]) => [id, stateToJson(shiftState(st, n))]);
  return baseFromText(JSON.stringify({ v: 1, a: n, s, r }))!;
}

const days = fc.record({ first: fc.integer({ min: -5, max: 200 }), gap: fc.nat(40), later: fc.nat(40) });

test("the fold from an archive base equals the fold over every row, moved up: results that stay, states, and the digest on any later day", () => {
  fc.assert(fc.property(fc.array(answers, { maxLength: 60 }), fc.nat(60), fc.nat(60), days, (list, a, b, when) => {
    const reports = build(list);
    const whole = validateAll(copies(reports), registry, settings);
    const n1 = Math.min(a, reports.length);
    const n2 = Math.min(b, reports.length - n1);
    // Two archive runs on two days: n1 rows, then n2 more from what was left; the tables are made later still.
    const day1 = START + when.first;
    const day2 = day1 + when.gap;
    const today = day2 + when.later;
    const first = archive(reports, n1, null, day1);
    const left = copies(reports.filter((r) => r.row > n1 + 1), n1);
    const second = archive(left, n2, first, day2);
    const now = copies(left.filter((r) => r.row > n2 + 1), n2);
    const after = validateAll(now, registry, settings, second);
    const n = n1 + n2;
    const moved = whole.results.map((r) => shiftResult(r, n));
    expect(after.results).toEqual(moved.filter((r) => r.row >= 2));
    expect([...after.states]).toEqual([...whole.states].map(([id, s]) => [id, shiftState(s, n)]));
    expect(digestFold(after, settings, today)).toEqual(digestResults(moved, settings, today));
    expect(second.archived).toBe(n);
    // The base keeps no results: its digest is the archived rows' digest.
    const archivedOnly = digestResults(moved.filter((r) => r.row < 2), settings, today);
    expect(second.results).toEqual([]);
    expect(digestFold({ results: second.results, archived: second.digest }, settings, today)).toEqual(archivedOnly);
    expect(archivedCounts(second)).toEqual(archivedOnly.counts);
  }), { numRuns: 300 });
});

test("a base of the first format (the archived results themselves) still reads, and the next archive writes the digest form with the same outcome", () => {
  fc.assert(fc.property(fc.array(answers, { maxLength: 50 }), fc.nat(50), fc.nat(50), days, (list, a, b, when) => {
    const reports = build(list);
    const n1 = Math.min(a, reports.length);
    const n2 = Math.min(b, reports.length - n1);
    const day = START + when.first + when.gap;
    const today = day + when.later;
    const old = firstFormat(reports, n1);
    const digestForm = archive(reports, n1, null, START + when.first);
    expect(old.digest).toBeNull();
    const left = copies(reports.filter((r) => r.row > n1 + 1), n1);
    // Read as it is: the same outcome as the digest form.
    const fromOld = validateAll(left, registry, settings, old);
    const fromNew = validateAll(left, registry, settings, digestForm);
    expect(digestFold(fromOld, settings, today)).toEqual(digestFold(fromNew, settings, today));
    expect([...fromOld.states]).toEqual([...fromNew.states]);
    // The next archive run writes the second format, equal to one archived in it from the start.
    const next = archive(left, n2, old, day);
    expect(baseToText(next)).toMatch(/^\{"v":2,/);
    const rest = copies(left.filter((r) => r.row > n2 + 1), n2);
    expect(digestFold(validateAll(rest, registry, settings, next), settings, today))
      .toEqual(digestFold(validateAll(rest, registry, settings, archive(left, n2, digestForm, day)), settings, today));
  }), { numRuns: 200 });
});

test("the base does not grow with the rows archived (past the last CORRECTABLE_ROWS, which a later report may still correct)", () => {
  const many = (count: number): Report[] => Array.from({ length: count }, (_, i) => {
    const day = START + Math.floor(i / 3);
    const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    return aReport({
      row: i + 2, submittedAt: at(iso, 8 + (i % 3)), visitDay: day, koperasiId: ["K1", "K2", "K3"][i % 3]!,
      pendampingId: ["P1", "P2"][i % 2]!, progress: Math.min(100, Math.floor(i / 30)), stage: STAGES[1]!, landStatus: "SIAP",
    });
  });
  const size = (count: number) => baseToText(archive(many(count), count, null, START + Math.floor(count / 3) + 40)).length;
  const [small, large] = [size(CORRECTABLE_ROWS + 100), size(4 * CORRECTABLE_ROWS)];
  expect(Math.abs(large - small)).toBeLessThan(small * 0.05);
});

test("the base's text fits in cells that never begin like a formula and come back whole", () => {
  const text = `{"x":"=a🙂${"b".repeat(50)}🙂"}`;
  for (const size of [1, 2, 3, 7]) {
    const cells = textToCells(text, size);
    expect(cells.every((c) => c.startsWith("B") && c.length <= Math.max(size, 2) + 1)).toBe(true);
    expect(cellsToText(cells)).toBe(text);
  }
  expect(baseFromText("{broken")).toBeNull();
  expect(baseFromText('{"v":2,"a":1,"s":[],"d":{"v":1}}')).toBeNull();
});

test("the base built range by range (the archive job: states folded and digests merged per range, statuses as Validasi shows them) equals the base built in one go", () => {
  fc.assert(fc.property(fc.array(answers, { maxLength: 60 }), fc.nat(60), fc.nat(60), fc.integer({ min: 1, max: 9 }), days, (list, a, b, size, when) => {
    const reports = build(list);
    const n1 = Math.min(a, reports.length);
    const day1 = START + when.first;
    const day2 = day1 + when.gap;
    const prev = n1 > 0 ? archive(reports, n1, null, day1) : null;
    const left = copies(reports.filter((r) => r.row > n1 + 1), n1);
    const n2 = Math.min(b, left.length);
    // In one go (the archive before this issue): the full run's results, the states after the block.
    const full = validateAll(copies(left), registry, settings, prev);
    const { states } = validateAll(copies(left.filter((r) => r.row <= n2 + 1)), registry, settings, prev);
    const oneGo = nextBase(prev, n2, states, full.results, day2, settings);
    // In ranges of `size` rows, as the job's sending steps do.
    const shown = new Map(full.results.map((r) => [r.row, r.status]));
    const carried = new Map<string, CoopValidationState>();
    if (prev) for (const [id, st] of prev.states) carried.set(id, cloneState(st));
    let digest = emptyDigest(settings, day2);
    for (let from = 2; from <= n2 + 1; from += size) {
      const chunk = copies(left.filter((r) => r.row >= from && r.row < Math.min(from + size, n2 + 2)));
      const results = validateRange(chunk, registry, settings, carried).results.map((x): ValidationResult =>
        shown.get(x.row) === "Dikoreksi" && isCounted(x.status) ? { ...x, status: "Dikoreksi", findings: [] } : x);
      digest = mergeDigests(digest, digestResults(results, settings, day2));
    }
    expect(baseToText(baseFromDigest(prev, n2, carried, digest, settings))).toEqual(baseToText(oneGo));
  }), { numRuns: 300 });
});

test("reasons name rows by their numbers once rows moved up, and archived rows as such", () => {
  expect(shiftReasons("Laporan sama persis dengan laporan baris 12 dan tidak dihitung lagi.", 5)).toBe("Laporan sama persis dengan laporan baris 7 dan tidak dihitung lagi.");
  expect(shiftReasons("Progres turun (01/11/2026, baris 6); periksa angka progres.", 5)).toBe("Progres turun (01/11/2026, laporan yang sudah diarsipkan); periksa angka progres.");
  expect(shiftReasons("Tanggal kunjungan kosong.", 5)).toBe("Tanggal kunjungan kosong.");
});
