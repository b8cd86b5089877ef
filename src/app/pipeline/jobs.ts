// The full-validation jobs (menu validation, hourly catch-up, fallback of the submit path) as phases:
// `Validasi` + internal sheet, then `Status Koperasi`. Inputs are read once, with the caller's settings.
import type { Outcome } from "../run";
import type { Context } from "../context";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { loadRegistry, type LoadedRegistry } from "./registry";
import { loadResponses, type LoadedResponses } from "./responses";
import { validateEverything, type ValidationRun } from "./validation";
import { writeStatusSheet } from "./status";
import { basisFingerprint } from "./basis";
import { atInstant, inputFingerprint, readCursor, runPhases, type JobKind, type Phase } from "./phases";
import type { StoredFingerprints } from "./internal";
import { CHUNK_TEXT } from "../../core/text/chunks";

export interface Inputs extends LoadedSettings, LoadedRegistry {
  responses: LoadedResponses;
  basisFp: string;
}

/** Pengaturan (unless given), Koperasi, Pendamping and the response sheet: one read each. */
export function loadInputs(ctx: Context, loaded?: LoadedSettings, registry?: LoadedRegistry): Inputs {
  const s = loaded ?? loadSettings(ctx);
  const reg = registry ?? loadRegistry(ctx, s.settings);
  const responses = loadResponses(ctx, s.settings);
  return { ...s, notes: [...s.notes, ...responses.notes], ...reg, responses, basisFp: basisFingerprint(s.settings, reg.registry, responses.header, s.cellsFingerprint) };
}

export interface JobResult {
  run: ValidationRun;
  /** Phases written so far (all of them unless the time budget stopped the run). */
  done: number;
  total: number;
  /** Lines for the outcome about a paused or resumed job. */
  notes: string[];
}

/** The instant and first phase of a job: a matching cursor continues, anything else starts afresh. */
export function jobStart(ctx: Context, job: JobKind, input: string): { now: number; from: number; resumed: boolean } {
  const c = readCursor(ctx);
  if (c && c.job === job && c.input === input) return { now: c.now, from: c.next, resumed: true };
  return { now: ctx.clock.now(), from: 0, resumed: false };
}

export function runPhasedJob(
  ctx: Context, job: JobKind, input: string, startedAt: number,
  build: (at: Context) => { run: ValidationRun; phases: Phase[] },
): JobResult {
  const start = jobStart(ctx, job, input);
  const { run, phases } = build(atInstant(ctx, start.now));
  const done = runPhases(ctx, { job, now: start.now, input }, phases, start.from, startedAt);
  const notes: string[] = [];
  if (start.resumed) notes.push(CHUNK_TEXT.resumed(start.from, phases.length));
  if (done < phases.length) notes.push(CHUNK_TEXT.paused(done, phases.length));
  return { run, done, total: phases.length, notes };
}

/** Every row validated again into `Validasi`, then `Status Koperasi`. */
export function validationJob(
  ctx: Context, job: Exclude<JobKind, "rebuild">, inputs: Inputs, startedAt: number, stored?: StoredFingerprints,
): JobResult {
  const { settings, registry, responses } = inputs;
  const input = inputFingerprint(inputs.basisFp, responses.lastRow, responses.reports);
  return runPhasedJob(ctx, job, input, startedAt, (at) => {
    const run = validateEverything(at, settings, registry, {
      reports: responses.reports, lastRow: responses.lastRow, header: responses.header, settingsCells: inputs.cellsFingerprint, ...(stored ? { stored } : {}),
    }, job === "validateAll" ? "all" : "new");
    return {
      run,
      phases: [
        { name: settings.sheetNames.validasi, run: run.write },
        { name: settings.sheetNames.statusKoperasi, run: () => writeStatusSheet(at, settings, run) },
      ],
    };
  });
}

export function pausedOutcome(result: JobResult, summary: string, details: string[]): Outcome {
  return { summary, details: [...result.notes, ...details] };
}
