// `npm run bench` must keep working: every case of both kinds runs at a tiny size and prints its row.
// (The figures themselves are for docs/performance.md, not for assertions: timed tests flake.)
import { coreCases } from "../../scripts/bench/coreCases";
import { runtimeCases } from "../../scripts/bench/runtimeCases";
import { firstArchive } from "../../scripts/bench/firstArchive";
import type { Row } from "../../scripts/bench/measure";

function rowsOf(work: () => void): Row[] {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return lines.join("").split("\n").filter((l) => l.startsWith("BENCH ")).map((l) => JSON.parse(l.slice(6)) as Row);
}

describe("the benchmark", () => {
  it("runs every workbook case in the runtime, with constant service calls", () => {
    const rows = rowsOf(() => runtimeCases("tiny", { province: "NTB", koperasiCount: 40, pendampingCount: 4, days: 5, seed: 3 }, 1));
    expect(rows.map((r) => r.case)).toEqual([
      "first rebuild (lays sheets out)", "full rebuild", "rebuild after a threshold change", "one form submit", "hourly run, nothing new", "catch up 1,000 rows",
      "resumed part (validate all)", "resumed part (validate new)", "resumed part (rebuild reads all)", "resumed part (weekly re-read)", "load the bundle",
    ]);
    const calls = Object.fromEntries(rows.map((r) => [r.case, r.calls]));
    // A resumed part reads its own range, not the history: here one range holds every row, so one execution.
    expect(rows.find((r) => r.case === "resumed part (validate new)")!.note).toMatch(/^executions: 1 /);
    // The first rebuild and the catch-up are ranged jobs too, measured per execution the same way.
    expect(rows.find((r) => r.case === "first rebuild (lays sheets out)")!.note).toMatch(/reports; executions: 1 /);
    expect(rows.find((r) => r.case === "catch up 1,000 rows")!.note).toMatch(/rows again; executions: 1 /);
    expect(calls["full rebuild"]).toBeLessThanOrEqual(62); // the same bound as test/performance/calls.test.ts (docs/performance.md says why it passed 60)
    expect(calls["resumed part (rebuild reads all)"]).toBeLessThanOrEqual(92); // the bound of test/performance/calls.test.ts
    expect(rows.find((r) => r.case === "resumed part (weekly re-read)")!.note).toMatch(/^executions: 1 /);
    expect(calls["one form submit"]).toBeLessThanOrEqual(15);
    // A zone threshold and a colour changed: applied from the kept states, reading what the state path reads.
    const tuned = rows.find((r) => r.case === "rebuild after a threshold change")!;
    expect(tuned.note).toMatch(/applied from the kept states/);
    expect(tuned.cellsRead).toBe(rows.find((r) => r.case === "full rebuild")!.cellsRead);
    for (const r of rows) expect(r.medianMs).toBeGreaterThanOrEqual(0);
  });

  it("runs a daily-reporting year at a tiny size: every site every day", () => {
    const rows = rowsOf(() => runtimeCases("tiny daily", { province: "NTB", koperasiCount: 40, pendampingCount: 4, seed: 3 }, 1,
      { sites: 30, days: 20, endDay: "2026-11-20" }));
    expect(rows[0]!.note).toMatch(/^600 reports; executions: 1 /);
    expect(rows.find((r) => r.case === "hourly run, nothing new")!.cellsRead).toBeGreaterThan(0);
  });

  it("runs the first archive of a history never archived at a tiny size, one range per execution", () => {
    const rows = rowsOf(() => firstArchive("tiny first archive", 12, "2026-11-20", 60));
    expect(rows.map((r) => r.case)).toEqual(["first archive of the year, worst execution (one range each)", "workbook cells before / after the first archive"]);
    // Validation, reports, Log and the deleting step: at least one execution each; the job ends.
    expect(rows[0]!.runs).toBeGreaterThanOrEqual(4);
    expect(rows[0]!.note).toMatch(/archive job ended/);
    // Every report of the months before November goes; November's 20 days stay.
    expect(rows[1]!.note).toMatch(/report rows 720 → 240,/);
  });

  it("runs every national core case at a tiny size", () => {
    const rows = rowsOf(() => coreCases("tiny core", { koperasi: 200, pendamping: 20, reports: 3_000 }, 1));
    expect(rows.map((r) => r.case)).toEqual([
      "full rebuild (core)", "one form submit (core)", "catch up 1,000 rows (core)", "load the bundle",
    ]);
    expect(rows[0]!.note).toMatch(/200 koperasi, 20 pendamping, 3000 reports; read .* s, validate/);
  });
});
