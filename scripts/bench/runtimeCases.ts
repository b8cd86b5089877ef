// Benchmark cases in the local Apps Script runtime (dist/Code.js in a vm, every service call counted):
// a sample province's registry and a year (or month) of reports typed into the response sheet (or a
// daily-reporting year: every site every day), then a full rebuild, one form submit, an hourly run with
// nothing new, a catch-up of 1,000 rows no trigger validated, full validations and the rebuild's full
// read resumed part by part, and loading the bundle.
import { join } from "node:path";
import { generateProvince, type SampleOptions, type Submission } from "../sample";
import { sampleWorkbook, typeSetting } from "../sample/workbook";
import { typeDailyYear, type DailyYear } from "../sample/dailyYear";
import type { CallLedger } from "../../runtime/calls";
import { emit, median, medianCpu, peakMb, timed, type Row } from "./measure";
import { estimateMs } from "./costModel";
import { QUESTIONS } from "../../src/core/text/form";

const CODE = join(process.cwd(), "dist/Code.js");
const ADMIN = "admin@diskop.example.go.id";

/** A later copy of a submission: same answers, visited and sent on `at`. */
function later(s: Submission, at: Date): Record<string, string | string[]> {
  const day = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const answers: Record<string, string | string[]> = { ...s.answers, "Tanggal Kunjungan": day };
  // The sample keeps a checkbox answer as the sheet shows it (joined); Forms takes the ticked choices.
  const kinds = s.answers[QUESTIONS.obstacleKinds];
  if (kinds) answers[QUESTIONS.obstacleKinds] = kinds.split(", ");
  return answers;
}

/** The calls that moved the most cells, e.g. "Range.getValues 1,234 read". */
function topCells(ledger: CallLedger): string {
  return [...ledger.cellsByCall].map(([k, v]) => ({ k, n: v.read + v.written, v }))
    .filter((x) => x.n > 0).sort((a, b) => b.n - a.n).slice(0, 3)
    .map(({ k, v }) => `${k} ${[v.read ? `${v.read.toLocaleString("en-US")} read` : "", v.written ? `${v.written.toLocaleString("en-US")} written` : ""].filter(Boolean).join(", ")}`)
    .join("; ");
}

/** The workbook's cells against Google's 10-million-cell limit (every sheet's rows x columns), per sheet. */
function workbookCells(driver: { spreadsheet: unknown }): string {
  const sheets = (driver.spreadsheet as { __sheets: { __name: string; __grid: { maxRows: number; maxCols: number } }[] }).__sheets;
  const sizes = sheets.map((s) => ({ name: s.__name, n: s.__grid.maxRows * s.__grid.maxCols })).sort((a, b) => b.n - a.n);
  const total = sizes.reduce((t, s) => t + s.n, 0);
  return `${total.toLocaleString("en-US")} cells (${sizes.slice(0, 4).map((s) => `${s.name} ${s.n.toLocaleString("en-US")}`).join(", ")})`;
}

