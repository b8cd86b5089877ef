// Form-submit trigger: validates the one new row from the compact per-cooperative state and updates
// that cooperative's `Status Koperasi` row. Anything out of order (a gap, an edited row, a damaged
// state) falls back to a full validation, so the result always equals an in-order run.
import type { Context } from "../context";
import type { Outcome } from "../run";
import { loadSettings } from "../settingsLoader";
import { loadRegistry } from "../pipeline/registry";
import { loadResponses, parseRows, responseSheetName } from "../pipeline/responses";
import { readStates, validateEverything } from "../pipeline/validation";
import { refreshStatusRow, refreshStatusSheet } from "../pipeline/status";
import { validateReport } from "../../core/validation/validate";
import { validasiRow, VALIDASI_HEADERS, VALIDASI_NUMBER_FORMATS } from "../../core/summaries/validasi";
import { HEADERS } from "../../core/text/sheets";
import { PROP } from "../props";
import { outputProtection } from "../protection";
import { LOG_RESULT } from "../../core/text/actions";

export interface SubmitEvent {
  /** Sheet row of the new (or edited) response. */
  row: number;
  sheet: string;
  /** Number of answer columns in the event's range. */
  width: number;
}

export function validateSubmittedRow(ctx: Context, ev: SubmitEvent): Outcome {
  const { settings } = loadSettings(ctx);
  const { registry } = loadRegistry(ctx, settings);
  const names = settings.sheetNames;
  const responseSheet = ev.sheet === names.laporan ? ev.sheet : responseSheetName(ctx, settings);
  if (responseSheet !== ev.sheet) {
    return { summary: `Baris ${ev.row} dari lembar "${ev.sheet}" bukan laporan KDKMP; dilewati.`, details: [], result: LOG_RESULT.skipped };
  }
  const [header = [], cells = []] = [
    ...ctx.workbook.readRange(ev.sheet, 1, 1, 1, ev.width),
    ...ctx.workbook.readRange(ev.sheet, ev.row, 1, 1, ev.width),
  ];
  const report = parseRows([header, cells], ev.row, settings)[0];
  if (!report) return { summary: `Baris ${ev.row} kosong; tidak ada yang divalidasi.`, details: [], result: LOG_RESULT.skipped };

  const through = Number(ctx.props.get(PROP.validatedThrough) ?? "1") || 1;
  const stored = readStates(ctx, settings);
  const inOrder = ev.row === through + 1 && !stored.damaged;
  if (ev.row <= through) {
    const old = ctx.workbook.hasSheet(names.hashes) ? ctx.workbook.readRange(names.hashes, ev.row, 1, 1, 1)[0]?.[0] : "";
    if (old === report.contentHash) {
      return { summary: `Baris ${ev.row} sudah divalidasi sebelumnya; tidak ada perubahan.`, details: [], result: LOG_RESULT.skipped };
    }
  }
  if (!inOrder) {
    // Edited row, a gap left by a missed trigger, or damaged state: validate everything in row order.
    const responses = loadResponses(ctx, settings);
    const run = validateEverything(ctx, settings, registry, responses.reports, responses.lastRow, "new");
    refreshStatusSheet(ctx, settings, registry, run.states);
    const result = run.results.find((r) => r.row === ev.row);
    return { summary: `Baris ${ev.row}: ${result?.status ?? "-"} (semua laporan divalidasi ulang berurutan).`, details: [] };
  }

  const step = validateReport(report, { registry, settings, state: stored.states.get(report.koperasiId) });
  const now = ctx.clock.now();
  const protectFor = outputProtection(settings, ctx.user);
  ctx.workbook.ensureSheet(names.validasi, VALIDASI_HEADERS, { protectFor });
  ctx.workbook.writeBlock(names.validasi, ev.row, 1, { values: [validasiRow(step.result, now, settings)], numberFormats: VALIDASI_NUMBER_FORMATS });
  for (const c of step.corrected) {
    ctx.workbook.writeBlock(names.validasi, c.row, 1, { values: [validasiRow(c.result, now, settings)], numberFormats: VALIDASI_NUMBER_FORMATS });
  }
  ctx.workbook.ensureSheet(names.hashes, HEADERS.hashes, { hidden: true });
  ctx.workbook.writeBlock(names.hashes, ev.row, 1, { values: [[report.contentHash]], numberFormats: ["@"] });
  if (step.state) {
    ctx.workbook.ensureSheet(names.state, HEADERS.state, { hidden: true });
    const row = stored.rowOf.get(report.koperasiId) ?? stored.lastRow + 1;
    ctx.workbook.writeBlock(names.state, row, 1, { values: [[report.koperasiId, JSON.stringify(step.state)]], numberFormats: ["@", "@"] });
    refreshStatusRow(ctx, settings, registry, report.koperasiId, step.state);
  }
  ctx.props.set(PROP.validatedThrough, String(ev.row));
  const corrected = step.corrected.map((c) => `Baris ${c.row} menjadi Dikoreksi.`);
  return { summary: `Baris ${ev.row}: ${step.result.status}.`, details: corrected };
}
