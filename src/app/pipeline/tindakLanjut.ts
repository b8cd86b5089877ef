// `Tindak Lanjut` written with the staff's follow-up columns: the entries are read again right before the
// write (under the run's lock), so whatever staff typed while the run computed is put back on its
// cooperative's row, wherever the new list puts it. One read and one rewrite of the sheet.
import type { CellValue, CoopStatus, LocalDay, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { coopRow, COOP_FORMATS, type TindakLanjut } from "../../core/summaries/tindakLanjut";
import { FORMAT, type Table } from "../../core/summaries/table";
import { FOLLOW_UP_WIDTH, ID_COLUMN, readFollowUps } from "../../core/followUp/entries";
import { placeFollowUps, type StaffCells } from "../../core/followUp/place";
import { FOLLOW_UP_HEADERS, FOLLOW_UP_TEXT, FOLLOW_UP_TITLES } from "../../core/text/followUp";
import { HEADERS } from "../../core/text/sheets";
import { TINDAK_LANJUT_TITLES } from "../../core/text/summaries";
import type { Context } from "../context";
import type { Block, PlacedBlock, SheetOptions } from "../ports";
import { tableBlock } from "./tableBlock";
import { FOLLOW_UP_COLUMNS } from "./followUpColumns";

const T = FORMAT.text;
/** Batas Waktu is a date cell; the other staff columns are plain text (never read as a formula). */
const STAFF_FORMATS: readonly string[] = [T, T, FORMAT.date, T, T];
const HEADER = [...HEADERS.tindakLanjut, ...FOLLOW_UP_HEADERS];
const FORMATS = [...COOP_FORMATS, ...STAFF_FORMATS];

interface Section {
  title: string;
  block: Block;
  /** The staff cells of each data row, for `Log` lines naming the row. */
  staff: StaffCells[];
  empty: string | null;
}

/** Reads the staff entries, places them, and rewrites the sheet; returns `Log` lines. */
export function writeTindakLanjut(
  ctx: Context, settings: Settings, registry: Registry, statuses: readonly CoopStatus[], tl: TindakLanjut,
  today: LocalDay, options: SheetOptions,
): string[] {
  const name = settings.sheetNames.tindakLanjut;
  const timeZone = ctx.workbook.timeZone();
  const entries = readFollowUps(ctx.workbook.readTable(name, FOLLOW_UP_WIDTH) ?? [], timeZone);
  const listedIds = tl.coops.rows.map((r) => String(r[ID_COLUMN] ?? ""));
  const placed = placeFollowUps(listedIds, entries, {
    today, timeZone, overdueColor: settings.colors.MERAH, problemColor: settings.colors.KUNING,
  });
  const byId = new Map(statuses.map((s) => [s.koperasi.id, s]));
  const outsideRows = placed.outside.map(({ id, staff }) => {
    const s = id === "" ? undefined : byId.get(id);
    const row: CellValue[] = s ? coopRow(s, registry) : ["", id, "", "", "", "", "", ""];
    const bg: (string | null)[] = row.map(() => null);
    if (s) bg[0] = (settings.colors as Record<string, string | undefined>)[s.zone] ?? null;
    return { row, bg, staff };
  });
  const sections: Section[] = [
    withStaff(TINDAK_LANJUT_TITLES.coops, tl.coops, placed.listed, TINDAK_LANJUT_TITLES.noCoops),
    withStaff(FOLLOW_UP_TITLES.outside, {
      headers: HEADERS.tindakLanjut, rows: outsideRows.map((o) => o.row), numberFormats: COOP_FORMATS,
      backgrounds: outsideRows.map((o) => o.bg),
    }, outsideRows.map((o) => o.staff), FOLLOW_UP_TITLES.noOutside),
    { title: TINDAK_LANJUT_TITLES.warnings, block: tableBlock(tl.warnings), staff: [], empty: tl.warnings.rows.length === 0 ? TINDAK_LANJUT_TITLES.noWarnings : null },
  ];
  const blocks: PlacedBlock[] = [];
  const lines: string[] = [];
  let row = 1;
  for (const s of sections) {
    blocks.push({ row, col: 1, block: { values: [[s.title]], numberFormats: ["@"], boldFirstRow: true } });
    blocks.push({ row: row + 1, col: 1, block: s.block });
    s.staff.forEach((st, i) => {
      for (const p of st.problems) lines.push(FOLLOW_UP_TEXT.cellProblem(name, row + 2 + i, FOLLOW_UP_HEADERS[p.column]!, p.message));
    });
    row += 1 + s.block.values.length;
    if (s.empty !== null) {
      blocks.push({ row, col: 1, block: { values: [[s.empty]], numberFormats: ["@"] } });
      row += 1;
    }
    row += 1;
  }
  // Frozen through the first table's header (row 2, under the section title), like every output sheet.
  ctx.workbook.replaceContent(name, blocks, { ...options, frozenRows: 2, unprotectedColumns: FOLLOW_UP_COLUMNS });
  if (placed.kept > 0) lines.unshift(FOLLOW_UP_TEXT.kept(placed.kept, placed.outside.length));
  return [...lines, ...placed.removed];
}

/** The table with the five staff columns on the right of each row. */
function withStaff(title: string, t: Table, staff: StaffCells[], empty: string): Section {
  const values: CellValue[][] = [HEADER.slice(), ...t.rows.map((r, i) => [...r, ...staff[i]!.values])];
  const backgrounds: (string | null)[][] = [HEADER.map(() => null), ...t.rows.map((r, i) => [
    ...(t.backgrounds?.[i] ?? r.map(() => null)), ...staff[i]!.backgrounds,
  ])];
  const notes: string[][] = [HEADER.map(() => ""), ...t.rows.map((r, i) => [...r.map(() => ""), ...staff[i]!.notes])];
  const block: Block = { values, numberFormats: FORMATS, boldFirstRow: true, backgrounds };
  if (staff.some((s) => s.notes.some((n) => n !== ""))) block.notes = notes;
  return { title, block, staff, empty: t.rows.length === 0 ? empty : null };
}
