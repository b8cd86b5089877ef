// Reads `Koperasi` and `Pendamping` (one read each) into the registry; stops on what cannot be read.
import type { Pendamping, Registry } from "../../core/model";
import { localDayOf } from "../../core/time/timeZone";
import type { Settings } from "../../core/settings/types";
import { buildRegistry, readKoperasi, readPendamping, type RegistryIssue } from "../../core/registry";
import type { Context } from "../context";
import { AppError } from "../errors";

export interface LoadedRegistry {
  registry: Registry;
  /** Row problems that did not stop the action (reported in the outcome and `Log`). */
  issues: RegistryIssue[];
}

export function loadRegistry(ctx: Context, settings: Settings): LoadedRegistry {
  const names = settings.sheetNames;
  const kopValues = ctx.workbook.readAll(names.koperasi);
  if (kopValues === null) throw new AppError("SHEET_MISSING", { sheet: names.koperasi });
  const penValues = ctx.workbook.readAll(names.pendamping);
  if (penValues === null) throw new AppError("SHEET_MISSING", { sheet: names.pendamping });
  const kop = readKoperasi(kopValues, settings);
  const pen = readPendamping(penValues, settings);
  const missing = [...kop.issues, ...pen.issues].filter((i) => i.code === "MISSING_COLUMN");
  if (missing.length > 0) {
    const sheet = missing[0]!.sheet;
    const columns = missing.filter((m) => m.sheet === sheet).map((m) => `"${m.column ?? ""}"`).join(", ");
    throw new AppError("COLUMNS_MISSING", { sheet, columns }, missing.map((m) => m.message));
  }
  if (kop.items.length === 0) throw new AppError("REGISTRY_EMPTY", { sheet: names.koperasi, what: "koperasi" });
  if (pen.items.length === 0) throw new AppError("REGISTRY_EMPTY", { sheet: names.pendamping, what: "pendamping" });
  stampInactive(ctx, settings, pen.items);
  return { registry: buildRegistry(kop.items, pen.items), issues: [...kop.issues, ...pen.issues] };
}

/** Document property: pendamping id -> first local day the add-on saw them `Aktif = Tidak`. */
export const INACTIVE_SINCE_PROP = "kdkmp.inactiveSince";

/**
 * Gives every inactive pendamping the day they were first seen inactive, so validating everything again
 * later never turns their earlier reports into `Ditolak`. Reactivated pendamping are forgotten.
 */
function stampInactive(ctx: Context, settings: Settings, pendamping: Pendamping[]): void {
  let known: Record<string, number> = {};
  try {
    const parsed: unknown = JSON.parse(ctx.props.get(INACTIVE_SINCE_PROP) ?? "{}");
    if (parsed && typeof parsed === "object") known = parsed as Record<string, number>;
  } catch {
    known = {};
  }
  const today = localDayOf(ctx.clock.now(), settings.timeZone);
  const next: Record<string, number> = {};
  let changed = false;
  for (const p of pendamping) {
    if (p.active) continue;
    const day = typeof known[p.id] === "number" ? known[p.id]! : today;
    if (day !== known[p.id]) changed = true;
    next[p.id] = day;
    p.inactiveSince = day;
  }
  if (Object.keys(known).some((id) => !(id in next))) changed = true;
  if (changed) ctx.props.set(INACTIVE_SINCE_PROP, JSON.stringify(next));
}
