// The statuses (and digest) the `Bantuan` sidebar and `Salin ringkasan untuk WhatsApp` show, without
// reading every report: the rebuild's probe (pipeline/stateProbe.ts) gives the kept per-cooperative states
// and, with the checkpoint's digest and the `Validasi` rows since, the digest (pipeline/statePath.ts). When
// it refuses, a history of one row range at most is read and validated whole, as these actions always
// did; a longer one is answered from the `Status Koperasi` notes, with a note saying so (docs/reliability.md,
// section 8). Reads only: nothing here writes a cell.
import type { CoopStatus, Registry, Report, ValidationResult } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import type { CoopValidationState } from "../../core/validation/state";
import { validateAll } from "../../core/validation/validate";
import { digestFold, type ResultsDigest } from "../../core/digest";
import { formatDateTime, localDayOf } from "../../core/time/timeZone";
import { SIDEBAR_TEXT } from "../../core/text/sidebar";
import type { Context } from "../context";
import { AppError } from "../errors";
import { loadSettings } from "../settingsLoader";
import { loadArchiveBase } from "../pipeline/archiveBase";
import { FULL_RUN_PROPERTY } from "../pipeline/checkpoint";
import { parseCoopNote, STATE_COLUMN } from "../pipeline/internal";
import { rangeRows } from "../pipeline/phases";
import { loadRegistry } from "../pipeline/registry";
import { locateResponses, parseRows, readPercentCells } from "../pipeline/responses";
import { probeState } from "../pipeline/stateProbe";
import { stateDigest } from "../pipeline/statePath";
import { computeStatuses } from "../pipeline/status";

export interface Current {
  settings: Settings;
  registry: Registry;
  statuses: CoopStatus[];
  /** The digest of every report when asked for; null when the kept figures stand in (their latest reports decide). */
  digest: ResultsDigest | null;
  /** Every result and report, when they were all read (a short history the probe refused). */
  full: { results: readonly ValidationResult[]; reports: readonly Report[] } | null;
  /** The response sheet's last row (1: none). */
  lastRow: number;
  /** '' or SIDEBAR_TEXT.keptFigures. */
  note: string;
}

export function loadCurrent(ctx: Context, withDigest: boolean): Current {
  const loaded = loadSettings(ctx);
  const { settings } = loaded;
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const probe = probeState(ctx, loaded);
  if (probe.ok) {
    const { inputs } = probe;
    const registry = inputs.registry.registry;
    let digest: ResultsDigest | null = null;
    try {
      if (withDigest) digest = stateDigest(settings, inputs, today);
    } catch {
      // A correction the checkpoint cannot take back: below, as when the probe refuses.
    }
    if (digest || !withDigest) {
      return { settings, registry, statuses: computeStatuses(ctx, settings, registry, inputs.states), digest, full: null, lastRow: inputs.lastRow, note: "" };
    }
  }
  const registry = (probe.ok ? probe.inputs.registry : probe.registry ?? loadRegistry(ctx, settings)).registry;
  const { sheet } = locateResponses(ctx, settings);
  const lastRow = sheet === null ? 1 : Math.max(1, ctx.workbook.lastRow(sheet));
  if (lastRow - 1 <= rangeRows(ctx)) {
    const values = sheet === null ? [] : ctx.workbook.readAll(sheet) ?? [];
    if (sheet !== null) readPercentCells(ctx, sheet, values);
    const reports = parseRows(values, 2, settings, ctx.clock.now());
    const fold = validateAll(reports, registry, settings, loadArchiveBase(ctx));
    return {
      settings, registry, statuses: computeStatuses(ctx, settings, registry, fold.states),
      digest: withDigest ? digestFold(fold, settings, today) : null, full: { results: fold.results, reports }, lastRow, note: "",
    };
  }
  // The notes hold each cooperative's state as the last full validation left it, moved on by every
  // report the form-submit path validated since (one read of one column).
  const states = new Map<string, CoopValidationState>();
  let kept = false;
  for (const text of ctx.workbook.readNotes(settings.sheetNames.statusKoperasi, 2, STATE_COLUMN) ?? []) {
    const note = parseCoopNote(text);
    if (!note) continue;
    kept = true;
    if (note.s) states.set(note.id, note.s);
  }
  if (!kept) throw new AppError("NOT_COUNTED");
  const at = Number(ctx.props.get(FULL_RUN_PROPERTY) ?? "");
  const note = SIDEBAR_TEXT.keptFigures(at > 0 ? formatDateTime(at, settings.timeZone) : null);
  return { settings, registry, statuses: computeStatuses(ctx, settings, registry, states), digest: null, full: null, lastRow, note };
}
