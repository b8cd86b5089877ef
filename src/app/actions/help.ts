// `Bantuan`: short help on every menu item.
import { HELP_TEXT } from "../../core/text/help";
import { escapeHtml } from "../html/escape";
import type { Context } from "../context";
import type { Outcome } from "../run";

export function showHelp(ctx: Context): Outcome {
  const items = HELP_TEXT.items.map((i) => `<li><b>${escapeHtml(i.caption)}</b>: ${escapeHtml(i.text)}</li>`).join("");
  const html = `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:13px;margin:8px}li{margin-bottom:6px}</style></head><body><p>${escapeHtml(HELP_TEXT.intro)}</p><ol>${items}</ol></body></html>`;
  if (ctx.ui) ctx.ui.showHtml("sidebar", HELP_TEXT.title, html, 300);
  return { summary: HELP_TEXT.title, details: [], alert: false };
}
