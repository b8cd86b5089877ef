// What a workbook remembers about the triggers installed for it (document properties): who installed them,
// when, and their ids. Read by the trigger actions and by the protections (the trigger owner keeps access).
import type { Context } from "./context";
import { PROP } from "./props";

export interface TriggerRecord {
  owner: string;
  at: number;
  ids: string[];
}

/** The record, or null when there is none or it does not read back whole. */
export function readTriggerRecord(ctx: Context): TriggerRecord | null {
  try {
    const r = JSON.parse(ctx.props.get(PROP.triggers) ?? "null") as Partial<TriggerRecord> | null;
    if (!r || typeof r.owner !== "string" || typeof r.at !== "number" || !Array.isArray(r.ids)) return null;
    return { owner: r.owner, at: r.at, ids: r.ids.filter((x): x is string => typeof x === "string") };
  } catch {
    return null;
  }
}
