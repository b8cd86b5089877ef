// Two provinces' workbooks with one add-on: each workbook its own runtime over one shared script project.
import type { Driver, DriverOptions } from "../../runtime/driver";
import { createProject, type Project } from "../../runtime/globals";
import { join } from "node:path";
import { agencyWorkbook, wita } from "./agency";

/** The Editor add-on flavour of the bundle. */
export const ADDON_CODE = join(__dirname, "../../dist-addon/Code.js");

export const ADMIN_NTB = "admin@diskop.ntbprov.go.id";
export const ADMIN_NTT = "admin@diskop.nttprov.go.id";
export const NTB_ID = "1NtbWorkbookOfTheAgency00000000000000000000";
export const NTT_ID = "1NttWorkbookOfTheAgency00000000000000000000";

export interface Provinces {
  project: Project;
  ntb: Driver;
  ntt: Driver;
}

/**
 * Opens both workbooks in one script project, each set up by its own admin (setup, registry, form,
 * triggers), `code` being the bundle both load (default dist/Code.js).
 */
export function twoProvinces(
  opts: Omit<DriverOptions, "htmlDir" | "runtime" | "project"> = {}, admins: [string, string] = [ADMIN_NTB, ADMIN_NTT],
): Provinces {
  const project = createProject(wita("2026-11-16T08:00:00"));
  const ntb = agencyWorkbook({ ...opts, project, spreadsheetId: NTB_ID, user: admins[0], spreadsheetName: "Pantau KDKMP NTB" });
  const ntt = agencyWorkbook({ ...opts, project, spreadsheetId: NTT_ID, user: admins[1], spreadsheetName: "Pantau KDKMP NTT" });
  return { project, ntb, ntt };
}

/** One workbook alone in its own project, set up the same way (the reference the pair is compared with). */
export function alone(spreadsheetId: string, user: string, opts: Omit<DriverOptions, "htmlDir" | "runtime" | "project"> = {}): Driver {
  return agencyWorkbook({ ...opts, spreadsheetId, user, spreadsheetName: spreadsheetId === NTB_ID ? "Pantau KDKMP NTB" : "Pantau KDKMP NTT" });
}
