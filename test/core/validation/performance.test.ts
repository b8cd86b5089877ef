// A province-sized history validates in well under a second per 100,000 reports (kept modest for 2-core CI).
import type { Report, Stage } from "../../../src/core/model";
import { validateAll } from "../../../src/core/validation/validate";
import { aKoperasi, aPendamping, aRegistry, at, d, someSettings } from "../../builders/validation";
import { STAGES } from "../../../src/core/model";

/** A stage whose default range holds the progress. */
function stageFor(progress: number): Stage {
  const upper = [5, 15, 35, 65, 85, 99, 100];
  return STAGES[upper.findIndex((u) => progress <= u)]!;
}

function history(reportCount: number, coopCount: number) {
  const koperasi = Array.from({ length: coopCount }, (_, i) => aKoperasi({ id: `K${i}`, pendampingId: `P${i % 500}`, row: i + 2 }));
  const pendamping = Array.from({ length: 500 }, (_, i) => aPendamping({ id: `P${i}`, row: i + 2 }));
  const start = d("2026-01-01");
  const reports: Report[] = [];
  let seed = 42;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < reportCount; i++) {
    const submitDay = start + Math.floor((i * 300) / reportCount);
    const coop = rnd(coopCount);
    const progress = Math.min(100, Math.floor(((submitDay - start) * 100) / 300) + rnd(3));
    reports.push({
      row: i + 2, submittedAt: at("2026-01-01", 8) + (submitDay - start) * 86_400_000 + rnd(36_000_000),
      pendampingId: rnd(10) === 0 ? `P${rnd(500)}` : `P${coop % 500}`, koperasiId: `K${coop}`, regency: "Lombok Barat",
      visitDay: submitDay - rnd(2), landStatus: rnd(20) === 0 ? "PROSES" : "SIAP", landArea: rnd(20) === 0 ? 900 : 1200,
      progress, stage: stageFor(progress), obstacles: "", photoUrl: "",
      coordinates: rnd(4) === 0 ? "" : "-8.58, 116.1", problems: [], contentHash: `h${coop}-${progress}-${rnd(3)}`,
    });
  }
  return { registry: aRegistry(koperasi, pendamping), reports };
}

test("200,000 reports over 20,000 cooperatives validate in one pass, without quadratic blow-up", () => {
  const { registry, reports } = history(200_000, 20_000);
  const settings = someSettings();
  validateAll(reports.slice(0, 20_000), registry, settings); // warm up the JIT
  const t0 = Date.now();
  const { results, states } = validateAll(reports, registry, settings);
  const ms = Date.now() - t0;
  expect(results).toHaveLength(200_000);
  expect(states.size).toBeGreaterThan(19_000);
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  expect(counts.get("Valid")).toBeGreaterThan(0);
  expect(counts.get("Peringatan")).toBeGreaterThan(0);
  // A guard against quadratic blow-up (seconds would become minutes), not a benchmark: the figures
  // live in `npm run bench` (docs/performance.md), because timings on a shared 2-core machine vary.
  expect(ms).toBeLessThan(15_000);
});
