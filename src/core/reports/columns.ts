// Where each question's answers are in the form's response sheet, found by question title.
import type { CellValue } from "../model";
import { normalizeLabel } from "../sheets/cells";
import { QUESTIONS, koperasiQuestionTitle } from "../text/form";
import { ANY_REGENCY } from "../text/reports";

export type QuestionKey = Exclude<keyof typeof QUESTIONS, "koperasiPrefix">;

export interface KoperasiColumn {
  index: number;
  /** The kabupaten/kota named in the title `Koperasi (<Kabupaten/Kota>)`. */
  regency: string;
}

export interface ResponseColumns {
  /** Always 0: the first column is the submission time whatever its header says. */
  timestamp: number;
  /**
   * 0-based columns of each question, left to right; empty when absent. A title can appear twice
   * (a question deleted and added again): each row uses the first of them that is filled.
   */
  questions: Record<QuestionKey, number[]>;
  /** Every `Koperasi (...)` column, left to right. */
  koperasi: KoperasiColumn[];
}

/** Questions a row cannot be read without (besides at least one `Koperasi (...)` column). */
export const REQUIRED_QUESTIONS: readonly QuestionKey[] = ["pendamping", "visitDate", "landStatus", "progress", "stage"];

const QUESTION_KEYS = (Object.keys(QUESTIONS) as (keyof typeof QUESTIONS)[])
  .filter((k): k is QuestionKey => k !== "koperasiPrefix");

function comparable(text: string): string {
  return normalizeLabel(text).replace(/²/g, "2");
}

/**
 * Maps the header row: exact question titles (trimmed, case-insensitive), every header starting with
 * `Koperasi (`, column 0 as the timestamp; other columns (old questions) are ignored. `missing` lists
 * the titles of required questions without a column.
 */
export function mapResponseColumns(header: readonly CellValue[]): { columns: ResponseColumns; missing: string[] } {
  const questions = {} as Record<QuestionKey, number[]>;
  for (const k of QUESTION_KEYS) questions[k] = [];
  const koperasi: KoperasiColumn[] = [];
  const prefix = comparable(QUESTIONS.koperasiPrefix);
  for (let i = 1; i < header.length; i++) {
    const cell = header[i];
    if (typeof cell !== "string") continue;
    const title = comparable(cell);
    if (title.startsWith(prefix)) {
      const inner = cell.trim().slice(QUESTIONS.koperasiPrefix.length).replace(/\)\s*$/, "").trim();
      koperasi.push({ index: i, regency: inner });
      continue;
    }
    const key = QUESTION_KEYS.find((k) => comparable(QUESTIONS[k]) === title);
    if (key) questions[key].push(i);
  }
  const missing: string[] = REQUIRED_QUESTIONS.filter((k) => questions[k].length === 0).map((k) => QUESTIONS[k]);
  if (koperasi.length === 0) missing.push(koperasiQuestionTitle(ANY_REGENCY));
  return { columns: { timestamp: 0, questions, koperasi }, missing };
}
