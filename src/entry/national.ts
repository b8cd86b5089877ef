// Entry points of the national roll-up (dist-national/Code.js): every export becomes a top-level function.
import { createNationalContext } from "../adapters/national/createNationalContext";
import type { NationalContext } from "../app/national/context";
import { runNational } from "../app/national/run";
import { rollupNational } from "../app/national/rollup";
import { setupNational } from "../app/national/setup";
import { installNationalTriggers, removeNationalTriggers } from "../app/national/triggers";
import type { Outcome } from "../app/run";
import { NATIONAL_MENU_ITEMS, NATIONAL_MENU_TITLE, type NationalActionId } from "../core/text/national";

function menuAction(id: NationalActionId, work: (ctx: NationalContext) => Outcome): void {
  const ctx = createNationalContext({ interactive: true });
  runNational(ctx, id, () => work(ctx));
}

/** Simple trigger: adds the menu when the national workbook opens. */
export function onOpen(_e?: unknown): void {
  const menu = SpreadsheetApp.getUi().createMenu(NATIONAL_MENU_TITLE);
  for (const item of NATIONAL_MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}

export function menuSiapkanLembarKerjaNasional(): void {
  menuAction("setup", setupNational);
}
export function menuPerbaruiRekapNasional(): void {
  menuAction("rollup", rollupNational);
}
export function menuPasangPemicuNasional(): void {
  menuAction("installTriggers", installNationalTriggers);
}
export function menuHapusPemicuNasional(): void {
  menuAction("removeTriggers", removeNationalTriggers);
}

/** Installable daily trigger: the roll-up, unattended. */
export function onDailyTrigger(_e?: unknown): void {
  const ctx = createNationalContext({ interactive: false });
  runNational(ctx, "dailyTrigger", () => rollupNational(ctx));
}
