// --input: runs the add-on on an exported workbook (never modified) and reports, in Indonesian, what the
// add-on could not read, from the `Log` rows and the alerts it showed.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { Driver } from "../../runtime/driver";
import { createRuntime } from "../../runtime/globals";
import { loadWorkbookXlsx } from "../../runtime/xlsx";
import type { DemoOptions } from "./args";
import type { DemoResult } from "./index";
import { readBack, writeOutputs } from "./outputs";
import { ADMIN, adminOf, message, newExecution } from "./play";
import { guessProvince } from "./province";
import { DEMO_TEXT } from "./text";
import { LOG_RESULT, TEXT } from "../../src/core/text/actions";
import { callDiff, callLines, ringkasanLines, seconds, statusLine } from "./report";
import { logRows, settingText, sheetNames } from "./sheets";

/** Stands in for the agency's form: an export carries no live form link (see linkResponses). */
export const INPUT_FORM_URL = "https://docs.google.com/forms/d/pantau-kdkmp-input-demo/edit";
const FORM_URL_PROPERTY = "kdkmp.formUrl";
const ACTIONS = ["Siapkan lembar kerja", "Perbarui status & ringkasan"];

function fingerprint(path: string): string {
  const st = statSync(path);
  return `${createHash("sha256").update(readFileSync(path)).digest("hex")}:${st.size}:${st.mtimeMs}`;
}

export async function runInput(opts: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const input = resolve(opts.input!);
  if (extname(input).toLowerCase() !== ".xlsx") throw new Error(DEMO_TEXT.inputNotXlsx(input));
  let before: string;
  try {
    before = fingerprint(input);
  } catch {
    throw new Error(DEMO_TEXT.inputUnreadable(input));
  }
  const base = basename(input, extname(input));
  if ([`${base}-hasil.xlsx`, `${base}-gagal.xlsx`].some((n) => resolve(opts.outDir, n) === input)) throw new Error(DEMO_TEXT.inputWouldBeOverwritten);
  const { progress } = opts;
  progress.update(DEMO_TEXT.progressRead(basename(input)));

  const runtime = createRuntime({ user: ADMIN, now: opts.now ?? new Date(), htmlDir: dirname(opts.codePath) });
  try {
    await loadWorkbookXlsx(input, runtime.spreadsheet);
  } catch (err) {
    progress.done();
    if (process.env.DEBUG) console.error(message(err));
    throw new Error(DEMO_TEXT.inputCorrupt(basename(input)));
  }
  const ss = runtime.spreadsheet;
  // Act as the first ADMIN of the workbook's own settings, so admin-only actions are allowed.
  // Without one, the province's administrator (the province typed in NAMA_PROVINSI, or the one its
  // kabupaten/kota belong to), not one fixed address for every workbook.
  const typedProvince = settingText(ss, "NAMA_PROVINSI");
  const guessed = guessProvince(ss);
  const admin = settingText(ss, "ADMIN").split(/[,;\s]+/).find((e) => e.includes("@")) ?? (guessed ? adminOf(guessed.code) : ADMIN);
  runtime.session.activeUser = runtime.session.effectiveUser = admin;
  const notes = [linkResponses(runtime)];
  if (!typedProvince && guessed) notes.push(DEMO_TEXT.provinceGuessed(guessed.name));

  const driver = new Driver({ codePath: opts.codePath, runtime });
  const logName = () => sheetNames(ss).log;
  const logBefore = logRows(ss, logName()).length;
  driver.open();
  let callsBefore = driver.ledger.snapshot();
  let rebuildMs = 0;
  const failedActions: string[] = [];
  for (const caption of ACTIONS) {
    progress.update(DEMO_TEXT.progressAction(caption));
    newExecution(driver);
    const alertsBefore = driver.alerts.length;
    const logBeforeAction = logRows(ss, logName()).length;
    callsBefore = driver.ledger.snapshot();
    const t = performance.now();
    try {
      driver.clickMenu(caption);
    } catch (err) {
      notes.push(`${caption}: berhenti dengan galat: ${message(err)}`);
      failedActions.push(caption);
    }
    rebuildMs = performance.now() - t;
    const failedRow = logRows(ss, logName()).slice(logBeforeAction).some((r) => String(r[3] ?? "") === LOG_RESULT.failed);
    const failedAlert = driver.alerts.slice(alertsBefore).some((a) => a.title === TEXT.failedTitle);
    if ((failedRow || failedAlert) && !failedActions.includes(caption)) failedActions.push(caption);
  }
  progress.update(DEMO_TEXT.progressWrite);
  const finalRebuild = callDiff(callsBefore, driver.ledger.snapshot());
  const messages = collectMessages(driver, logRows(ss, logName()).slice(logBefore));

  const rb = readBack(driver);
  // The title names the province played: typed in NAMA_PROVINSI, else the one of its kabupaten/kota.
  if (!typedProvince && guessed) rb.province = guessed.name;
  const xlsxName = `${base}-${failedActions.length > 0 ? "gagal" : "hasil"}.xlsx`;
  const subtitle = `Dijalankan pada berkas ${basename(input)} (berkas asli tidak diubah).`;
  const written = await writeOutputs(driver, opts.outDir, xlsxName, rb, subtitle, [...notes, ...messages]);
  const inputUnchanged = fingerprint(input) === before;
  progress.done();
  if (!inputUnchanged) throw new Error(DEMO_TEXT.inputChanged(input));
  const wallMs = performance.now() - started;

  const { print } = opts;
  print(`Buku kerja: ${basename(input)} (${ss.__sheets.length} lembar setelah "Siapkan lembar kerja")`);
  for (const n of notes) print(n);
  print("Pesan Pantau KDKMP (Log dan peringatan):");
  for (const m of messages) print(m.split("\n").map((l, i) => (i === 0 ? `• ${l}` : `    ${l}`)).join("\n"));
  if (rb.ringkasan && rb.ringkasan.rows.length > 0) for (const l of ringkasanLines(rb.ringkasan)) print(l);
  print(statusLine(rb.validasi));
  for (const l of callLines("Perbarui status & ringkasan", finalRebuild)) print(l);
  print(`Total ${seconds(wallMs)}. Berkas masukan tidak diubah.`);
  print(`Ditulis: ${written.xlsxPath}`);
  print(`Ditulis: ${written.htmlPath}`);
  return {
    mode: "input", ...written, ...rb, submissions: 0, finalRebuild, finalRebuildMs: rebuildMs, wallMs, timings: null,
    messages, inputUnchanged, failedActions,
  };
}

