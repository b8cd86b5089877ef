// Benchmark case: the first `Arsipkan laporan lama` of a workbook that holds a daily-reporting year (or the
// days given) and never archived (an agency turning the archive on late). The year is typed through the form's row
// layout and its `Log` rows (one per submit, one per hourly run) pasted uncounted, the sheets laid out by
// a first rebuild (setup, not measured); then the archive from the menu with the time budget at 0, so
// every execution does one range, continued by the hourly trigger as in a workbook: each execution is
// measured as the execution it is, and the workbook's cells (every sheet's rows × columns) before and after.
import { join } from "node:path";
import { generateProvince } from "../sample";
import { pasteRows, sampleWorkbook, typeSetting } from "../sample/workbook";
import { typeDailyYear } from "../sample/dailyYear";
import type { CellValue } from "../../src/core/model";
import { SHEET_BOOK_PROPERTY } from "../../src/adapters/sheetBook";
import { emit, peakMb, timed, medianCpu } from "./measure";
import { estimateMs } from "./costModel";

const CODE = join(process.cwd(), "dist/Code.js");
const ADMIN = "admin@diskop.example.go.id";
const HOUR = 3_600_000;
const LIMIT = 10_000_000;

interface GridSheet { __name: string; __formUrl?: string; __grid: { maxRows: number; maxCols: number; lastRow(): number; value(r: number, c: number): unknown }; __values(): CellValue[][] }

const fmt = (n: number) => n.toLocaleString("en-US");

