// The rebuild's safety net: every report read and validated, and every output sheet written, in one
// execution. Used only when the state path cannot follow a finished full validation (no response sheet
// linked, a last row that is not a report); the usual full read is a job in row ranges (actions/rebuild.ts).
import { localDayOf } from "../../core/time/timeZone";
import type { Context } from "../context";
import type { Outcome } from "../run";
import type { LoadedSettings } from "../settingsLoader";
import { validateEverything } from "../pipeline/validation";
import { buildOutputs } from "../pipeline/outputs";
import { countsLine, registryNotes } from "../pipeline/notes";
import { loadInputs } from "../pipeline/jobs";
import type { LoadedRegistry } from "../pipeline/registry";
import { REBUILD_TEXT } from "../../core/text/rebuild";
import { keepFormInStep } from "./form";
import { statusSummary } from "./statusSummary";

export function rebuildReadingAll(ctx: Context, loaded: LoadedSettings, registry?: LoadedRegistry): Outcome {
  const inputs = loadInputs(ctx, loaded, registry);
  const { settings, responses } = inputs;
  const run = validateEverything(ctx, settings, inputs.registry, {
    reports: responses.reports, lastRow: responses.lastRow, header: responses.header, settingsCells: inputs.cellsFingerprint,
  }, "new");
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const built = buildOutputs(ctx, settings, inputs.registry, run, today, run.digest);
  run.write();
  for (const w of built.writes) w.run();
  const details = [
    ...keepFormInStep(ctx, settings, inputs.registry),
    `Laporan: ${countsLine(run.digest.counts)}.`,
    built.riwayatAppended ? REBUILD_TEXT.riwayatAdded : REBUILD_TEXT.riwayatKept,
    ...built.notes,
    ...inputs.notes,
    ...registryNotes(inputs.issues),
  ];
  if (responses.sheet === null) details.unshift(REBUILD_TEXT.noForm);
  return { summary: statusSummary(run.statuses), details };
}
