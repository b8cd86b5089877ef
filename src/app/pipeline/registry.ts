// Reads `Koperasi` and `Pendamping` (one read each) into the registry; stops on what cannot be read.
import type { Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { buildRegistry, readKoperasi, readPendamping, reconcileRegistry, type RegistryIssue } from "../../core/registry";
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
    const hints = [...kop.issues, ...pen.issues].filter((i) => i.code === "NEAR_HEADER" && i.sheet === sheet);
    throw new AppError("COLUMNS_MISSING", { sheet, columns }, [...missing, ...hints].map((m) => m.message));
  }
  if (kop.items.length === 0) throw new AppError("REGISTRY_EMPTY", { sheet: names.koperasi, what: "koperasi" });
  if (pen.items.length === 0) throw new AppError("REGISTRY_EMPTY", { sheet: names.pendamping, what: "pendamping" });
  const crossed = reconcileRegistry(kop.items, pen.items, names);
  return { registry: buildRegistry(kop.items, pen.items), issues: [...kop.issues, ...pen.issues, ...crossed] };
}
