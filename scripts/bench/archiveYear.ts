// Benchmark case: a daily-reporting year with the monthly archive (ARSIP_BULANAN) through the real bundle.
// Every site reports every day of a calendar year; on the 1st of each month the hourly trigger's runs
// (05.00: catch-up of the month's rows, 06.00: daily run starting the monthly archive, then hourly runs
// continuing it in row ranges, one range per execution) run as in a workbook. The `Log` rows the form submits and the other hourly runs would have added are pasted too
// (uncounted), so the grid is the one Google would count: every sheet's rows × columns, hidden ones included.
import { join } from "node:path";
import { generateProvince } from "../sample";
import { pasteRows, sampleWorkbook, typeSetting } from "../sample/workbook";
import { typeDailyYear } from "../sample/dailyYear";
import { stageFor } from "../sample/sites";
import type { CellValue } from "../../src/core/model";
import { STAGE_LABELS } from "../../src/core/text/sheets";
import { QUESTIONS } from "../../src/core/text/form";
import { SHEET_BOOK_PROPERTY } from "../../src/adapters/sheetBook";
import { emit, peakMb, timed, medianCpu } from "./measure";
import { estimateMs } from "./costModel";

const CODE = join(process.cwd(), "dist/Code.js");
const ADMIN = "admin@diskop.example.go.id";
const DAY = 86_400_000;
const WITA = 8 * 3_600_000;
const LIMIT = 10_000_000;

interface GridSheet { __name: string; __formUrl?: string; __grid: { maxRows: number; maxCols: number; lastRow(): number }; __values(): CellValue[][] }

const fmt = (n: number) => n.toLocaleString("en-US");