export function runtimeCases(size: string, options: SampleOptions, runs: number, daily?: DailyYear): void {
  const sample = generateProvince(daily ? { ...options, days: 1, endDay: daily.endDay } : options);
  const end = Date.parse(`${daily?.endDay ?? options.endDay ?? "2026-11-20"}T12:00:00+08:00`);
  const driver = sampleWorkbook(sample, { codePath: CODE, user: ADMIN, now: new Date(end) });
  const form = driver.linkedForm() as { __submit(a: Record<string, string | string[]>, at: Date, o?: object): unknown };
  // The reports as Forms wrote them; no trigger ran (the first rebuild validates them all).
  let rows = 0;
  if (daily) rows = typeDailyYear(driver, sample, daily);
  else for (const s of sample.submissions) form.__submit(s.answers, new Date(s.at), { validate: false });
  if (!daily) rows = sample.submissions.length;
  const ledger = driver.ledger;
  const counts = (): Pick<Row, "calls" | "cellsRead" | "cellsWritten" | "top"> =>
    ({ calls: ledger.total(), cellsRead: ledger.cellsRead, cellsWritten: ledger.cellsWritten, top: topCells(ledger) });
  const fresh = () => {
    driver.newExecution();
    ledger.reset();
  };

  // A ranged job (a full validation, the rebuild's full read, the first rebuild, a catch-up) one range per
  // execution (time budget 0), as Apps Script runs it: the local clock stands still within an execution,
  // so with the usual budget every range would be folded in one. The worst part's calls and cells, how
  // many executions, and the estimate of all of them. `step` is the clock's move before each part: an
  // hour where the next hourly trigger takes the job on, less where later cases need the same day.
  const props = driver.runtime.properties.document;
  let clock = end;
  const inParts = (name: string, start: () => void, step = 3_600_000, note = ""): void => {
    props.set("kdkmp.timeBudgetMs", "0");
    const parts: Array<Pick<Row, "calls" | "cellsRead" | "cellsWritten" | "top"> & { ms: number; cpu: number }> = [];
    const part = (work: () => void) => {
      clock += step;
      driver.runtime.clock.set(clock);
      fresh();
      const ms = timed(1, work)[0]!;
      parts.push({ ...counts(), ms, cpu: medianCpu() });
    };
    part(start);
    while (props.has("kdkmp.cursor") && parts.length < 200) part(() => driver.fireTimeTriggers(new Date(clock)));
    props.delete("kdkmp.timeBudgetMs");
    const est = (p: (typeof parts)[number]) => estimateMs(p.calls, p.cellsRead, p.cellsWritten, p.cpu) ?? 0;
    const worst = parts.reduce((a, b) => (est(b) > est(a) ? b : a));
    const total = parts.reduce((t, p) => t + est(p), 0);
    const range = (f: (p: (typeof parts)[number]) => number | null) => {
      const xs = parts.map((p) => f(p) ?? 0);
      return `${xs.reduce((a, b) => Math.min(a, b)).toLocaleString("en-US")}–${xs.reduce((a, b) => Math.max(a, b)).toLocaleString("en-US")}`;
    };
    const each = parts.map((p) => `${Math.round(est(p) / 100) / 10}`).join(", ");
    emit({ size, case: name, runs: parts.length, medianMs: worst.ms, cpuMs: worst.cpu, peakMb: peakMb(),
      calls: worst.calls, cellsRead: worst.cellsRead, cellsWritten: worst.cellsWritten, top: worst.top ?? "",
      note: `${note}executions: ${parts.length} (one range each, time budget 0); per execution read ${range((p) => p.cellsRead)}, ` +
        `written ${range((p) => p.cellsWritten)} cells, calls ${range((p) => p.calls)}; est. per execution ${each} s; ` +
        `all executions est. ${Math.round(total / 1000)} s` });
  };
  // The reports as Forms wrote them (no trigger ran): the first rebuild validates them all and lays the
  // sheets out. A minute between its parts, so the cases after it run on the same day.
  inParts("first rebuild (lays sheets out)", () => driver.clickMenu("Perbarui status & ringkasan"), 60_000, `${rows} reports; `);
  driver.runtime.clock.set(clock);

  const rebuild = timed(runs, () => driver.clickMenu("Perbarui status & ringkasan"), fresh);
  emit({ size, case: "full rebuild", runs, medianMs: median(rebuild), cpuMs: medianCpu(), peakMb: peakMb(), ...counts(),
    note: `${rows} reports; workbook ${workbookCells(driver)}` });
  // Leadership tunes a zone threshold and a colour before each run (issue 13): the rebuild applies them
  // from the kept states (every `Status Koperasi` row recoloured), without reading the reports again.
  let tune = 0;
  const tuned = timed(runs, () => driver.clickMenu("Perbarui status & ringkasan"), () => {
    typeSetting(driver, "HARI_TANPA_LAPORAN_KUNING", String(5 + (tune % 2)));
    typeSetting(driver, "WARNA_MERAH", tune++ % 2 === 0 ? "#ea9999" : "#f4c7c3");
    fresh();
  });
  const log = (driver.spreadsheet as unknown as { __sheet(n: string): { __values(): unknown[][] } }).__sheet("Log").__values();
  const applied = /diterapkan dari status tersimpan/.test(String(log.at(-1)?.[4] ?? ""));
  emit({ size, case: "rebuild after a threshold change", runs, medianMs: median(tuned), cpuMs: medianCpu(), peakMb: peakMb(), ...counts(),
    note: `HARI_TANPA_LAPORAN_KUNING and WARNA_MERAH changed before each run; ${applied ? "applied from the kept states" : "NOT from the kept states"}` });
  // The rebuild above works from the kept states (issue 13); its full read (every report again) is a job in
  // row ranges, measured part by part below.
  const checkpoint = (driver.spreadsheet as unknown as { __sheet(n: string): { __write(r: number, c: number, v: unknown[][]): void } | null })
    .__sheet("_Ringkasan Internal");

  clock += 60_000;
  const template = sample.submissions.filter((s) => s.kind === "ok");
  let k = 0;
  const submitCalls: number[] = [];
  const colour: boolean[] = [];
  const submit = timed(runs + 4, () => {
    const s = template[k++ % template.length]!;
    driver.submitForm(later(s, new Date(clock)), new Date(clock));
    submitCalls.push(ledger.total());
    colour.push(ledger.count("Range.setBackgrounds") > 0);
  }, () => {
    fresh();
    clock += 60_000;
  });
  // The most any of them made (a submit that changes the zone colour writes it: one call more).
  const most = submitCalls.reduce((a, b) => Math.max(a, b), 0);
  const plain = submitCalls.filter((_, i) => !colour[i]);
  emit({ size, case: "one form submit", runs: runs + 4, medianMs: median(submit), cpuMs: medianCpu(), peakMb: peakMb(), ...counts(), calls: most,
    note: `calls per submit: ${[...new Set(submitCalls)].sort((a, b) => a - b).join(", ")}` +
      (plain.length > 0 ? ` (${plain.reduce((a, b) => Math.max(a, b), 0)} without a zone colour change)` : "") });

  // The first hourly run after the submits writes their Log lines; the next one has nothing new.
  clock += 3_600_000;
  fresh();
  driver.fireTimeTriggers(new Date(clock));
  const idle = timed(runs, () => driver.fireTimeTriggers(new Date(clock)), () => {
    clock += 3_600_000;
    fresh();
  });
  emit({ size, case: "hourly run, nothing new", runs, medianMs: median(idle), cpuMs: medianCpu(), peakMb: peakMb(), ...counts() });

  // 1,000 rows no trigger validated, then the hourly run: a ranged validation from the hour on.
  for (let i = 0; i < 1000; i++) {
    clock += 1_000;
    form.__submit(later(template[k++ % template.length]!, new Date(clock)), new Date(clock), { validate: false });
  }
  inParts("catch up 1,000 rows", () => driver.fireTimeTriggers(new Date(clock)), 3_600_000, "validates all rows again; ");

  inParts("resumed part (validate all)", () => driver.clickMenu("Validasi ulang semua laporan"));
  inParts("resumed part (validate new)", () => driver.clickMenu("Validasi laporan baru"));
  // The rebuild's full read (a setting, the registry or the form changed; no checkpoint; a run cut off):
  // the checkpoint's facts spoilt (uncounted) make the rebuild read every report; the last part writes the outputs.
  inParts("resumed part (rebuild reads all)", () => {
    checkpoint?.__write(2, 1, [["{}"]]);
    driver.clickMenu("Perbarui status & ringkasan");
  });
  // Seven days after the last full read: the state path serves the day, then the full read starts.
  inParts("resumed part (weekly re-read)", () => {
    clock += 7 * 86_400_000;
    driver.runtime.clock.set(clock);
    driver.clickMenu("Perbarui status & ringkasan");
  });

  const load = timed(runs + 2, () => driver.newExecution());
  emit({ size, case: "load the bundle", runs: runs + 2, medianMs: median(load), cpuMs: medianCpu(), peakMb: peakMb(), calls: 0, cellsRead: 0, cellsWritten: 0 });
}
