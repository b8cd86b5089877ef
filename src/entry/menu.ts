// The menu's items (SPEC section 5), added to the bound script's own menu or to the add-on's menu.
import { MENU_ITEMS } from "../core/text/menu";

export function addMenuItems(menu: GoogleAppsScript.Base.Menu): void {
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}
