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
import { ADMIN, message, newExecution } from "./play";
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
  if (extname(input).toLowerCase() !== ".xlsx") throw new Error(`Berkas masukan harus .xlsx: ${input}`);
  let before: string;
  try {
    before = fingerprint(input);
  } catch {
    throw new Error(`Berkas masukan tidak dapat dibuka: ${input}`);
  }
  const xlsxName = `${basename(input, extname(input))}-hasil.xlsx`;
  if (resolve(opts.outDir, xlsxName) === input) throw new Error(`Hasil akan menimpa berkas masukan; pilih --out lain.`);

  const runtime = createRuntime({ user: ADMIN, now: opts.now ?? new Date(), htmlDir: dirname(opts.codePath) });
  try {
    await loadWorkbookXlsx(input, runtime.spreadsheet);
  } catch (err) {
    throw new Error(`Berkas ${basename(input)} tidak dapat dibaca sebagai buku kerja Excel: ${message(err)}`);
  }
  const ss = runtime.spreadsheet;
  // Act as the first ADMIN of the workbook's own settings, so admin-only actions are allowed.
  const admin = settingText(ss, "ADMIN").split(/[,;\s]+/).find((e) => e.includes("@"));
  if (admin) runtime.session.activeUser = runtime.session.effectiveUser = admin;
  const notes = [linkResponses(runtime)];

  const driver = new Driver({ codePath: opts.codePath, runtime });
  const logName = () => sheetNames(ss).log;
  const logBefore = logRows(ss, logName()).length;
  driver.open();
  let callsBefore = driver.ledger.snapshot();
  let rebuildMs = 0;
  for (const caption of ACTIONS) {
    newExecution(driver);
    callsBefore = driver.ledger.snapshot();
    const t = performance.now();
    try {
      driver.clickMenu(caption);
    } catch (err) {
      notes.push(`${caption}: berhenti dengan galat: ${message(err)}`);
    }
    rebuildMs = performance.now() - t;
  }
  const finalRebuild = callDiff(callsBefore, driver.ledger.snapshot());
  const messages = collectMessages(driver, logRows(ss, logName()).slice(logBefore));

  const rb = readBack(driver);
  const subtitle = `Dijalankan pada berkas ${basename(input)} (berkas asli tidak diubah).`;
  const written = await writeOutputs(driver, opts.outDir, xlsxName, rb, subtitle, [...notes, ...messages]);
  const inputUnchanged = fingerprint(input) === before;
  if (!inputUnchanged) throw new Error(`Berkas masukan ${input} berubah selama demo; ini tidak boleh terjadi.`);
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
    messages, inputUnchanged,
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
