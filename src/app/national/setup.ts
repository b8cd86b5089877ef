// `Siapkan lembar kerja` (national): creates `Provinsi`, `Pengaturan` with its defaults, `Rekap Nasional`,
// `Tren Nasional` and `Log` when missing; touches nothing that exists.
import { nationalSettingRows } from "../../core/national/settings";
import { TEXT } from "../../core/text/actions";
import { NATIONAL_HEADERS, NATIONAL_SHEETS, NATIONAL_TEXT } from "../../core/text/national";
import type { Outcome } from "../run";
import type { NationalContext } from "./context";

export function setupNational(ctx: NationalContext): Outcome {
  const wb = ctx.workbook;
  const created: string[] = [];
  const existing: string[] = [];
  const plan = [
    { name: NATIONAL_SHEETS.provinsi, headers: NATIONAL_HEADERS.provinsi, exact: false },
    { name: NATIONAL_SHEETS.pengaturan, headers: NATIONAL_HEADERS.pengaturan, exact: false },
    { name: NATIONAL_SHEETS.rekap, headers: NATIONAL_HEADERS.rekap, exact: false },
    { name: NATIONAL_SHEETS.tren, headers: NATIONAL_HEADERS.tren, exact: true },
    { name: NATIONAL_SHEETS.log, headers: NATIONAL_HEADERS.log, exact: true },
  ];
  for (const p of plan) {
    if (wb.ensureSheet(p.name, p.headers, { frozenRows: 1, ...(p.exact ? { exactColumns: true } : {}) })) created.push(p.name);
    else existing.push(p.name);
  }
  if (created.includes(NATIONAL_SHEETS.pengaturan)) {
    wb.writeBlock(NATIONAL_SHEETS.pengaturan, 2, 1, { values: nationalSettingRows(), numberFormats: ["@", "@", "@"] });
  }
  const details: string[] = [];
  if (created.length > 0 && existing.length > 0) details.push(TEXT.setupExisting(existing));
  if (created.length > 0) details.push(NATIONAL_TEXT.setupNext);
  return { summary: created.length > 0 ? TEXT.setupCreated(created) : TEXT.setupNothing, details };
}
