// The text form of a cooperative's validation state in the hidden state sheet: compact JSON, one cell per cooperative.
import { LAND_STATUSES, STAGES, type LandStatus, type Stage } from "../model";
import { STATE_VERSION, type CoopValidationState, type CountedEntry } from "./state";

/**
 * encodeState writes `{"v":1,"n":<newestSubmitDay>,"r":[[row,day,at,pid,progress,land,stage,hash,since],...]}`:
 * positional entries keep a cooperative's cell to about 75 characters per kept report (JSON.stringify of the
 * state object itself also works, about twice as long; stateFromJson reads both).
 */
type EntryTuple = [number, number, number, string, number, LandStatus, Stage, string, number];

export function encodeState(state: CoopValidationState): string {
  return JSON.stringify(stateToJson(state));
}

/** The value encodeState writes, for embedding in a larger JSON document. */
export function stateToJson(state: CoopValidationState): { v: number; n: number; r: EntryTuple[] } {
  const r: EntryTuple[] = state.reports.map((e) => [e.row, e.day, e.at, e.pid, e.progress, e.land, e.stage, e.hash, e.since]);
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
  if (Array.isArray(v)) return v.length === 9 ? entryOf(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]) : null;
  if (typeof v !== "object" || v === null) return null;
  const e = v as Record<string, unknown>;
  return entryOf(e.row, e.day, e.at, e.pid, e.progress, e.land, e.stage, e.hash, e.since);
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
