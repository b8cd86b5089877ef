// Reads an .xlsx one row at a time for runtime/xlsx.ts: each sheet's XML is inflated as a stream and
// parsed by SAX, and a row's cells go to the caller as soon as the row ends, so no sheet is ever held as
// one string or as exceljs cell objects (what exceljs's whole-workbook reader does, and what made an
// import's memory grow faster than its file). The small parts (styles, shared strings, notes,
// relationships, document properties) go through exceljs's own parsers, and each cell's value is made
// by the rules of exceljs's cell parser (xlsx/xform/sheet/cell-xform.js), so a cell comes out as that
// reader gave it: test/runtime/xlsxStreamRead.test.ts compares the two over generated workbooks.
import { StringDecoder } from "node:string_decoder";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import CommentsXform from "exceljs/lib/xlsx/xform/comment/comments-xform.js";
import CoreXform from "exceljs/lib/xlsx/xform/core/core-xform.js";
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform.js";
import SharedStringsXform from "exceljs/lib/xlsx/xform/strings/shared-strings-xform.js";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform.js";
import WorkbookXform from "exceljs/lib/xlsx/xform/book/workbook-xform.js";
import RelType from "exceljs/lib/xlsx/rel-type.js";
import utils from "exceljs/lib/utils/utils.js";

/** A cell as exceljs's whole-workbook reader showed it: its value, style and note text. */
export interface ReadCell {
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  note: string | undefined;
}

export interface SheetEntry {
  name: string;
  /** The sheet's state as the reader gave it ("visible" when the workbook says none). */
  state: string;
  path: string;
  relsPath: string;
}

export interface XlsxParts {
  description: string | undefined;
  sheets: SheetEntry[];
  zip: Map<string, JSZip.JSZipObject>;
  styles: StylesXform | undefined;
  sharedStrings: SharedStringsXform | undefined;
  date1904: boolean;
}

export interface SheetShape {
  /** exceljs's `rowCount` and `columnCount` of the sheet. */
  rowCount: number;
  columnCount: number;
  /** Columns marked hidden (all of them; the caller keeps those up to columnCount, as before). */
  hiddenColumns: Set<number>;
  frozen: { xSplit: number; ySplit: number } | undefined;
}

/** Thrown when a sheet holds what the row-by-row reader does not rebuild (merged cells, linked cells). */
export class NeedsWholeReader extends Error {}

async function text(zip: Map<string, JSZip.JSZipObject>, path: string): Promise<string | undefined> {
  return zip.get(path)?.async("string");
}

/** The workbook's parts other than its sheets' cells, read the way the whole-workbook reader reads them. */
export async function openXlsx(buffer: Buffer): Promise<XlsxParts> {
  const archive = await JSZip.loadAsync(buffer);
  const zip = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(archive.files)) if (!entry.dir) zip.set(entry.name.replace(/^\//, ""), entry);
  const parse = async <T>(path: string, xform: { parseStream(c: Iterable<string>): Promise<T> }): Promise<T | undefined> => {
    const xml = await text(zip, path);
    return xml === undefined ? undefined : xform.parseStream([xml]);
  };
  const book = await parse("xl/workbook.xml", new WorkbookXform());
  const rels = (await parse("xl/_rels/workbook.xml.rels", new RelationshipsXform())) ?? [];
  const core = await parse("docProps/core.xml", new CoreXform());
  let styles: StylesXform | undefined;
  if (zip.has("xl/styles.xml")) await parse("xl/styles.xml", (styles = new StylesXform()));
  let sharedStrings: SharedStringsXform | undefined;
  if (zip.has("xl/sharedStrings.xml")) await parse("xl/sharedStrings.xml", (sharedStrings = new SharedStringsXform()));
  const byId = new Map(rels.map((r) => [r.Id, r]));
  const sheets: SheetEntry[] = [];
  for (const sheet of book?.sheets ?? []) {
    const rel = byId.get(sheet.rId);
    if (!rel) continue;
    // As exceljs: a target under the workbook's folder, and only worksheets (a chart sheet is skipped).
    const path = `xl/${rel.Target.replace(/^(\s|\/xl\/)+/, "")}`;
    const no = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(path)?.[1];
    if (!no || !zip.has(path)) continue;
    sheets.push({ name: sheet.name, state: sheet.state || "visible", path, relsPath: `xl/worksheets/_rels/sheet${no}.xml.rels` });
  }
  return { description: core?.description, sheets, zip, styles, sharedStrings, date1904: Boolean(book?.properties?.date1904) };
}

/** The notes of a sheet by cell address ("B7"), from its comments part. */
async function sheetNotes(parts: XlsxParts, sheet: SheetEntry): Promise<{ notes: Map<string, string | undefined>; links: boolean }> {
  const notes = new Map<string, string | undefined>();
  const xml = await text(parts.zip, sheet.relsPath);
  const rels = xml === undefined ? [] : ((await new RelationshipsXform().parseStream([xml])) ?? []);
  for (const rel of rels) {
    if (rel.Type !== RelType.Comments) continue;
    const name = /^\.\.\/(comments\d+)\.xml$/.exec(rel.Target)?.[1];
    const comments = await text(parts.zip, `xl/${name}.xml`);
    if (!name || comments === undefined) continue;
    for (const c of (await new CommentsXform().parseStream([comments]))?.comments ?? []) {
      if (c.ref) notes.set(c.ref, (c.note?.texts ?? []).map((t) => t.text).join(""));
    }
  }
  return { notes, links: rels.some((r) => r.Type === RelType.Hyperlink) };
}

function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 65 || k > 90) break;
    c = c * 26 + (k - 64);
  }
  return c;
}

