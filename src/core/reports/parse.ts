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
import type { KoperasiColumn, QuestionKey, ResponseColumns } from "./columns";
import { DEFAULT_OBSTACLE_KINDS } from "../settings/defaults";
import { readObstacles, readOutlet, readSource } from "./funnelAnswers";
import { Fnv1a64 } from "./hash";
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

/** A cell parser that captures nothing (so none is allocated per row). */
type Parse<T> = (cell: CellValue, timeZone: string) => T | null;

const PARSE_TIMESTAMP: Parse<number> = (c, tz) => parseTimestamp(c, tz);
const PARSE_DAY: Parse<number> = (c, tz) => parseDayCell(c, tz);
const PARSE_LAND: Parse<LandStatus> = (c) => (typeof c === "string" ? matchChoice<LandStatus>(c, LAND_LABELS, LAND_ALIASES) : null);
const PARSE_AREA: Parse<number> = (c) => parseIndonesianNumber(c);
const PARSE_PROGRESS: Parse<number> = (c) => parseDecimal(c);
const PARSE_STAGE: Parse<Stage> = (c) => (typeof c === "string" ? matchChoice<Stage>(c, STAGE_LABELS, STAGE_ALIASES) : null);

/** What one reading of a sheet (one `columns`) keeps between rows: a form's answers repeat a lot. */
interface ColumnsMemo {
  /** Id of each `ID — Name` answer text seen, pendamping and koperasi apart (the small table stays in cache); bounded. */
  pendampingIds: Map<string, string>;
  koperasiIds: Map<string, string>;
  /** normalizeLabel of each `Koperasi (...)` column's regency, computed when first needed. */
  regencies: string[] | null;
}

const MEMOS = new WeakMap<ResponseColumns, ColumnsMemo>();
const IDS_LIMIT = 200_000;

function memoOf(columns: ResponseColumns): ColumnsMemo {
  let m = MEMOS.get(columns);
  if (!m) MEMOS.set(columns, (m = { pendampingIds: new Map(), koperasiIds: new Map(), regencies: null }));
  return m;
}

/** The id of a pendamping or koperasi answer: idOfAnswer of its text ('' when it names none). */
function answerId(cell: CellValue, timeZone: string, ids: Map<string, string>): string {
  if (typeof cell !== "string") return idOfAnswer(cellText(cell, timeZone));
  const known = ids.get(cell);
  if (known !== undefined) return known;
  const id = idOfAnswer(cell.trim());
  if (ids.size < IDS_LIMIT) ids.set(cell, id);
  return id;
}

/** The reading problems of the row being parsed (parseResponseRow is not re-entrant). */
const pending: Finding[] = [];
/** The `problems` of every row read without any: shared, so frozen (nothing ever adds to it). */
const NO_PROBLEMS = Object.freeze([]) as readonly Finding[] as Finding[];

/** A required answer is blank. */
function missing(question: string): void {
  pending.push({ code: "MISSING_ANSWER", severity: "reject", params: { question } });
}

/** A filled answer could not be read. */
function unreadable(question: string, cell: CellValue, timeZone: string): void {
  pending.push({ code: "UNREADABLE_ANSWER", severity: "reject", params: { question, value: shown(cell, timeZone) } });
}

/** Null when blank (a problem when required) or unreadable (a problem), else the parsed value. */
function read<T>(question: string, cell: CellValue, required: boolean, timeZone: string, parse: Parse<T>): T | null {
  if (isBlank(cell)) {
    if (required) missing(question);
    return null;
  }
  let value: T | null = null;
  try {
    value = parse(cell, timeZone);
  } catch {
    value = null;
  }
  if (value === null) unreadable(question, cell, timeZone);
  return value;
}

/** The first filled cell among a question's columns, '' when none is. */
function answer(cells: readonly CellValue[], columns: ResponseColumns, key: QuestionKey): CellValue {
  for (const i of columns.questions[key]) {
    const v = at(cells, i);
    if (!isBlank(v)) return v;
  }
  return "";
}

/** `?` and the answer's text: how an unreadable (or blank) answer enters the fingerprint. */
function hashUnread(h: Fnv1a64, cells: readonly CellValue[], columns: ResponseColumns, key: QuestionKey, timeZone: string): void {
  h.byte(0x3f);
  h.text(cellText(answer(cells, columns, key), timeZone));
}

/** Text with runs of whitespace as one space, trimmed. */
function flat(s: string): string {
  return s === "" ? s : s.replace(/\s+/g, " ").trim();
}

const FIELD_SEPARATOR = 0x1f;
const hasher = new Fnv1a64();

/**
 * `row`: 1-based sheet row. Reading problems become MISSING_ANSWER / UNREADABLE_ANSWER findings
 * (severity reject) with params { question[, value] }; a blank or unreadable first column (the
 * submission time) is reported the same way under the question name "Stempel waktu". Progress
 * outside 0..100 is kept as read (the validation rejects it). The visit date of a Date cell is its
 * calendar day in the spreadsheet's zone (settings.sheetTimeZone), as the pendamping entered it. A row with several `Koperasi (...)` answers uses the one of the
 * answered Kabupaten/Kota, else the first filled.
 */
