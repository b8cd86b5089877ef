// Form-submit trigger, the general path (the usual in-order row is done by actions/submitFast.ts with a
// handful of calls): a row whose answers were validated before is left alone; anything else (a gap left
// by a missed trigger, an edited row, a first run) validates every row in order (in row ranges,
// pipeline/rangedJob.ts), so the result always equals an in-order run. While a job is under way the row
// is left to it: the job folds it in order at its end.
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { parseRows, responseSheetName } from "../pipeline/responses";
import { storedFingerprintOf } from "../pipeline/internal";
import { runRangedValidation } from "../pipeline/rangedJob";
import { readCursor } from "../pipeline/phases";
import { RANGE_TEXT } from "../../core/text/chunks";
import { LOG_RESULT } from "../../core/text/actions";
import { PROP } from "../props";

export interface SubmitEvent {
  /** Sheet row of the new (or edited) response. */
  row: number;
  sheet: string;
  /** Number of answer columns in the event's range. */
  width: number;
}

export function validateSubmittedRow(ctx: Context, ev: SubmitEvent): Outcome {
  const startedAt = ctx.clock.now();
  const loaded = loadSettings(ctx);
  const { settings } = loaded;
  const names = settings.sheetNames;
  const responseSheet = ev.sheet === names.laporan ? ev.sheet : responseSheetName(ctx, settings);
  if (responseSheet !== ev.sheet) {
    return { summary: `Baris ${ev.row} dari lembar "${ev.sheet}" bukan laporan KDKMP; dilewati.`, details: [], result: LOG_RESULT.skipped };
  }
  const [header = [], cells = []] = [
    ...ctx.workbook.readRange(ev.sheet, 1, 1, 1, ev.width),
    ...ctx.workbook.readRange(ev.sheet, ev.row, 1, 1, ev.width),
  ];
  const report = parseRows([header, cells], ev.row, settings, ctx.clock.now())[0];
  if (!report) return { summary: `Baris ${ev.row} kosong; tidak ada yang divalidasi.`, details: [], result: LOG_RESULT.skipped };

  // A job under way folds this row in order when it reaches the end: no second full validation now.
  if (readCursor(ctx) !== null) return { summary: RANGE_TEXT.waiting(ev.row), details: [], result: LOG_RESULT.skipped };
  const interrupted = ctx.props.get(PROP.validatedThrough) === "-1";
  if (!interrupted && storedFingerprintOf(ctx, settings, ev.row) === report.contentHash) {
    return { summary: `Baris ${ev.row} sudah divalidasi sebelumnya; tidak ada perubahan.`, details: [], result: LOG_RESULT.skipped };
  }
  const run = runRangedValidation(ctx, "catchup", startedAt, { loaded, watch: ev.row });
  return { summary: `Baris ${ev.row}: ${run.watched ?? "-"} (semua laporan divalidasi ulang berurutan).`, details: run.notes };
}
