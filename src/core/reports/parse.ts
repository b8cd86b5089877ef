// Reads one row of the form's response sheet into a Report; never throws, whatever the cells hold.
import type { CellValue, Finding, LandStatus, Report, Stage } from "../model";
import type { Settings } from "../settings/types";
import { cellText, isBlank, normalizeLabel, parseDayCell, parseDecimal, parseIndonesianNumber, shortText } from "../sheets/cells";
import { matchChoice } from "../sheets/choices";
import { isoDay } from "../time/localDay";
import { QUESTIONS, idFromChoice, koperasiQuestionTitle } from "../text/form";
import { ANY_REGENCY, LAND_ALIASES, TIMESTAMP_QUESTION } from "../text/reports";
import { STAGE_ALIASES } from "../text/settings";
import { LAND_LABELS, STAGE_LABELS } from "../text/sheets";
import type { QuestionKey, ResponseColumns } from "./columns";
import { fnv1a64 } from "./hash";
import { parseTimestamp } from "./timestamp";

export { mapResponseColumns, REQUIRED_QUESTIONS } from "./columns";
export type { KoperasiColumn, QuestionKey, ResponseColumns } from "./columns";
export { parseCoordinates } from "./coordinates";
export { parseTimestamp } from "./timestamp";

function at(cells: readonly CellValue[], index: number): CellValue {
  const v = index >= 0 ? cells[index] : undefined;
  return v === undefined || v === null ? "" : v;
}

/** A value quoted in a problem: short, on one line. */
function shown(cell: CellValue, timeZone: string): string {
  return typeof cell === "number" ? String(cell) : shortText(cellText(cell, timeZone));
}

/** The id of a choice `ID — Name` (also `ID - Name` typed by hand, or a bare id). */
export function idOfAnswer(text: string): string {
  const id = idFromChoice(text);
  const m = /^(.*?)\s[-–]\s/.exec(id);
  return (m ? (m[1] ?? "") : id).trim();
}

type Reader = <T>(question: string, cell: CellValue, required: boolean, read: (c: CellValue) => T | null) => T | null;

/**
 * `row`: 1-based sheet row. Reading problems become MISSING_ANSWER / UNREADABLE_ANSWER findings
 * (severity reject) with params { question[, value] }; a blank or unreadable first column (the
 * submission time) is reported the same way under the question name "Stempel waktu". Progress
 * outside 0..100 is kept as read (the validation rejects it). The visit date of a Date cell is its
 * calendar day in settings.timeZone. A row with several `Koperasi (...)` answers uses the one of the
 * answered Kabupaten/Kota, else the first filled.
 */
export function parseResponseRow(
  cells: readonly CellValue[],
  row: number,
  columns: ResponseColumns,
  settings: Pick<Settings, "timeZone">,
): Report {
  const tz = settings.timeZone;
  const problems: Finding[] = [];
  const answer = (key: QuestionKey): CellValue => {
    for (const i of columns.questions[key]) {
      const v = at(cells, i);
      if (!isBlank(v)) return v;
    }
    return "";
  };
  const read: Reader = (question, cell, required, parse) => {
    if (isBlank(cell)) {
      if (required) problems.push({ code: "MISSING_ANSWER", severity: "reject", params: { question } });
      return null;
    }
    let value: ReturnType<typeof parse> = null;
    try {
      value = parse(cell);
    } catch {
      value = null;
    }
    if (value === null) {
      problems.push({ code: "UNREADABLE_ANSWER", severity: "reject", params: { question, value: shown(cell, tz) } });
    }
    return value;
  };
  const text = (cell: CellValue): string => cellText(cell, tz);

  const submittedAt = read(TIMESTAMP_QUESTION, at(cells, columns.timestamp), true, (c) => parseTimestamp(c, tz));
  const pendampingId = read(QUESTIONS.pendamping, answer("pendamping"), true, (c) => idOfAnswer(text(c)) || null) ?? "";
  const regencyAnswer = text(answer("regency"));
  const filled = columns.koperasi.filter((k) => !isBlank(at(cells, k.index)));
  const chosen = filled.find((k) => normalizeLabel(k.regency) === normalizeLabel(regencyAnswer)) ?? filled[0];
  const koperasiQuestion = koperasiQuestionTitle(chosen?.regency || regencyAnswer || ANY_REGENCY);
  const koperasiId = read(koperasiQuestion, chosen ? at(cells, chosen.index) : "", true,
    (c) => idOfAnswer(text(c)) || null) ?? "";
  const visitDay = read(QUESTIONS.visitDate, answer("visitDate"), true, (c) => parseDayCell(c, tz));
  const landStatus = read(QUESTIONS.landStatus, answer("landStatus"), true,
    (c) => (typeof c === "string" ? matchChoice<LandStatus>(c, LAND_LABELS, LAND_ALIASES) : null));
  const landArea = read(QUESTIONS.landArea, answer("landArea"), false, (c) => parseIndonesianNumber(c));
  const progress = read(QUESTIONS.progress, answer("progress"), true, (c) => parseDecimal(c));
  const stage = read(QUESTIONS.stage, answer("stage"), true,
    (c) => (typeof c === "string" ? matchChoice<Stage>(c, STAGE_LABELS, STAGE_ALIASES) : null));
  const obstacles = text(answer("obstacles"));
  const photoUrl = text(answer("photo"));
  const coordinates = text(answer("coordinates"));

  const raw = (key: QuestionKey, value: string | number | null): string =>
    value !== null ? String(value) : `?${text(answer(key))}`;
  const flat = (s: string) => s.replace(/\s+/g, " ").trim();
  const contentHash = fnv1a64([
    pendampingId, koperasiId, visitDay === null ? raw("visitDate", null) : isoDay(visitDay),
    raw("landStatus", landStatus), raw("landArea", landArea), raw("progress", progress), raw("stage", stage),
    flat(obstacles), flat(photoUrl), flat(coordinates),
  ].join("\u001f"));

  return {
    row,
    submittedAt,
    pendampingId,
    koperasiId,
    regency: chosen?.regency || regencyAnswer,
    visitDay,
    landStatus,
    landArea,
    progress,
    stage,
    obstacles,
    photoUrl,
    coordinates,
    problems,
    contentHash,
  };
}