export function parseResponseRow(
  cells: readonly CellValue[],
  row: number,
  columns: ResponseColumns,
  settings: Pick<Settings, "sheetTimeZone"> & Partial<Pick<Settings, "obstacleKinds">>,
): Report {
  const tz = settings.sheetTimeZone;
  const memo = memoOf(columns);
  pending.length = 0;

  const submittedAt = read(TIMESTAMP_QUESTION, at(cells, columns.timestamp), true, tz, PARSE_TIMESTAMP);

  let pendampingId = "";
  const pCell = answer(cells, columns, "pendamping");
  if (isBlank(pCell)) missing(QUESTIONS.pendamping);
  else {
    pendampingId = safeAnswerId(pCell, tz, memo.pendampingIds);
    if (pendampingId === "") unreadable(QUESTIONS.pendamping, pCell, tz);
  }

  const regencyAnswer = cellText(answer(cells, columns, "regency"), tz);
  // The filled `Koperasi (...)` column of the answered regency, else the first filled one.
  let chosen: KoperasiColumn | undefined;
  let filledCount = 0;
  for (const k of columns.koperasi) {
    if (isBlank(at(cells, k.index))) continue;
    if (++filledCount === 1) chosen = k;
  }
  if (filledCount > 1) {
    const regencies = memo.regencies ?? (memo.regencies = columns.koperasi.map((k) => normalizeLabel(k.regency)));
    const wanted = normalizeLabel(regencyAnswer);
    for (let j = 0; j < columns.koperasi.length; j++) {
      const k = columns.koperasi[j]!;
      if (regencies[j] === wanted && !isBlank(at(cells, k.index))) {
        chosen = k;
        break;
      }
    }
  }
  let koperasiId = "";
  const kCell = chosen ? at(cells, chosen.index) : "";
  if (isBlank(kCell)) missing(koperasiQuestionTitle(chosen?.regency || regencyAnswer || ANY_REGENCY));
  else {
    koperasiId = safeAnswerId(kCell, tz, memo.koperasiIds);
    if (koperasiId === "") unreadable(koperasiQuestionTitle(chosen?.regency || regencyAnswer || ANY_REGENCY), kCell, tz);
  }

  const visitDay = read(QUESTIONS.visitDate, answer(cells, columns, "visitDate"), true, tz, PARSE_DAY);
  const landStatus = read(QUESTIONS.landStatus, answer(cells, columns, "landStatus"), true, tz, PARSE_LAND);
  const landArea = read(QUESTIONS.landArea, answer(cells, columns, "landArea"), false, tz, PARSE_AREA);
  const progress = read(QUESTIONS.progress, answer(cells, columns, "progress"), true, tz, PARSE_PROGRESS);
  const stage = read(QUESTIONS.stage, answer(cells, columns, "stage"), true, tz, PARSE_STAGE);
  const obstacles = cellText(answer(cells, columns, "obstacles"), tz);
  const photoUrl = cellText(answer(cells, columns, "photo"), tz);
  const coordinates = cellText(answer(cells, columns, "coordinates"), tz);
  const obstacleCell = answer(cells, columns, "obstacleKinds");
  const obstacleAnswer = readObstacles(obstacleCell, settings.obstacleKinds ?? DEFAULT_OBSTACLE_KINDS);
  const sourceCell = answer(cells, columns, "source");
  const source = readSource(sourceCell);
  const outletCell = answer(cells, columns, "outlet");
  const outletOpen = readOutlet(outletCell);
  const sourceText = source === null ? cellText(sourceCell, tz) : "";
  const outletText = outletOpen === null ? cellText(outletCell, tz) : "";

  // The fingerprint of the answers joined by U+001F (fed part by part: no joined string).
  const h = hasher;
  h.reset();
  h.text(pendampingId);
  h.byte(FIELD_SEPARATOR);
  h.text(koperasiId);
  h.byte(FIELD_SEPARATOR);
  if (visitDay === null) hashUnread(h, cells, columns, "visitDate", tz);
  else h.text(isoDay(visitDay));
  h.byte(FIELD_SEPARATOR);
  if (landStatus === null) hashUnread(h, cells, columns, "landStatus", tz);
  else h.text(landStatus);
  h.byte(FIELD_SEPARATOR);
  if (landArea === null) hashUnread(h, cells, columns, "landArea", tz);
  else h.text(String(landArea));
  h.byte(FIELD_SEPARATOR);
  if (progress === null) hashUnread(h, cells, columns, "progress", tz);
  else h.text(String(progress));
  h.byte(FIELD_SEPARATOR);
  if (stage === null) hashUnread(h, cells, columns, "stage", tz);
  else h.text(stage);
  h.byte(FIELD_SEPARATOR);
  h.text(flat(obstacles));
  h.byte(FIELD_SEPARATOR);
  h.text(flat(photoUrl));
  h.byte(FIELD_SEPARATOR);
  h.text(flat(coordinates));
  // The questions of SPEC section 8 only when answered: a row without them keeps the fingerprint it had
  // before they existed (so stored fingerprints and `Duplikat` decisions stay as they were).
  if (obstacleAnswer.kinds.length > 0 || !isBlank(sourceCell) || !isBlank(outletCell)) {
    h.byte(FIELD_SEPARATOR);
    h.text(obstacleAnswer.kinds.join(","));
    h.byte(FIELD_SEPARATOR);
    h.text(source ?? flat(sourceText));
    h.byte(FIELD_SEPARATOR);
    h.text(outletOpen === null ? flat(outletText) : outletOpen ? "Y" : "N");
  }
  const contentHash = h.hex();

  const problems = pending.length === 0 ? NO_PROBLEMS : pending.slice();
  pending.length = 0;
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
    obstacleKinds: obstacleAnswer.kinds,
    unknownObstacles: obstacleAnswer.unknown,
    source,
    sourceText,
    outletOpen,
    outletText,
    photoUrl,
    coordinates,
    problems,
    contentHash,
  };
}

/** answerId, '' when reading the answer throws (it does not; kept as the reader's guarantee). */
function safeAnswerId(cell: CellValue, timeZone: string, ids: Map<string, string>): string {
  try {
    return answerId(cell, timeZone, ids);
  } catch {
    return "";
  }
}
