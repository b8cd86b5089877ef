// Plays the agency through the real bundle in the local runtime: setup, registry, settings, form,
// triggers, every sample submission in time order with the time triggers firing, and the final rebuild.
import type { Driver } from "../../runtime/driver";
import type { SampleProvince } from "../sample";
import type { Progress } from "./args";
import { settingsCells } from "./sheets";

export const ADMIN = "admin@diskop.ntbprov.go.id";

/** The agency's administrator in the province played (the `Log` names this person for the menu actions). */
export function adminOf(province: string): string {
  return `admin@diskop.${province.toLowerCase()}prov.go.id`;
}
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FAILED_TITLE = "Pantau KDKMP: gagal";
/** Hourly-trigger runs simulated each day (WITA): the 06:00 hour does the daily rebuild, the others catch up. */
const TRIGGER_TIMES = ["06:05", "12:05", "20:05"];

export interface Timings { setupMs: number; submitMs: number; triggerMs: number; reloadMs: number; submits: number; triggerRuns: number }

/** A WITA wall-clock time (yyyy-MM-dd, HH:mm) as an instant. */
export function wita(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/**
 * A fresh execution before every menu click and trigger run, as Apps Script loads the project anew each
 * time (module-level state never survives). This is most of the demo's time: the add-on's code runs
 * cold in each new realm (measured: ~23 ms CPU per form submit against ~7 ms without reloads).
 */
export function newExecution(driver: Driver): void {
  driver.newExecution();
}

/** Clicks a menu item as a fresh execution; a `gagal` alert becomes an Error carrying its message. */
export function click(driver: Driver, caption: string, opts: { reload?: boolean } = {}): void {
  if (opts.reload !== false) newExecution(driver);
  const before = driver.alerts.length;
  driver.clickMenu(caption);
  const failed = driver.alerts.slice(before).find((a) => a.title === FAILED_TITLE);
  if (failed) throw new Error(`Menu "${caption}" gagal:\n${failed.prompt}`);
}

type SheetFake = NonNullable<ReturnType<Driver["spreadsheet"]["__sheet"]>>;

/**
 * Pastes a block the way Sheets does: a paste below the last row grows the sheet. (`__write` alone
 * fills cells past getMaxRows() without growing the grid, and the add-on's getRange then throws
 * "The coordinates of the range are outside the dimensions of the sheet.")
 */
export function paste(sheet: SheetFake, row: number, col: number, rows: unknown[][]): void {
  const grid = sheet.__grid;
  grid.maxRows = Math.max(grid.maxRows, row + rows.length - 1);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  grid.maxCols = Math.max(grid.maxCols, col + width - 1);
  sheet.__write(row, col, rows);
}

/** Types the registry and the sample's settings into the workbook the way a person pasting would. */
export function pasteSample(driver: Driver, sample: SampleProvince): void {
  const ss = driver.spreadsheet;
  for (const [name, rows] of [["Koperasi", sample.koperasiRows], ["Pendamping", sample.pendampingRows]] as const) {
    const sheet = ss.__sheet(name);
    if (!sheet) throw new Error(`Lembar "${name}" tidak dibuat oleh "Siapkan lembar kerja".`);
    paste(sheet, 1, 1, rows);
  }
  const cells = settingsCells(ss);
  const sheet = ss.__sheet("Pengaturan");
  if (!cells || !sheet) throw new Error(`Lembar "Pengaturan" tidak punya kolom Kunci dan Nilai.`);
  // The demo shows the feedback emails too (SPEC section 9): the runtime's MailApp only records them.
  for (const [key, value] of Object.entries({ ...sample.settingsOverrides, KIRIM_UMPAN_BALIK: "Ya" })) {
    const at = cells.rows.get(key);
    if (!at) throw new Error(`Kunci ${key} tidak ada di lembar "Pengaturan".`);
    // A person types "'01/10/2025" unless the column is plain text, or Sheets turns it into a date.
    const text = sheet.__cell(at.row, cells.nilaiCol)?.fmt === "@" ? value : `'${value}`;
    sheet.__write(at.row, cells.nilaiCol, [[text]]);
  }
}

/** Sets up the workbook at `setupAt`, then submits every report in order and fires the time triggers. */
export function playAgency(driver: Driver, sample: SampleProvince, firstDay: string, lastDay: string, progress: Progress): Timings {
  const t: Timings = { setupMs: 0, submitMs: 0, triggerMs: 0, reloadMs: 0, submits: 0, triggerRuns: 0 };
  let started = performance.now();
  driver.open();
  click(driver, "Siapkan lembar kerja");
  pasteSample(driver, sample);
  click(driver, "Buat / perbarui formulir");
  click(driver, "Pasang pemicu otomatis");
  t.setupMs = performance.now() - started;

  const subs = sample.submissions.map((s) => ({ s, at: new Date(s.at) }));
  const lastSubDay = subs.length ? subs[subs.length - 1]!.s.at.slice(0, 10) : lastDay;
  const endDay = lastSubDay > lastDay ? lastSubDay : lastDay;
  const totalDays = Math.round((Date.parse(endDay) - Date.parse(firstDay)) / DAY) + 1;
  const setupAt = driver.runtime.clock.now();
  let next = 0;
  const fire = (at: Date): void => {
    started = performance.now();
    newExecution(driver);
    t.reloadMs += performance.now() - started;
    started = performance.now();
    try {
      t.triggerRuns += driver.fireTimeTriggers(at).length;
    } catch (err) {
      throw new Error(`Pemicu per jam gagal pada ${at.toISOString()}: ${message(err)}`);
    }
    t.triggerMs += performance.now() - started;
  };
  const submitBefore = (limit: number): void => {
    while (next < subs.length && subs[next]!.at.getTime() < limit) {
      const { s, at } = subs[next]!;
      started = performance.now();
      newExecution(driver);
      t.reloadMs += performance.now() - started;
      started = performance.now();
      // validate: false because some planted mistakes (a missing required answer, a removed cooperative's
      // old choice, an out-of-range number) are only possible in a typed/pasted row or an old form.
      try {
        driver.submitForm(s.answers, at, { validate: false });
      } catch (err) {
        throw new Error(`Pemicu kirim formulir gagal pada laporan ${next + 1} (${s.at}, ${s.kind}): ${message(err)}`);
      }
      t.submitMs += performance.now() - started;
      t.submits++;
      next++;
    }
  };
  for (let d = 0; d < totalDays; d++) {
    const day = addDays(firstDay, d);
    for (const at of TRIGGER_TIMES.map((hm) => wita(day, hm)).filter((x) => x.getTime() > setupAt)) {
      submitBefore(at.getTime());
      fire(at);
    }
    submitBefore(wita(addDays(day, 1), "00:00").getTime());
    progress.update(`hari ${d + 1}/${totalDays} · ${next} laporan`);
  }
  // The morning after the last reports: the 06:00 hour's daily rebuild runs before anyone opens the menu.
  fire(wita(addDays(endDay, 1), TRIGGER_TIMES[0]!));
  progress.done();
  if (next < subs.length) throw new Error(`${subs.length - next} laporan tidak terkirim (waktu di luar rentang hari).`);
  return t;
}

export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
