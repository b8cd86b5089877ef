// Entry points of the Editor add-on (dist-addon/): the bound script's, with the menu under Extensions.
// A published Editor add-on adds its items with Ui.createAddonMenu(); onOpen may run in
// AuthMode.NONE there, so it touches nothing but the menu.
// https://developers.google.com/workspace/add-ons/concepts/menus
import { addMenuItems } from "./menu";

export * from "./main";

/** Simple trigger: adds the items under Extensions › Pantau KDKMP. */
export function onOpen(_e?: unknown): void {
  addMenuItems(SpreadsheetApp.getUi().createAddonMenu());
}

/** Editor add-on install: show the menu right away. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}
