// Reading the agency's `Pendamping` sheet into typed rows (read only: nothing typed there is changed).
import type { CellValue, Pendamping } from "../model";
import type { Settings } from "../settings/types";
import { PENDAMPING_COLUMNS, PENDAMPING_REQUIRED } from "../text/sheets";
import { REGISTRY_MESSAGES, WHAT_PENDAMPING } from "../text/registry";
import { issue, openSheet, readUniqueRows, type RegistryIssue, type RowReader } from "./common";
import { dayField, kindField, yesNoField, type FieldContext } from "./fields";
import { isBlank } from "../sheets/cells";

type Key = keyof typeof PENDAMPING_COLUMNS;

/**
 * `values`: the sheet's getValues(), header row first. `Aktif` blank means Ya; `Tanggal Nonaktif` is
 * the day from which the pendamping's reports are rejected (see Pendamping.inactiveSince).
 */
export function readPendamping(
  values: readonly (readonly CellValue[])[],
  settings: Pick<Settings, "sheetTimeZone" | "sheetNames">,
): { items: Pendamping[]; issues: RegistryIssue[] } {
  const sheet = settings.sheetNames.pendamping;
  const tz = settings.sheetTimeZone;
  const opened = openSheet<Key>(values, PENDAMPING_COLUMNS, PENDAMPING_REQUIRED, sheet, tz);
  if (opened.issues.some((i) => i.code === "MISSING_COLUMN")) return { items: [], issues: opened.issues };
  const read = readUniqueRows(opened.rows, {
    sheet, columns: PENDAMPING_COLUMNS, required: PENDAMPING_REQUIRED, idKey: "id", what: WHAT_PENDAMPING,
    timeZone: tz,
    build: (r: RowReader<Key>, issues: RegistryIssue[]): Pendamping => {
      const ctx = (key: Key): FieldContext => ({
        sheet, row: r.row, column: PENDAMPING_COLUMNS[key][0], timeZone: tz, issues,
      });
      return {
        id: r.text("id"),
        name: r.text("name"),
        email: r.text("email"),
        kind: kindField(r.cell("kind"), ctx("kind")),
        regency: r.text("regency"),
        active: activeField(r, ctx),
        phone: phoneText(r.cell("phone"), r.text("phone")),
        row: r.row,
        inactiveSince: dayField(r.cell("inactiveSince"), ctx("inactiveSince")),
      };
    },
  });
  return { items: read.items, issues: [...opened.issues, ...read.issues] };
}

/**
 * `Aktif` (blank means Ya). A `Tanggal Nonaktif` makes the pendamping inactive (left out of the form
 * and `Kepatuhan Pendamping`); with `Aktif` = Ya beside it, the date wins and the row is reported.
 */
function activeField(r: RowReader<Key>, ctx: (key: Key) => FieldContext): boolean {
  const active = yesNoField(r.cell("active"), true, ctx("active"));
  if (isBlank(r.cell("inactiveSince"))) return active;
  if (active && !isBlank(r.cell("active"))) {
    const c = ctx("active");
    c.issues.push(issue("BAD_VALUE", c.sheet, c.row, REGISTRY_MESSAGES.ACTIVE_WITH_DATE, {
      column: c.column, dateColumn: PENDAMPING_COLUMNS.inactiveSince[0],
    }));
  }
  return false;
}

/**
 * Sheets turns a typed `081234567801` into the number 81234567801; an Indonesian mobile number
 * starts with 08, so the lost zero is put back.
 */
function phoneText(cell: unknown, text: string): string {
  return typeof cell === "number" && /^8\d{7,12}$/.test(text) ? `0${text}` : text;
}
