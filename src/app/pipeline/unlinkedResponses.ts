// A response sheet the workbook no longer links to its form (an exported copy, a form unlinked or made
// by hand): found by its header matching the form's questions, never guessed; a look-alike stops the run.
import { mapResponseColumns } from "../../core/reports/columns";
import type { Settings } from "../../core/settings/types";
import { RESPONSE_SHEET_NOTE } from "../../core/text/actions";
import { FORM_SHEET_NAMES } from "../../core/text/reports";
import type { Context } from "../context";
import { AppError } from "../errors";

/**
 * The sheet whose first row has every required question of the form (the `LEMBAR_LAPORAN` sheet
 * first), with a note for the outcome; null when no sheet looks like a response sheet at all (no
 * form yet). Several candidates, or a sheet named like one ("Form Responses 1", "Jawaban Formulir 1",
 * the `LEMBAR_LAPORAN` name) whose header does not match, stop the action with a message naming
 * `LEMBAR_LAPORAN`: validating nothing would colour every cooperative MERAH without a word.
 */
export function findUnlinkedResponseSheet(ctx: Context, settings: Settings): { sheet: string; note: string } | null {
  const names = settings.sheetNames;
  // The `LEMBAR_LAPORAN` sheet is chosen whenever its header matches (below): read only its first row
  // then, not every sheet's (the hourly look asks this every hour).
  const hinted = ctx.workbook.hasSheet(names.laporan) ? ctx.workbook.readRows(names.laporan, 1, 1, 0)?.[0] : undefined;
  if (hinted && mapResponseColumns(hinted).missing.length === 0) return { sheet: names.laporan, note: RESPONSE_SHEET_NOTE(names.laporan) };
  const own = new Set<string>(Object.values(names).filter((n) => n !== names.laporan));
  const sheets = ctx.workbook.headerRows().filter((s) => !own.has(s.name));
  const matching = sheets.filter((s) => mapResponseColumns(s.header).missing.length === 0);
  const chosen = matching.find((s) => s.name === names.laporan) ?? (matching.length === 1 ? matching[0] : undefined);
  if (chosen) return { sheet: chosen.name, note: RESPONSE_SHEET_NOTE(chosen.name) };
  if (matching.length > 1) {
    throw new AppError("RESPONSE_SHEET_AMBIGUOUS", { sheets: matching.map((s) => `"${s.name}"`).join(", ") });
  }
  const lookalike = sheets.find((s) => s.name === names.laporan || FORM_SHEET_NAMES.test(s.name.trim()));
  if (!lookalike) return null;
  throw new AppError("RESPONSE_SHEET_UNMATCHED", {
    sheet: lookalike.name, questions: mapResponseColumns(lookalike.header).missing.join(", "),
  });
}
