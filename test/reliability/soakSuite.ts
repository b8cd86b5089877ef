// Issue 7 (1): the soak suite, run on two provinces by soak-ntb.test.ts and soak-ntt.test.ts (two
// files, so Jest runs them side by side): together more than 2,000 form submissions through
// dist/Code.js under a seeded mix of faults — Spreadsheet calls that time out, a daily-quota outage,
// rate limits on Properties, a busy lock, submit triggers that fire twice or never. After each hourly
// catch-up (the service healthy again) the agency sees exactly the sheets of a fault-free run:
// nothing lost, nothing counted twice.
import { generateProvince, type SampleOptions } from "../../scripts/sample";
import { records, values } from "../e2e/agency";
import { DAILY_QUOTA, TIMEOUT, play, sampleWorkbook, type Chaos } from "./harness";
import type { Driver } from "../../runtime/driver";


/** What the agency reads: Validasi without `Diproses`, Status Koperasi with zone colours, Ringkasan without `Diperbarui:`. */
function view(driver: Driver): Record<string, unknown> {
  const validasi = values(driver, "Validasi").map((r) => r.slice(0, 7));
  const status = values(driver, "Status Koperasi");
  const grid = (driver.spreadsheet as any).__sheet("Status Koperasi").__grid; // eslint-disable-line @typescript-eslint/no-explicit-any
  const zoneColours = status.map((_, i) => grid.get(i + 1, 13)?.bg ?? null);
  const ringkasan = values(driver, "Ringkasan").filter((r) => !String(r[0]).startsWith("Diperbarui:"));
  return { validasi, status, zoneColours, ringkasan };
}

/** The share of each fault per submission (or trigger run); seeded, so every run plays the same month. */
export const CHAOS: Omit<Chaos, "seed"> = { missed: 0.025, twice: 0.03, busy: 0.025, outage: 0.012, timeouts: 0.004 };

/** Plays `options` clean and under faults; `minimum` submissions at least (the two files add up to 2,000+). */
export function soakSuite(options: SampleOptions, seed: number, minimum: number): void {
  const sample = generateProvince(options);
  const days = options.days ?? 30;
  const START = new Date(Date.parse(`${options.endDay ?? "2026-11-20"}T09:00:00+08:00`) - days * 86_400_000);

describe(`${minimum}+ submissions of ${options.province} under faults`, () => {
  const checkpoints = new Map<string, Record<string, unknown>>();
  let clean: Driver;
  let faulty: Driver;
  let chaosLog: ReturnType<typeof play>;

  beforeAll(() => {
    clean = sampleWorkbook(sample, START);
    play(clean, sample, null, (day) => checkpoints.set(day, view(clean)));
    faulty = sampleWorkbook(sample, START);
    const mismatches: string[] = [];
    chaosLog = play(faulty, sample, { seed, ...CHAOS }, (day) => {
      const expected = checkpoints.get(day);
      const seen = view(faulty);
      if (JSON.stringify(seen) !== JSON.stringify(expected)) mismatches.push(day);
      if (mismatches.length === 1 && mismatches[0] === day) expect(seen).toEqual(expected); // show the first difference
    });
    expect(mismatches).toEqual([]);
  }, 180_000);

  it("plays the reports with every kind of fault happening many times", () => {
    expect(sample.submissions.length).toBeGreaterThanOrEqual(minimum);
    expect(chaosLog.missed).toBeGreaterThan(10);
    expect(chaosLog.twice).toBeGreaterThan(10);
    expect(chaosLog.busy).toBeGreaterThan(10);
    expect(chaosLog.outages).toBeGreaterThan(5);
    expect(chaosLog.failures.length).toBeGreaterThan(5);
  });

  it("ends with exactly the sheets of the fault-free run, one Validasi row per report", () => {
    expect(view(faulty)).toEqual(view(clean));
    const rows = records(faulty, "Validasi");
    expect(rows).toHaveLength(sample.submissions.length);
    expect(rows.map((r) => r.Baris)).toEqual(sample.submissions.map((_, i) => i + 2));
    const expected = sample.submissions.map((s) => s.expect);
    expect(rows.map((r) => r.Status)).toEqual(expected);
  });

  it("records in Log what failed and what was retried", () => {
    const log = records(faulty, "Log");
    const failed = log.filter((r) => r.Hasil === "Gagal").map((r) => String(r.Rincian));
    expect(failed.some((t) => t.includes(DAILY_QUOTA))).toBe(true);
    expect(failed.every((t) => /Layanan Google|Proses lain/.test(t))).toBe(true);
    expect(log.some((r) => String(r.Rincian).includes("diulang setelah gangguan sementara") && String(r.Rincian).includes(TIMEOUT))).toBe(true);
    // The clean run retried nothing and failed nothing.
    expect(records(clean, "Log").filter((r) => r.Hasil === "Gagal")).toEqual([]);
  });
});
}