/**
 * A workbook downloaded from Google Sheets has no live form link (Sheet.getFormUrl() is null for every
 * sheet), and the add-on finds its response sheet only through that link plus the form url it stored in
 * the document properties when it created the form. So when the response sheet (`Laporan Harian`, or the
 * LEMBAR_LAPORAN override) exists, link it to a stand-in form url and store the same url, as the add-on
 * itself would have after `Buat / perbarui formulir`. A workbook saved by this runtime keeps its link.
 */
function linkResponses(runtime: ReturnType<typeof createRuntime>): string {
  const ss = runtime.spreadsheet;
  const name = sheetNames(ss).laporan;
  const sheet = ss.__sheet(name);
  if (!sheet) return `Lembar "${name}" tidak ada: tidak ada laporan yang dapat dibaca.`;
  const url = sheet.__formUrl ?? INPUT_FORM_URL;
  if (!sheet.__formUrl) sheet.__linkForm(url);
  runtime.properties.document.set(FORM_URL_PROPERTY, url);
  return `Lembar "${name}" dibaca sebagai lembar jawaban formulir.`;
}

/** Every new `Log` row (action, result, details), then any alert whose text no Log row already carries. */
function collectMessages(driver: Driver, rows: ReturnType<typeof logRows>): string[] {
  const out = rows.map((r) => `${String(r[2] ?? "")} — ${String(r[3] ?? "")}: ${String(r[4] ?? "")}`);
  const logged = new Set(rows.map((r) => String(r[4] ?? "").trim()));
  for (const a of driver.alerts) {
    if (!logged.has(a.prompt.trim())) out.push(`${a.title}: ${a.prompt}`);
  }
  return out;
}
