// A response sheet the workbook no longer links to its form (an exported copy, a form unlinked or made
// by hand): found by its header matching the form's questions, never guessed; a look-alike stops the run.
import { mapResponseColumns } from "../../core/reports/columns";
import type { Settings } from "../../core/settings/types";
import { RESPONSE_SHEET_NOTE } from "../../core/text/actions";
import { ARCHIVE_BASE_SHEET } from "../../core/text/archive";
import { JOB_SHEET } from "../../core/text/chunks";
import { FORM_SHEET_NAMES } from "../../core/text/reports";
import { CHECKPOINT_SHEET } from "../../core/text/sheets";
import type { Context } from "../context";
import { AppError } from "../errors";

/** The sheet the last scan found and how many sheets the workbook had then: "<count> <name>". */
const FOUND = "kdkmp.unlinkedSheet";

/**
 * The sheet whose first row has every required question of the form (the `LEMBAR_LAPORAN` sheet
 * first), with a note for the outcome; null when no sheet looks like a response sheet at all (no
 * form yet). Several candidates, or a sheet named like one ("Form Responses 1", "Jawaban Formulir 1",
 * the `LEMBAR_LAPORAN` name) whose header does not match, stop the action with a message naming
 * `LEMBAR_LAPORAN`: validating nothing would colour every cooperative MERAH without a word.
 * `known` (the hourly look, the rebuild's probe): the sheet the last scan found, while it exists and no
 * sheet was added or removed since, without reading every header; both callers compare its header with
 * the one the last full validation read, so a header changed since sends them to a full run, which scans.
 */
export function findUnlinkedResponseSheet(ctx: Context, settings: Settings, known = false): { sheet: string; note: string } | null {
  const names = settings.sheetNames;
  const found = (sheet: string) => ({ sheet, note: RESPONSE_SHEET_NOTE(sheet) });
  // The `LEMBAR_LAPORAN` sheet is chosen whenever its header matches (below): read only its first row
  // then, not every sheet's (the hourly look asks this every hour).
  const hinted = ctx.workbook.hasSheet(names.laporan) ? ctx.workbook.readRows(names.laporan, 1, 1, 0)?.[0] : undefined;
  if (hinted && mapResponseColumns(hinted).missing.length === 0) return found(names.laporan);
  const kept = ctx.props.get(FOUND);
  const last = /^(\d+) ([^]+)$/.exec(kept ?? "");
  if (known && last && Number(last[1]) === ctx.workbook.sheetCount() && ctx.workbook.hasSheet(last[2]!)) return found(last[2]!);
  // The add-on's own sheets can never be the response sheet: their first rows are not read.
  const own = new Set<string>([...Object.values(names).filter((n) => n !== names.laporan), CHECKPOINT_SHEET, JOB_SHEET, ARCHIVE_BASE_SHEET]);
  const { count, sheets } = ctx.workbook.headerRows(own);
  const matching = sheets.filter((s) => mapResponseColumns(s.header).missing.length === 0);
  const chosen = matching.find((s) => s.name === names.laporan) ?? (matching.length === 1 ? matching[0] : undefined);
  const keep = chosen ? `${count} ${chosen.name}` : null;
  if (keep === null) ctx.props.remove(FOUND);
  else if (keep !== kept) ctx.props.setLater(FOUND, keep);
  if (chosen) return found(chosen.name);
  if (matching.length > 1) {
    throw new AppError("RESPONSE_SHEET_AMBIGUOUS", { sheets: matching.map((s) => `"${s.name}"`).join(", ") });
  }
  const lookalike = sheets.find((s) => s.name === names.laporan || FORM_SHEET_NAMES.test(s.name.trim()));
  if (!lookalike) return null;
  throw new AppError("RESPONSE_SHEET_UNMATCHED", {
    sheet: lookalike.name, questions: mapResponseColumns(lookalike.header).missing.join(", "),
  });
}
