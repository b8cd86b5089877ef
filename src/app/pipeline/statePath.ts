// The rebuild's state path: when nothing upstream changed (pipeline/stateProbe.ts), zones come from the
// cooperatives' states kept in the `Status Koperasi` notes and the outputs' other needs from the
// checkpoint's digest merged with the `Validasi` rows validated since, instead of reading every report.
// Only the `Status Koperasi` rows whose content changed are written; the checkpoint moves to the last row.
import { digestRows, mergeDigests, retractRows, type ResultsDigest } from "../../core/digest";
import type { CoopStatus, LocalDay, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { localDayOf } from "../../core/time/timeZone";
import type { Context } from "../context";
import { writeCheckpoint } from "./checkpoint";
import { buildOutputs, type BuiltOutputs } from "./outputs";
import { computeStatuses, writeChangedStatusRows } from "./status";
import type { StateInputs } from "./stateProbe";

export interface StateRun {
  statuses: CoopStatus[];
  digest: ResultsDigest;
  built: BuiltOutputs;
  /** Runs every write, in the order of the full path's phases after `Validasi`. */
  write(): void;
}

/**
 * The digest of every report from the probe's inputs: the checkpoint's, the rows corrected since taken
 * back, the rows validated since merged in (also the sidebar's and the WhatsApp text's: actions/current.ts).
 * Throws when the digest cannot take a correction back.
 */
export function stateDigest(settings: Settings, inputs: Pick<StateInputs, "checkpoint" | "corrected" | "since">, today: LocalDay): ResultsDigest {
  const { checkpoint } = inputs;
  const base = inputs.corrected.length > 0 ? retractRows(checkpoint.digest, inputs.corrected) : checkpoint.digest;
  return mergeDigests(base, digestRows(inputs.since, settings, today));
}

/** Computes everything from the probe's inputs (nothing written yet); throws when the digest cannot take a correction back. */
export function stateRun(ctx: Context, settings: Settings, registry: Registry, inputs: StateInputs): StateRun {
  const today: LocalDay = localDayOf(ctx.clock.now(), settings.timeZone);
  const { checkpoint } = inputs;
  const digest = stateDigest(settings, inputs, today);
  const statuses = computeStatuses(ctx, settings, registry, inputs.states);
  const built = buildOutputs(ctx, settings, registry, { statuses, notes: [], bookkeeping: () => undefined }, today, digest);
  const write = () => {
    for (const w of built.writes) {
      if (w.name === settings.sheetNames.statusKoperasi) writeChangedStatusRows(ctx, settings, statuses, inputs);
      else w.run();
    }
    // The new rows' fingerprints join the internal sheet, as a full run leaves it (the notes keep theirs too).
    if (inputs.lastRow > checkpoint.lastRow) {
      const rows = [...inputs.fingerprints.values()].map((h) => [h]);
      ctx.workbook.cells(settings.sheetNames.state, checkpoint.lastRow + 1, 1, rows.length, 1).write(rows);
    }
    writeCheckpoint(ctx, { ...checkpoint, digest, lastRow: inputs.lastRow });
  };
  return { statuses, digest, built, write };
}