export function archiveYear(size: string, sites: number, year: number): void {
  const startDay = `${year}-01-01`;
  const sample = generateProvince({ province: "NTB", seed: 1, days: 1, endDay: startDay });
  const first = Date.parse(`${startDay}T00:00:00Z`) - WITA;
  const driver = sampleWorkbook(sample, { codePath: CODE, user: ADMIN, now: new Date(first + 7 * 3_600_000) });
  for (const [k, v] of [["ARSIP_BIGQUERY", "Ya"], ["ARSIP_PROYEK", "kdkmp-ntb"], ["ARSIP_DATASET", "kdkmp"], ["ARSIP_BULANAN", "Ya"]]) typeSetting(driver, k!, v!);
  const bq = driver.runtime.bigquery;
  bq.datasets.add("kdkmp-ntb:kdkmp");
  // Day 0 through the form (the form's own row layout), as the daily-year bench does; the other days copy it.
  typeDailyYear(driver, sample, { sites, days: 1, endDay: startDay });
  const sheets = () => (driver.spreadsheet as unknown as { __sheets: GridSheet[] }).__sheets;
  const responses = sheets().find((s) => s.__formUrl)!;
  const log = () => sheets().find((s) => s.__name === "Log");
  const all = responses.__values();
  const header = all[0]!;
  const template = all.slice(1, 1 + sites);
  const col = (title: string) => header.indexOf(title);
  const [visit, progress, stage] = [col(QUESTIONS.visitDate), col(QUESTIONS.progress), col(QUESTIONS.stage)];
  const progressOf = (i: number, day: number) => Math.min(100, (i * 7) % 40 + Math.floor((day * 60) / 365));
  const dayRows = (day: number): CellValue[][] => template.map((t, i) => {
    const row = t.slice();
    const p = progressOf(i, day);
    row[0] = new Date(first + day * DAY + 9 * 3_600_000 + i * 30_000);
    const v = t[visit];
    if (v instanceof Date) row[visit] = new Date(v.getTime() + day * DAY);
    row[progress] = p;
    row[stage] = STAGE_LABELS[stageFor(p, "SIAP")];
    return row;
  });
  const grid = () => sheets().map((s) => ({ name: s.__name, n: s.__grid.maxRows * s.__grid.maxCols })).sort((a, b) => b.n - a.n);
  const total = (g: ReturnType<typeof grid>) => g.reduce((t, s) => t + s.n, 0);
  const props = driver.runtime.properties.document;

  let pending: CellValue[][] = [];
  let logRows: CellValue[][] = [];
  const months: string[] = [];
  let peak = { at: "", cells: 0, sheets: "" };
  let worst = { at: "", ms: 0, cpu: 0, calls: 0, read: 0, written: 0, est: 0, what: "", top: "" };
  let allEst = 0;
  let reports = 0;
  let baseChars = 0;
  for (let day = 1; day <= 365; day++) {
    const date = new Date(first + day * DAY + WITA);
    if (date.getUTCDate() === 1) {
      // The month's reports and the Log rows of their submits and of the hourly runs, then the 1st's runs.
      pasteRows(driver, responses.__name, pending, responses.__grid.lastRow() + 1);
      const l = log();
      if (l && logRows.length > 0) {
        pasteRows(driver, l.__name, logRows, l.__grid.lastRow() + 1);
        // The adapter re-measures the pasted sheet (it grows it with headroom as its own appends do).
        const book = JSON.parse(props.get(SHEET_BOOK_PROPERTY) ?? "{}") as Record<string, unknown>;
        delete book[l.__name];
        props.set(SHEET_BOOK_PROPERTY, JSON.stringify(book));
      }
      pending = [];
      logRows = [];
      driver.newExecution();
      driver.fireTimeTriggers(new Date(first + day * DAY + 5 * 3_600_000));
      const before = grid();
      const rowsBefore = responses.__grid.lastRow();
      const label = date.toISOString().slice(0, 10);
      // The archive is a job in row ranges: with the time budget at 0 every execution does one range, as a
      // province several times this size would with the default budget. The 06.00 daily run starts it, and
      // the next hourly runs (fired every 5 minutes here) continue it, then the rebuild after it, then the
      // day's rebuild; each execution is measured as the execution it is.
      props.set("kdkmp.timeBudgetMs", "0");
      const ests: string[] = [];
      let executions = 0;
      for (let k = 0; k < 40; k++) {
        driver.newExecution();
        driver.ledger.reset();
        const ms = timed(1, () => driver.fireTimeTriggers(new Date(first + day * DAY + 6 * 3_600_000 + k * 5 * 60_000)))[0]!;
        const cpu = medianCpu();
        const l = driver.ledger;
        const est = estimateMs(l.total(), l.cellsRead, l.cellsWritten, cpu) ?? 0;
        const what = String(log()?.__values().slice(-1)[0]?.[4] ?? "").split("\n")[0]!.slice(0, 70);
        ests.push(`${(est / 1000).toFixed(1)}`);
        executions++;
        if (est > worst.est) {
          const top = [...l.cellsByCall].map(([c, v]) => ({ c, n: v.read + v.written })).sort((a, b) => b.n - a.n).slice(0, 4)
            .map(({ c, n }) => `${c} ${fmt(n)}`).join(", ");
          worst = { at: label, ms, cpu, calls: l.total(), read: l.cellsRead, written: l.cellsWritten, est, what, top };
        }
        allEst += est;
        if (!props.get("kdkmp.cursor") && props.get("kdkmp.lastDailyRebuild") === label) break;
      }
      props.delete("kdkmp.timeBudgetMs");
      const archived = rowsBefore - responses.__grid.lastRow();
      const after = total(grid());
      const base = sheets().find((s) => s.__name === "_Arsip Dasar");
      // The slot in use (kdkmp.archive names its column): what every full run reads.
      const slot = JSON.parse(props.get("kdkmp.archive") ?? "{}") as { col?: number };
      baseChars = base && slot.col ? base.__values().slice(1).reduce((t: number, r) => t + String(r[slot.col! - 1] ?? "").length, 0) : 0;
      months.push(`${label.slice(5)}: ${fmt(total(before))} → ${fmt(after)} (${fmt(archived)} rows out, base ${fmt(baseChars)} chars; ` +
        `${executions} executions, est. s: ${ests.join(" ")})`);
      if (total(before) > peak.cells) {
        peak = { at: label, cells: total(before), sheets: before.slice(0, 6).map((s) => `${s.name} ${fmt(s.n)}`).join(", ") };
      }
      // BigQuery's copy is not the workbook's: the runtime's table is emptied to spare this process's memory.
      for (const t of ["laporan", "log"]) {
        const table = bq.tables.get(`kdkmp-ntb:kdkmp.${t}`);
        if (table) {
          table.rows.length = 0;
          table.insertIds.clear();
        }
      }
    }
    if (day < 365) {
      const rows = dayRows(day);
      reports += rows.length;
      for (const r of rows) pending.push(r);
      for (let i = 0; i < rows.length; i++) logRows.push([rows[i]![0]!, "(pemicu otomatis)", "Laporan masuk", "OK", `Baris ${i}: Valid`]);
      for (let h = 0; h < 24; h++) logRows.push([new Date(first + day * DAY + h * 3_600_000), "(pemicu otomatis)", "Pemicu per jam", "OK", "Tidak ada laporan baru."]);
    }
  }
  emit({ size, case: "monthly archive, worst execution (one range each)", runs: 1, medianMs: worst.ms, cpuMs: worst.cpu, peakMb: peakMb(),
    calls: worst.calls, cellsRead: worst.read, cellsWritten: worst.written, top: worst.top,
    note: `${worst.at}: "${worst.what}"; every execution of the 1sts from 06.00 (archive, the rebuild after it, the day's rebuild) ` +
      `est. ${fmt(Math.round(allEst / 1000))} s in all over the year (per 1st below)` });
  emit({ size, case: "workbook cells at the peak (before a monthly archive)", runs: 1, medianMs: 0, peakMb: peakMb(), calls: null, cellsRead: null, cellsWritten: null,
    note: `${fmt(reports + sites)} reports in the year; peak ${peak.at}: ${fmt(peak.cells)} cells, margin ${fmt(LIMIT - peak.cells)} to 10 M ` +
      `(${peak.sheets}); the base in use ${fmt(baseChars)} characters; each 1st: ${months.join("; ")}` });
}
