// The rebuild's inputs (read once, with the caller's settings) and its run in whole-sheet phases. The
// full validations (menu, hourly catch-up, the submit path's fallback) fold in row ranges instead
// (pipeline/rangedJob.ts).
import type { Context } from "../context";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { loadRegistry, type LoadedRegistry } from "./registry";
import { loadResponses, type LoadedResponses } from "./responses";
import type { ValidationRun } from "./validation";
import { basisFingerprint } from "./basis";
import { atInstant, readCursor, runPhases, type JobKind, type Phase } from "./phases";
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