export function firstArchive(size: string, sites: number, endDay: string, days = 365): void {
  const sample = generateProvince({ province: "NTB", seed: 1, days: 1, endDay });
  const end = Date.parse(`${endDay}T12:00:00+08:00`);
  const driver = sampleWorkbook(sample, { codePath: CODE, user: ADMIN, now: new Date(end) });
  for (const [k, v] of [["ARSIP_BIGQUERY", "Ya"], ["ARSIP_PROYEK", "kdkmp-ntb"], ["ARSIP_DATASET", "kdkmp"]]) typeSetting(driver, k!, v!);
  driver.runtime.bigquery.datasets.add("kdkmp-ntb:kdkmp");
  const reports = typeDailyYear(driver, sample, { sites, days, endDay });
  const sheets = () => (driver.spreadsheet as unknown as { __sheets: GridSheet[] }).__sheets;
  const props = driver.runtime.properties.document;

  // The sheets as the daily runs left them (one local execution here: the clock stands still).
  driver.newExecution();
  driver.clickMenu("Perbarui status & ringkasan");
  // The year's `Log` rows: each report's submit, and every hourly run.
  const responses = sheets().find((s) => s.__formUrl)!;
  const stamps = responses.__values().slice(1).map((r) => r[0]);
  const log = sheets().find((s) => s.__name === "Log")!;
  const logRows: CellValue[][] = [];
  for (let i = 0; i < stamps.length; i++) {
    const at = stamps[i];
    if (at instanceof Date) logRows.push([at, "(pemicu otomatis)", "Laporan masuk", "OK", `Baris ${i + 2}: Valid`]);
  }
  for (let h = days * 24; h > 0; h--) logRows.push([new Date(end - h * HOUR), "(pemicu otomatis)", "Pemicu per jam", "OK", "Tidak ada laporan baru."]);
  // In time order with the rows the runs so far wrote (the archive sends the oldest rows of the sheet).
  for (const r of log.__values().slice(1)) if (r[0] instanceof Date) logRows.push(r);
  const time = (r: CellValue[]) => (r[0] instanceof Date ? r[0].getTime() : 0);
  logRows.sort((a, b) => time(a) - time(b));
  pasteRows(driver, log.__name, logRows, 2);
  // The adapter re-measures the pasted sheet (it grows it with headroom as its own appends do).
  const book = JSON.parse(props.get(SHEET_BOOK_PROPERTY) ?? "{}") as Record<string, unknown>;
  delete book[log.__name];
  props.set(SHEET_BOOK_PROPERTY, JSON.stringify(book));

  const grid = () => sheets().map((s) => ({ name: s.__name, n: s.__grid.maxRows * s.__grid.maxCols })).sort((a, b) => b.n - a.n);
  const total = (g: ReturnType<typeof grid>) => g.reduce((t, s) => t + s.n, 0);
  const before = grid();
  const rowsBefore = responses.__grid.lastRow();
  const logBefore = log.__grid.lastRow();

  props.set("kdkmp.timeBudgetMs", "0");
  let clock = end + HOUR;
  const parts: { ms: number; cpu: number; calls: number; read: number; written: number; est: number; what: string; top: string }[] = [];
  for (let k = 0; k < 120; k++) {
    driver.newExecution();
    driver.ledger.reset();
    clock += 5 * 60_000;
    driver.runtime.clock.set(clock);
    // The menu starts it; the hourly trigger (fired every 5 minutes here) continues it.
    const ms = timed(1, () => (k === 0 ? driver.clickMenu("Arsipkan laporan lama") : driver.fireTimeTriggers(new Date(clock))))[0]!;
    const l = driver.ledger;
    const cpu = medianCpu();
    const top = [...l.cellsByCall].map(([c, v]) => ({ c, n: v.read + v.written })).sort((a, b) => b.n - a.n).slice(0, 3)
      .map(({ c, n }) => `${c} ${fmt(n)}`).join(", ");
    const what = String(log.__grid.value(log.__grid.lastRow(), 5) ?? "").split("\n")[0]!.slice(0, 70);
    parts.push({ ms, cpu, calls: l.total(), read: l.cellsRead, written: l.cellsWritten, est: estimateMs(l.total(), l.cellsRead, l.cellsWritten, cpu) ?? 0, what, top });
    if (!props.get("kdkmp.cursor")) break;
  }
  props.delete("kdkmp.timeBudgetMs");
  const worst = parts.reduce((a, b) => (b.est > a.est ? b : a));
  const all = parts.reduce((t, p) => t + p.est, 0);
  const span = (f: (p: (typeof parts)[number]) => number) =>
    `${fmt(parts.reduce((m, p) => Math.min(m, f(p)), Infinity))}–${fmt(parts.reduce((m, p) => Math.max(m, f(p)), 0))}`;
  const after = grid();
  emit({ size, case: "first archive of the year, worst execution (one range each)", runs: parts.length, medianMs: worst.ms, cpuMs: worst.cpu, peakMb: peakMb(),
    calls: worst.calls, cellsRead: worst.read, cellsWritten: worst.written, top: worst.top,
    note: `"${worst.what}"; executions: ${parts.length} (time budget 0), est. ${fmt(Math.round(all / 1000))} s in all; ` +
      `per execution est. s: ${parts.map((p) => (p.est / 1000).toFixed(1)).join(" ")}; read ${span((p) => p.read)}, written ${span((p) => p.written)} cells, calls ${span((p) => p.calls)}; ` +
      `archive job ${props.get("kdkmp.archiveJob") ? "still recorded" : "ended"}` });
  emit({ size, case: "workbook cells before / after the first archive", runs: 1, medianMs: 0, peakMb: peakMb(), calls: null, cellsRead: null, cellsWritten: null,
    note: `${fmt(reports)} reports; before ${fmt(total(before))} cells (margin ${fmt(LIMIT - total(before))} to 10 M; ` +
      `${before.slice(0, 5).map((s) => `${s.name} ${fmt(s.n)}`).join(", ")}); after ${fmt(total(after))} ` +
      `(${after.slice(0, 5).map((s) => `${s.name} ${fmt(s.n)}`).join(", ")}); report rows ${fmt(rowsBefore - 1)} → ${fmt(responses.__grid.lastRow() - 1)}, ` +
      `Log rows ${fmt(logBefore - 1)} → ${fmt(log.__grid.lastRow() - 1)}` });
}
