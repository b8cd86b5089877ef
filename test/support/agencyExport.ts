// A workbook as an agency would download it from Sheets for `npm run demo -- --input`: the registry of a
// small sample province, no `Pengaturan`, and a response sheet with a few good reports but no form link.
import { createRuntime } from "../../runtime/globals";
import { saveWorkbookXlsx } from "../../runtime/xlsx";
import { generateProvince } from "../../scripts/sample";
import type { ProvinceCode } from "../../scripts/sample/regions";
import type { CellValue } from "../../src/core/model";
import { QUESTIONS, koperasiQuestionTitle } from "../../src/core/text/form";

export interface AgencyExport {
  path: string;
  province?: ProvinceCode;
  /** A registry column left out (a workbook that lacks it). */
  dropColumn?: string;
  reports: number;
  user: string;
}

export function saveAgencyExport(o: AgencyExport): Promise<void> {
  const sample = generateProvince({ ...(o.province ? { province: o.province } : {}), scale: 0.02, days: 3 });
  const ss = createRuntime({ user: o.user }).spreadsheet;
  const put = (name: string, rows: CellValue[][]) => {
    const drop = o.dropColumn === undefined ? -1 : rows[0]!.indexOf(o.dropColumn);
    (ss.__sheet(name) ?? ss.__insertSheetRaw(name)).__write(1, 1, drop >= 0 ? rows.map((r) => r.filter((_, i) => i !== drop)) : rows);
  };
  put("Koperasi", sample.koperasiRows);
  put("Pendamping", sample.pendampingRows);
  const titles = [QUESTIONS.pendamping, QUESTIONS.regency, ...sample.province.regencies.map((g) => koperasiQuestionTitle(g.name)),
    QUESTIONS.visitDate, QUESTIONS.landStatus, QUESTIONS.landArea, QUESTIONS.progress, QUESTIONS.stage,
    QUESTIONS.obstacles, QUESTIONS.photo, QUESTIONS.coordinates];
  const ok = sample.submissions.filter((s) => s.kind === "ok").slice(0, o.reports);
  put("Laporan Harian", [["Timestamp", ...titles], ...ok.map((s) => [new Date(s.at), ...titles.map((t) => s.answers[t] ?? "")])]);
  return saveWorkbookXlsx(ss, o.path);
}
