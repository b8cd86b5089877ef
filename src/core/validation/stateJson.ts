// The text form of a cooperative's validation state in the hidden state sheet: compact JSON, one cell per cooperative.
import { LAND_STATUSES, STAGES, type LandStatus, type Stage } from "../model";
import { STATE_VERSION, type CoopValidationState, type CountedEntry } from "./state";

/**
 * encodeState writes `{"v":2,"n":<newestSubmitDay>,"r":[[row,day,at,pid,progress,land,stage,hash,since(,funnel)],...]}`:
 * `funnel` (only when the report answered a question of SPEC section 8) is `[obstacles, photo, open]`
 * with `open` 1 (Ya), 0 (Tidak) or -1 (not answered).
 * positional entries keep a cooperative's cell to about 75 characters per kept report (JSON.stringify of the
 * state object itself also works, about twice as long; stateFromJson reads both).
 */
type Funnel = [string[], string, number];
type EntryTuple =
  | [number, number, number, string, number, LandStatus, Stage, string, number]
  | [number, number, number, string, number, LandStatus, Stage, string, number, Funnel];

function funnelOf(e: CountedEntry): Funnel | null {
  if (e.ob === undefined && e.ph === undefined && e.op === undefined) return null;
  return [e.ob ?? [], e.ph ?? "", e.op === undefined ? -1 : e.op ? 1 : 0];
}

function withFunnel(e: CountedEntry, f: unknown): CountedEntry | null {
  if (f === undefined) return e;
  if (!Array.isArray(f) || f.length !== 3) return null;
  const [ob, ph, op] = f as unknown[];
  if (!Array.isArray(ob) || !ob.every((x) => typeof x === "string") || typeof ph !== "string" || (op !== 1 && op !== 0 && op !== -1)) return null;
  if (ob.length > 0) e.ob = ob as string[];
  if (ph !== "") e.ph = ph;
  if (op !== -1) e.op = op === 1;
  return e;
}

export function encodeState(state: CoopValidationState): string {
  return JSON.stringify(stateToJson(state));
}

/** The value encodeState writes, for embedding in a larger JSON document. */
export function stateToJson(state: CoopValidationState): { v: number; n: number; r: EntryTuple[] } {
  const r: EntryTuple[] = state.reports.map((e) => {
    const f = funnelOf(e);
    return f ? [e.row, e.day, e.at, e.pid, e.progress, e.land, e.stage, e.hash, e.since, f] : [e.row, e.day, e.at, e.pid, e.progress, e.land, e.stage, e.hash, e.since];
  });
  return { v: state.version, n: state.newestSubmitDay, r };
}

function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function entryOf(row: unknown, day: unknown, at: unknown, pid: unknown, progress: unknown, land: unknown,
  stage: unknown, hash: unknown, since: unknown): CountedEntry | null {
  if (!isNum(row) || !isNum(day) || !isNum(at) || typeof pid !== "string" || !isNum(progress)
    || !LAND_STATUSES.includes(land as LandStatus) || !STAGES.includes(stage as Stage)
    || typeof hash !== "string" || !isNum(since)) return null;
  return { row, day, at, pid, progress, land: land as LandStatus, stage: stage as Stage, hash, since };
}

function entryFrom(v: unknown): CountedEntry | null {
  if (Array.isArray(v)) {
    if (v.length !== 9 && v.length !== 10) return null;
    const e = entryOf(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    return e && withFunnel(e, v[9]);
  }
  if (typeof v !== "object" || v === null) return null;
  const e = v as Record<string, unknown>;
  const entry = entryOf(e.row, e.day, e.at, e.pid, e.progress, e.land, e.stage, e.hash, e.since);
  return entry && withFunnel(entry, e.ob === undefined && e.ph === undefined && e.op === undefined
    ? undefined : [e.ob ?? [], e.ph ?? "", e.op === undefined ? -1 : e.op ? 1 : 0]);
}

/**
 * The state in a parsed JSON value (the encodeState form or the plain state object), or null when it is
 * missing, damaged or of another version: the caller then rebuilds every state with validateAll.
 */
export function stateFromJson(value: unknown): CoopValidationState | null {
  if (typeof value !== "object" || value === null) return null;
  const s = value as Record<string, unknown>;
  const version = s.v ?? s.version;
  const newest = s.n ?? s.newestSubmitDay;
  const list = s.r ?? s.reports;
  if (version !== STATE_VERSION || !isNum(newest) || !Array.isArray(list)) return null;
  const reports: CountedEntry[] = [];
  for (const item of list) {
    const e = entryFrom(item);
    if (!e) return null;
    reports.push(e);
  }
  return { version: STATE_VERSION, newestSubmitDay: newest, reports };
}

/** The state stored by encodeState, or null when the text is empty or not a state. */
export function decodeState(text: string): CoopValidationState | null {
  if (text === "") return null;
  try {
    return stateFromJson(JSON.parse(text));
  } catch {
    return null;
  }
}
