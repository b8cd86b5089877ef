// runDemo: the sample province (or an --input workbook) through the real bundle, with the console report.
import { existsSync } from "node:fs";
import { Driver } from "../../runtime/driver";
import { generateProvince } from "../sample";
import { parseArgs, type DemoOptions } from "./args";
import { runInput } from "./input";
import { readBack, writeOutputs, type Readback, type Written } from "./outputs";
import { writeMails } from "./mails";
import { ensureOutDir } from "./files";
import { DEMO_TEXT } from "./text";
import { adminOf, addDays, click, newExecution, playAgency, wita, type Timings } from "./play";
import { callDiff, callLines, funnelLines, idNumber, ringkasanLines, seconds, statusLine, type CallDiff } from "./report";

export type { DemoOptions } from "./args";

export interface DemoResult extends Written, Readback {
  mode: "sample" | "input";
  submissions: number;
  /** Service calls of the final `Perbarui status & ringkasan`. */
  finalRebuild: CallDiff;
  finalRebuildMs: number;
  wallMs: number;
  timings: Timings | null;
  /** --input: the add-on's messages (Log rows and alerts) in the order they came. */
  messages: string[];
  /** --input: true when the input file's bytes and mtime were the same afterwards. */
  inputUnchanged: boolean | null;
  /** Actions that ended `Gagal` (the workbook is then written as `-gagal.xlsx`, and the command exits 1). */
  failedActions: string[];
}

export function assertBundle(codePath: string): void {
  if (!existsSync(codePath)) throw new Error(DEMO_TEXT.noBundle(codePath));
}

export async function runDemo(partial: Partial<DemoOptions> = {}): Promise<DemoResult> {
  const opts: DemoOptions = { ...parseArgs([]), ...partial };
  assertBundle(opts.codePath);
  ensureOutDir(opts.outDir); // before the long run: a bad --out is said at once
  return opts.input ? runInput(opts) : runSample(opts);
}

async function runSample(opts: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const { print } = opts;
  const sample = generateProvince({ province: opts.province, seed: opts.seed, days: opts.days, endDay: opts.endDay, scale: opts.scale });
  const firstDay = addDays(opts.endDay, -(opts.days - 1));
  print(`${sample.province.name}: ${idNumber(sample.koperasiRows.length - 1)} koperasi, ` +
    `${idNumber(sample.pendampingRows.length - 1)} pendamping, ${idNumber(sample.submissions.length)} laporan ` +
    `(${firstDay} s.d. ${opts.endDay}, seed ${opts.seed})`);
  const driver = new Driver({ codePath: opts.codePath, user: adminOf(sample.province.code), now: wita(firstDay, "08:00") });
  // The agency's account is taken to be Google Workspace (1,500 email recipients a day; the runtime's quota does not refresh by itself).
  driver.runtime.mail.remaining = 1500 * (opts.days + 1);
  const timings = playAgency(driver, sample, firstDay, opts.endDay, opts.progress);

  // The next morning a person opens the menu: one full rebuild, counted on its own.
  driver.runtime.clock.set(wita(addDays(opts.endDay, 1), "08:00"));
  newExecution(driver);
  const before = driver.ledger.snapshot();
  const rebuildStart = performance.now();
  click(driver, "Perbarui status & ringkasan", { reload: false });
  const finalRebuildMs = performance.now() - rebuildStart;
  const finalRebuild = callDiff(before, driver.ledger.snapshot());

  const rb = readBack(driver);
  const notes: string[] = [];
  const rows = Object.values(rb.validasi).reduce((s, n) => s + n, 0);
  if (rows !== sample.submissions.length) {
    notes.push(`Validasi berisi ${rows} baris untuk ${sample.submissions.length} laporan yang dikirim.`);
  }
  const subtitle = `Data contoh ${sample.province.code} (seed ${opts.seed}, ${opts.days} hari s.d. ${opts.endDay}, ` +
    `${sample.submissions.length} laporan), dibuat oleh npm run demo di runtime Apps Script lokal.`;
  const written = await writeOutputs(driver, opts.outDir, "pantau-kdkmp-demo.xlsx", rb, subtitle, notes);
  const mails = writeMails(driver, opts.outDir);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);

  if (rb.ringkasan) for (const l of ringkasanLines(rb.ringkasan)) print(l);
  if (rb.ringkasan) for (const l of funnelLines(rb.ringkasan)) print(l);
  if (rb.ringkasan?.updatedLine) print(rb.ringkasan.updatedLine);
  print(statusLine(rb.validasi));
  const expected = Object.entries(sample.expectations.statuses).filter(([k, n]) => (rb.validasi[k] ?? 0) !== n);
  print(expected.length === 0 ? "Status Validasi sama dengan yang ditanam generator contoh."
    : `Berbeda dari yang ditanam generator: ${expected.map(([k, n]) => `${k} ${rb.validasi[k] ?? 0} (harapan ${n})`).join(", ")}`);
  for (const n of notes) print(n);
  for (const l of callLines("Perbarui status & ringkasan terakhir", finalRebuild)) print(l);
  print(`Waktu: persiapan ${seconds(timings.setupMs)}, ${timings.submits} kiriman formulir ${seconds(timings.submitMs)}, ` +
    `${timings.triggerRuns} pemicu per jam ${seconds(timings.triggerMs)}, muat ulang skrip ${seconds(timings.reloadMs)}, ` +
    `pembaruan akhir ${seconds(finalRebuildMs)}; total ${seconds(wallMs)} (CPU ${seconds((cpu.user + cpu.system) / 1000)})`);
  print(`Ditulis: ${written.xlsxPath}`);
  print(`Ditulis: ${written.htmlPath}`);
  print(`Ditulis: ${mails.count} email umpan balik ke pendamping di ${mails.dir}`);
  return {
    mode: "sample", ...written, ...rb, submissions: sample.submissions.length, finalRebuild, finalRebuildMs, wallMs,
    timings, messages: [], inputUnchanged: null, failedActions: [],
  };
}
