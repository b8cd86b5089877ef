// Reading the typed cells of a registry row (yes/no, coordinates, dates, kind), reporting bad values.
import type { CellValue, LocalDay, PendampingKind } from "../model";
import { isBlank, parseDayCell, parseDecimal, parseYesNo } from "../sheets/cells";
import { ASSUMED_NO, ASSUMED_YES, PENDAMPING_KINDS, REGISTRY_MESSAGES } from "../text/registry";
import { issue, quoted, type RegistryIssue } from "./common";

export interface FieldContext {
  sheet: string;
  row: number;
  column: string;
  timeZone: string;
  issues: RegistryIssue[];
}

function bad(ctx: FieldContext, template: (p: Record<string, string | number>) => string, cell: CellValue,
  extra: Record<string, string | number> = {}): void {
  ctx.issues.push(issue("BAD_VALUE", ctx.sheet, ctx.row, template, {
    column: ctx.column, value: quoted(cell, ctx.timeZone), ...extra,
  }));
}

/** Ya/Tidak; blank gives `fallback`; an unreadable value gives `fallback` and a BAD_VALUE issue. */
export function yesNoField(cell: CellValue, fallback: boolean, ctx: FieldContext): boolean {
  if (isBlank(cell)) return fallback;
  const v = parseYesNo(cell);
  if (v !== null) return v;
  bad(ctx, REGISTRY_MESSAGES.BAD_YES_NO, cell, { assumed: fallback ? ASSUMED_YES : ASSUMED_NO });
  return fallback;
}

/** A latitude or longitude (number, or text with `,` or `.` decimals) within ±limit; else null. */
export function coordinateField(cell: CellValue, limit: number, range: string, ctx: FieldContext): number | null {
  if (isBlank(cell)) return null;
  const v = parseDecimal(cell);
  if (v !== null && Math.abs(v) <= limit) return v;
  bad(ctx, REGISTRY_MESSAGES.BAD_NUMBER, cell, { range });
  return null;
}

/** A date cell or dd/MM/yyyy text, as a local day; null when blank or unreadable. */
export function dayField(cell: CellValue, ctx: FieldContext): LocalDay | null {
  if (isBlank(cell)) return null;
  const v = parseDayCell(cell, ctx.timeZone);
  if (v !== null) return v;
  bad(ctx, REGISTRY_MESSAGES.BAD_DATE, cell);
  return null;
}

/** Koperasi / UKM / KUR, case-insensitive; '' when blank or unknown. */
export function kindField(cell: CellValue, ctx: FieldContext): PendampingKind | "" {
  if (isBlank(cell)) return "";
  const t = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  const found = PENDAMPING_KINDS.find((k) => k.toLowerCase() === t);
  if (found) return found;
  bad(ctx, REGISTRY_MESSAGES.BAD_KIND, cell);
  return "";
}
