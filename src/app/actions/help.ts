// `Bantuan`: opens the sidebar (src/html/Sidebar.html): cooperative search, settings check, menu help.
import { HELP_TEXT } from "../../core/text/help";
import { SIDEBAR_LABELS } from "../../core/text/sidebar";
import type { Context } from "../context";
import type { Outcome } from "../run";
import { SIDEBAR_FILE, sidebarTemplateVars } from "./sidebar";

export function showHelp(ctx: Context): Outcome {
  if (ctx.ui) ctx.ui.showSidebarFile(SIDEBAR_FILE, SIDEBAR_LABELS.title, sidebarTemplateVars());
  return { summary: HELP_TEXT.title, details: [], alert: false };
}
