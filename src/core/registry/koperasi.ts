// Reading the agency's `Koperasi` sheet into typed rows (read only: nothing typed there is changed).
import type { CellValue, Koperasi } from "../model";
import type { Settings } from "../settings/types";
import { KOPERASI_COLUMNS, KOPERASI_REQUIRED } from "../text/sheets";
import { RANGE_LATITUDE, RANGE_LONGITUDE, WHAT_KOPERASI } from "../text/registry";
import { openSheet, readUniqueRows, type RegistryIssue, type RowReader } from "./common";
import { coordinateField, dayField, yesNoField, type FieldContext } from "./fields";

type Key = keyof typeof KOPERASI_COLUMNS;

/** `values`: the sheet's getValues(), header row first. */
export function readKoperasi(
  values: readonly (readonly CellValue[])[],
  settings: Pick<Settings, "sheetTimeZone" | "sheetNames">,
): { items: Koperasi[]; issues: RegistryIssue[] } {
  const sheet = settings.sheetNames.koperasi;
  const tz = settings.sheetTimeZone;
  const opened = openSheet<Key>(values, KOPERASI_COLUMNS, KOPERASI_REQUIRED, sheet, tz);
  if (opened.issues.some((i) => i.code === "MISSING_COLUMN")) return { items: [], issues: opened.issues };
  const read = readUniqueRows(opened.rows, {
    sheet, columns: KOPERASI_COLUMNS, required: KOPERASI_REQUIRED, idKey: "id", what: WHAT_KOPERASI, timeZone: tz,
    build: (r: RowReader<Key>, issues: RegistryIssue[]): Koperasi => {
      const ctx = (key: Key): FieldContext => ({
        sheet, row: r.row, column: KOPERASI_COLUMNS[key][0], timeZone: tz, issues,
      });
      return {
        id: r.text("id"),
        name: r.text("name"),
        village: r.text("village"),
        district: r.text("district"),
        regency: r.text("regency"),
        pendampingId: r.text("pendampingId"),
        pilot: yesNoField(r.cell("pilot"), false, ctx("pilot")),
        inPortal: yesNoField(r.cell("inPortal"), false, ctx("inPortal")),
        lat: coordinateField(r.cell("lat"), 90, RANGE_LATITUDE, ctx("lat")),
        lon: coordinateField(r.cell("lon"), 180, RANGE_LONGITUDE, ctx("lon")),
        targetDay: dayField(r.cell("targetDay"), ctx("targetDay")),
        // Optional column: only a cooperative marked `Ya` carries the field (notes stay short).
        ...(yesNoField(r.cell("operating"), false, ctx("operating")) ? { operating: true } : {}),
        row: r.row,
      };
    },
  });
  return { items: read.items, issues: [...opened.issues, ...read.issues] };
}
