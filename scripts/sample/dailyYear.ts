// A daily-reporting year typed into a sample workbook's response sheet: `sites` cooperatives (registry
// order) each reported once a day for `days` days, as the agency asks ("melaporkannya setiap hari").
// One response per site goes through the form (so the row layout is the form's own); the other days
// are copies of it with the day's time, visit date, progress and stage, pasted in one uncounted write.
import type { Driver } from "../../runtime/driver";
import type { CellValue, LandStatus } from "../../src/core/model";
import { LAND_LABELS, STAGE_LABELS } from "../../src/core/text/sheets";
import { QUESTIONS, koperasiChoice, koperasiQuestionTitle, pendampingChoice } from "../../src/core/text/form";
import { stageFor } from "./sites";
import type { SampleProvince } from "./types";
import { pasteRows } from "./workbook";

const DAY = 86_400_000;
const WITA = 8 * 3_600_000;

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface DailyYear {
  sites: number;
  days: number;
  /** Last day of reports, yyyy-MM-dd. */
  endDay: string;
}

/** Types the year into the linked response sheet; returns the number of response rows. */
export function typeDailyYear(driver: Driver, sample: SampleProvince, opts: DailyYear): number {
  const pendName = new Map(sample.pendampingRows.slice(1).map((r) => [String(r[0]), String(r[1])]));
  const coops = sample.koperasiRows.slice(1, 1 + opts.sites);
  const form = driver.linkedForm() as { __submit(a: Record<string, string>, at: Date, o?: object): { row: number; sheetName: string } };
  const first = Date.parse(`${opts.endDay}T00:00:00Z`) - WITA - (opts.days - 1) * DAY;
  const land: LandStatus = "SIAP";
  const answersOf = (k: CellValue[], day: number, progress: number): Record<string, string> => {
    const [id, name, village, , regency, pid] = k.map(String);
    return {
      [QUESTIONS.pendamping]: pendampingChoice(pid!, pendName.get(pid!) ?? pid!),
      [QUESTIONS.regency]: regency!,
      [koperasiQuestionTitle(regency!)]: koperasiChoice(id!, name!, village!),
      [QUESTIONS.visitDate]: new Date(first + day * DAY + WITA).toISOString().slice(0, 10),
      [QUESTIONS.landStatus]: LAND_LABELS[land],
      [QUESTIONS.landArea]: "1200",
      [QUESTIONS.progress]: String(progress),
      [QUESTIONS.stage]: STAGE_LABELS[stageFor(progress, land)],
      [QUESTIONS.obstacles]: "",
      [QUESTIONS.photo]: "",
      [QUESTIONS.coordinates]: "",
    };
  };
  // Each site climbs from its own start to 100 % over the year, a little every day.
  const progressOf = (i: number, day: number) => Math.min(100, (i * 7) % 40 + Math.floor((day * 60) / opts.days));
  const at = (i: number, day: number) => new Date(first + day * DAY + 9 * 3_600_000 + i * 30_000);
  let sheetName = "";
  let firstRow = 0;
  for (let i = 0; i < coops.length; i++) {
    const r = form.__submit(answersOf(coops[i]!, 0, progressOf(i, 0)), at(i, 0), { validate: false });
    sheetName = r.sheetName;
    if (i === 0) firstRow = r.row;
  }
  const sheet = (driver.spreadsheet as Loose).__sheet(sheetName);
  const header = (sheet.__values() as CellValue[][])[0]!;
  const template = (sheet.__values() as CellValue[][]).slice(firstRow - 1, firstRow - 1 + coops.length);
  const col = (title: string) => header.indexOf(title);
  const [visit, progress, stage] = [col(QUESTIONS.visitDate), col(QUESTIONS.progress), col(QUESTIONS.stage)];
  const rows: CellValue[][] = [];
  for (let day = 1; day < opts.days; day++) {
    for (let i = 0; i < template.length; i++) {
      const row = template[i]!.slice();
      const p = progressOf(i, day);
      row[0] = at(i, day);
      const v = row[visit];
      if (v instanceof Date) row[visit] = new Date(v.getTime() + day * DAY);
      row[progress] = p;
      row[stage] = STAGE_LABELS[stageFor(p, land)];
      rows.push(row);
    }
  }
  pasteRows(driver, sheetName, rows, firstRow + template.length);
  return template.length + rows.length + firstRow - 2;
}