/**
 * Streams one sheet: `row` gets each row's non-empty cells (as the whole-workbook reader's
 * `eachRow`/`eachCell` without empty ones) as soon as the row ends. Throws NeedsWholeReader for merged
 * cells or external links, which that reader applies to cells only once the whole sheet is read.
 */
export async function readSheet(parts: XlsxParts, sheet: SheetEntry, row: (r: number, cells: ReadCell[]) => void): Promise<SheetShape> {
  const { notes, links } = await sheetNotes(parts, sheet);
  const entry = parts.zip.get(sheet.path)!;
  const shape: SheetShape = { rowCount: 0, columnCount: 0, hiddenColumns: new Set(), frozen: undefined };
  const { styles, sharedStrings, date1904 } = parts;
  const parser = new SaxesParser();
  let fail: Error | null = null;

  // The row and cell being read (names as in exceljs's cell parser).
  let rowNumber = 0;
  let cells: ReadCell[] = [];
  let widest = 0;
  let rowHasValue = false;
  let inCell = false;
  let address = "";
  let col = 0;
  let t: string | undefined;
  let styleId = 0;
  let formula: string | undefined;
  let shareType: string | undefined;
  let ref: string | undefined;
  let si: string | undefined;
  /** A shared formula's first cell by its `si`, as exceljs keeps them. */
  const formulae = new Map<string, string>();
  let value: string | undefined;
  let rich: { text?: string }[] | null = null;
  let node: "f" | "v" | "t" | undefined;
  let inRun = false;
  let inRunText = false;
  let inView = false;
  let pane: { xSplit: number; ySplit: number; state?: string } | undefined;

  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (inCell) {
      if (inRun) {
        if (tag.name === "t") inRunText = true;
        return;
      }
      switch (tag.name) {
        case "f": node = "f"; shareType = a.t; ref = a.ref; si = a.si; break;
        case "v": node = "v"; break;
        case "t": node = "t"; break;
        case "r": inRun = true; (rich ??= []).push({}); break;
      }
      return;
    }
    switch (tag.name) {
      case "row":
        rowNumber = parseInt(a.r ?? "", 10);
        cells = [];
        widest = 0;
        rowHasValue = false;
        break;
      case "c":
        inCell = true;
        address = a.r ?? "";
        col = address ? columnOf(address) : col + 1;
        t = a.t;
        styleId = a.s ? parseInt(a.s, 10) : 0;
        formula = shareType = ref = si = value = undefined;
        rich = null;
        node = undefined;
        break;
      case "sheetView": inView = true; pane = undefined; break;
      case "pane":
        if (inView) pane = { xSplit: parseInt(a.xSplit || "0", 10), ySplit: parseInt(a.ySplit || "0", 10), state: a.state };
        break;
      case "col":
        if (a.hidden === "1" || a.hidden === "true") {
          for (let c = parseInt(a.min || "0", 10); c <= parseInt(a.max || "0", 10); c++) shape.hiddenColumns.add(c);
        }
        break;
      case "mergeCell": fail = new NeedsWholeReader(`merged cells in ${sheet.name}`); break;
      case "hyperlink":
        if (links && a["r:id"]) fail = new NeedsWholeReader(`linked cells in ${sheet.name}`);
        break;
    }
  });
  parser.on("text", (s) => {
    if (!inCell) return;
    if (inRun) {
      if (inRunText) { const run = rich![rich!.length - 1]!; run.text = run.text ? run.text + s : s; }
      return;
    }
    if (node === "f") formula = formula ? formula + s : s;
    else if (node === "v" || node === "t") value = value ? value + s : s;
  });
  parser.on("closetag", (tag) => {
    if (inCell) {
      if (inRun) {
        if (tag.name === "t") inRunText = false;
        else if (tag.name === "r") inRun = false;
        return;
      }
      if (tag.name === "f" || tag.name === "v" || tag.name === "t" || tag.name === "is") node = undefined;
      if (tag.name !== "c") return;
      inCell = false;
      const cell = makeCell();
      if (cell === "merge") return;
      if (col > widest) widest = col;
      if (cell) {
        rowHasValue = true;
        cells.push(cell);
      }
      return;
    }
    switch (tag.name) {
      case "row":
        if (rowNumber > shape.rowCount) shape.rowCount = rowNumber;
        if (rowHasValue) {
          if (widest > shape.columnCount) shape.columnCount = widest;
          row(rowNumber, cells);
        }
        cells = [];
        break;
      case "sheetView":
        inView = false;
        if (!shape.frozen && pane && (pane.state === "frozen" || pane.state === "frozenSplit")) shape.frozen = { xSplit: pane.xSplit, ySplit: pane.ySplit };
        break;
    }
  });
  parser.on("error", (err) => {
    fail ??= err;
  });

  /** The cell just closed: null when empty (styled, no value), "merge" when exceljs drops it entirely. */
  function makeCell(): ReadCell | null | "merge" {
    const style = (styleId && styles?.getStyleModel(styleId)) || undefined;
    const dateFmt = style !== undefined && utils.isDateFmt(style.numFmt);
    let v: ExcelJS.CellValue;
    if (formula || shareType) {
      let result: unknown;
      if (value) {
        if (t === "str") result = utils.xmlDecode(value);
        else if (t === "b") result = parseInt(value, 10) !== 0;
        else if (t === "e") result = { error: value };
        else result = parseFloat(value);
      }
      if (result !== undefined && dateFmt) result = utils.excelToDate(result, date1904);
      // As exceljs: a shared formula's other cells name its first cell, and the value keeps only the
      // truthy parts of the formula's model.
      let share = shareType;
      let sharedFormula: string | undefined;
      if (share === "shared") {
        if (ref) formulae.set(String(si), address);
        else {
          sharedFormula = formulae.get(String(si));
          share = undefined;
        }
      }
      const o: Record<string, unknown> = {};
      if (formula) o.formula = formula;
      if (result) o.result = result;
      if (ref) o.ref = ref;
      if (share) o.shareType = share;
      if (sharedFormula) o.sharedFormula = sharedFormula;
      v = o as unknown as ExcelJS.CellValue;
    } else if (rich !== null) {
      v = { richText: rich } as ExcelJS.CellValue;
    } else if (value !== undefined) {
      switch (t) {
        case "s": {
          const i = parseInt(value, 10);
          v = (sharedStrings ? sharedStrings.getString(i) : i) as ExcelJS.CellValue;
          break;
        }
        case "str": v = utils.xmlDecode(value); break;
        case "inlineStr": v = value; break;
        case "b": v = parseInt(value, 10) !== 0; break;
        case "e": v = { error: value } as ExcelJS.CellValue; break;
        default: {
          const n = parseFloat(value);
          v = dateFmt ? utils.excelToDate(n, date1904) : n;
        }
      }
    } else {
      return styleId ? null : "merge";
    }
    return { col, value: v, style: style ?? {}, note: notes.get(address) };
  }

  const decoder = new StringDecoder("utf8");
  await new Promise<void>((resolve, reject) => {
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      if (fail) return;
      parser.write(decoder.write(chunk));
    });
    stream.on("end", () => {
      if (!fail) parser.write(decoder.end()).close();
      if (fail) reject(fail);
      else resolve();
    });
    stream.on("error", reject);
  });
  return shape;
}
