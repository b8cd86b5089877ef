// Entry points: every export here becomes a top-level function in dist/Code.js (scripts/build.mjs).
// Each one builds the adapter facade, runs one action, and turns errors into Indonesian messages.
import { createContext } from "../adapters/createContext";
import { submitFast } from "../adapters/fastSubmit";
import type { Context } from "../app/context";
import { runAction, type Outcome } from "../app/run";
import type { ActionId } from "../core/text/actions";
import { MENU_TITLE } from "../core/text/menu";
import { addMenuItems } from "./menu";
import { setupWorkbook } from "../app/actions/setup";
import { syncForm } from "../app/actions/form";
import { validateReports } from "../app/actions/validate";
import { rebuildAll } from "../app/actions/rebuild";
import { installTriggers, removeTriggers } from "../app/actions/triggers";
import { showWhatsappSummary } from "../app/actions/whatsapp";
import { showHelp } from "../app/actions/help";
import * as sidebar from "../app/actions/sidebar";
import { validateSubmittedRow } from "../app/actions/submit";
import { hourlyRun } from "../app/actions/hourly";
import { archiveOld } from "../app/actions/archive";
import { LOG_RESULT, TEXT } from "../core/text/actions";
import { writeLog } from "../app/run";
import { TRIGGER_TEXT } from "../core/text/triggers";
import { loadSettings, type LoadedSettings } from "../app/settingsLoader";
import { requireOutputAccess } from "../app/protection";

type Work = (ctx: Context) => Outcome;

function menuAction(id: ActionId, work: Work, lock = true): void {
  const ctx = createContext({ interactive: true });
  runAction(ctx, id, { lock }, () => work(ctx));
}

/**
 * Validating and rebuilding write the protected output sheets: someone who may not write them is refused
 * before anything is written (Google would stop the run half-way), with a message naming ADMIN.
 */
function writingMenuAction(id: ActionId, work: (ctx: Context, loaded: LoadedSettings) => Outcome): void {
  const ctx = createContext({ interactive: true });
  let loaded: LoadedSettings | null = null;
  const before = () => {
    loaded = loadSettings(ctx);
    requireOutputAccess(ctx, loaded.settings);
  };
  runAction(ctx, id, { lock: true, before }, () => work(ctx, loaded ?? loadSettings(ctx)));
}

/** Simple trigger: adds the menu `Pantau KDKMP` when the workbook opens (the bound script). */
export function onOpen(_e?: unknown): void {
  addMenuItems(SpreadsheetApp.getUi().createMenu(MENU_TITLE));
}

/** Editor add-on install: show the menu right away. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function menuSiapkanLembarKerja(): void {
  menuAction("setup", setupWorkbook);
}
export function menuBuatFormulir(): void {
  menuAction("form", syncForm);
}
export function menuValidasiLaporanBaru(): void {
  writingMenuAction("validateNew", (ctx, loaded) => validateReports(ctx, "new", loaded));
}
export function menuValidasiUlangSemua(): void {
  writingMenuAction("validateAll", (ctx, loaded) => validateReports(ctx, "all", loaded));
}
export function menuPerbaruiStatusRingkasan(): void {
  writingMenuAction("rebuild", rebuildAll);
}
export function menuPasangPemicu(): void {
  menuAction("installTriggers", installTriggers);
}
export function menuHapusPemicu(): void {
  menuAction("removeTriggers", removeTriggers);
}
export function menuSalinRingkasanWhatsApp(): void {
  menuAction("whatsapp", showWhatsappSummary, false);
}
export function menuBantuan(): void {
  menuAction("help", showHelp, false);
}
export function menuArsipkanLaporanLama(): void {
  writingMenuAction("archive", (ctx, loaded) => archiveOld(ctx, loaded));
}

interface FormSubmitEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  values?: string[];
  namedValues?: Record<string, string[]>;
  /** The spreadsheet the form submits to (spreadsheet form-submit events). */
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Installable form-submit trigger. A busy lock leaves the row to the hourly catch-up. */
export function onFormSubmitTrigger(e: FormSubmitEvent): void {
  const startedAt = Date.now();
  const range = e && e.range;
  if (!range) return;
  // The usual in-order row in 16 calls, whatever the history; its Log row waits in a property (logBuffer.ts).
  if (submitFast(range, e.namedValues, e.source).done) return;
  const ctx = createContext({ interactive: false, startedAt });
  const ev = { row: range.getRow(), sheet: range.getSheet().getName(), width: range.getNumColumns() };
  if (!ctx.lock.tryLock(10_000)) {
    writeLog(ctx, undefined, "Pemicu kirim formulir", LOG_RESULT.skipped, [TEXT.lockBusySubmit(ev.row)]);
    ctx.props.flush(); // the Log's tracked size
    return;
  }
  try {
    runAction(ctx, "submitTrigger", {}, () => validateSubmittedRow(ctx, ev));
  } finally {
    ctx.lock.release();
  }
}

/** Installable hourly trigger: catch-up, and the daily rebuild at JAM_PERBARUI. */
export function onHourlyTrigger(_e?: unknown): void {
  // An add-on's time-driven trigger serves the workbook it was installed from. Should Google run it
  // without an active spreadsheet there is nothing to open (current-spreadsheet scope only) and nothing
  // is lost: every form submit validates the rows missed before it.
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) {
    console.warn(TRIGGER_TEXT.hourlyWithoutWorkbook);
    return;
  }
  const ctx = createContext({ interactive: false, spreadsheet });
  runAction(ctx, "hourlyTrigger", { lock: true, lockWaitMs: 60_000 }, () => hourlyRun(ctx));
}

// google.script.run targets of the `Bantuan` sidebar (src/html/Sidebar.html): read-only, plain JSON back.
export function sidebarSearch(query: unknown): ReturnType<typeof sidebar.sidebarSearch> {
  return sidebar.sidebarSearch(createContext({ interactive: false }), query);
}
export function sidebarKoperasi(id: unknown): ReturnType<typeof sidebar.sidebarKoperasi> {
  return sidebar.sidebarKoperasi(createContext({ interactive: false }), id);
}
export function sidebarSettingsCheck(): ReturnType<typeof sidebar.sidebarSettingsCheck> {
  return sidebar.sidebarSettingsCheck(createContext({ interactive: false }));
}
