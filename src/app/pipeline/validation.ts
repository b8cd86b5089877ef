// Full validation: every response row in row order through the core fold, then Validasi, fingerprints
// and per-cooperative state written as one block each. Deterministic, so a catch-up after missed
// triggers gives exactly the sheets of an in-order run.
import type { CellValue, Report, ValidationResult } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { Registry } from "../../core/model";
import { validateAll } from "../../core/validation/validate";
import type { CoopValidationState } from "../../core/validation/state";
import { stateFromJson } from "../../core/validation/stateJson";
import {
  BLANK_VALIDASI_ROW, VALIDASI_HEADERS, VALIDASI_NUMBER_FORMATS, VALIDASI_PROCESSED_COLUMN, validasiRow,
} from "../../core/summaries/validasi";
import { HEADERS } from "../../core/text/sheets";
import type { Context } from "../context";
import { PROP } from "../props";
import { outputProtection } from "../protection";

export interface ValidationRun {
  results: ValidationResult[];
  states: Map<string, CoopValidationState>;
  /** Rows validated for the first time or whose answers changed. */
  newRows: number;
}

/**
 * Validates every row. `mode` "new" keeps the `Diproses` time of rows whose answers and outcome did
 * not change; "all" stamps every row with now.
 */
export function validateEverything(
  ctx: Context, settings: Settings, registry: Registry, reports: Report[], lastRow: number, mode: "new" | "all",
): ValidationRun {
  const names = settings.sheetNames;
  const { results, states } = validateAll(reports, registry, settings);
  const oldHashes = ctx.workbook.readAll(names.hashes) ?? [];
  const oldRows = mode === "new" ? ctx.workbook.readAll(names.validasi) ?? [] : [];
  const now = ctx.clock.now();
  const byRow = new Map<number, ValidationResult>();
  for (const r of results) byRow.set(r.row, r);
  const hashByRow = new Map<number, string>();
  for (const r of reports) hashByRow.set(r.row, r.contentHash);

  const validasi: CellValue[][] = [VALIDASI_HEADERS.slice()];
  const hashes: CellValue[][] = [HEADERS.hashes.slice()];
  let newRows = 0;
  for (let row = 2; row <= lastRow; row++) {
    const result = byRow.get(row);
    const hash = hashByRow.get(row) ?? "";
    hashes.push([hash]);
    if (!result) {
      validasi.push(BLANK_VALIDASI_ROW.slice());
      continue;
    }
    const fresh = validasiRow(result, now, settings);
    const old = oldRows[row - 1];
    const sameAnswers = String(oldHashes[row - 1]?.[0] ?? "") === hash;
    if (!sameAnswers) newRows++;
    if (old && sameAnswers && sameOutcome(old, fresh)) fresh[VALIDASI_PROCESSED_COLUMN] = old[VALIDASI_PROCESSED_COLUMN] ?? now;
    validasi.push(fresh);
  }
  const protectFor = outputProtection(settings, ctx.user);
  ctx.workbook.replaceContent(
    names.validasi,
    [{ row: 1, col: 1, block: { values: validasi, numberFormats: VALIDASI_NUMBER_FORMATS, boldFirstRow: true } }],
    { frozenRows: 1, protectFor },
  );
  ctx.workbook.replaceContent(names.hashes, [{ row: 1, col: 1, block: { values: hashes, numberFormats: ["@"] } }], {
    frozenRows: 1, hidden: true,
  });
  writeStates(ctx, settings, states);
  ctx.props.set(PROP.validatedThrough, String(lastRow));
  return { results, states, newRows };
}

function sameOutcome(old: CellValue[], fresh: CellValue[]): boolean {
  for (let c = 2; c < VALIDASI_PROCESSED_COLUMN; c++) {
    const a = old[c];
    const b = fresh[c];
    const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
    if (!same) return false;
  }
  return true;
}

export function writeStates(ctx: Context, settings: Settings, states: Map<string, CoopValidationState>): void {
  const rows: CellValue[][] = [HEADERS.state.slice()];
  for (const [id, state] of states) rows.push([id, JSON.stringify(state)]);
  ctx.workbook.replaceContent(settings.sheetNames.state, [{ row: 1, col: 1, block: { values: rows, numberFormats: ["@", "@"] } }], {
    frozenRows: 1, hidden: true,
  });
}

export interface StoredStates {
  states: Map<string, CoopValidationState>;
  /** Sheet row of each cooperative's state. */
  rowOf: Map<string, number>;
  lastRow: number;
  /** True when a row could not be read back (the caller falls back to a full validation). */
  damaged: boolean;
}

/** Reads the hidden state sheet (one read); every row is checked with zod before it is trusted. */
export function readStates(ctx: Context, settings: Settings): StoredStates {
  const values = ctx.workbook.readAll(settings.sheetNames.state) ?? [];
  const states = new Map<string, CoopValidationState>();
  const rowOf = new Map<string, number>();
  let damaged = false;
  for (let i = 1; i < values.length; i++) {
    const [id, json] = values[i]!;
    if (typeof id !== "string" || id === "") continue;
    rowOf.set(id, i + 1);
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(String(json));
    } catch {
      parsed = null;
    }
    const state = stateFromJson(parsed);
    if (state) states.set(id, state);
    else damaged = true;
  }
  return { states, rowOf, lastRow: Math.max(values.length, 1), damaged };
}
