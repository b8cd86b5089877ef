// The parts of exceljs (pinned in package.json) that runtime/xlsxRead.ts reads a workbook's small parts
// with: the same parsers exceljs's whole-workbook reader uses, so those parts come out as they did.
type XmlChunks = Iterable<string> | AsyncIterable<string>;

declare module "exceljs/lib/xlsx/xform/style/styles-xform.js" {
  import type { Style } from "exceljs";
  export default class StylesXform {
    parseStream(chunks: XmlChunks): Promise<unknown>;
    /** The style of a cell's `s` index; null when the workbook has none at that index. */
    getStyleModel(id: number): Partial<Style> | null;
  }
}

declare module "exceljs/lib/xlsx/xform/strings/shared-strings-xform.js" {
  export default class SharedStringsXform {
    parseStream(chunks: XmlChunks): Promise<unknown>;
    getString(index: number): string | { richText: { text?: string }[] } | undefined;
  }
}

declare module "exceljs/lib/xlsx/xform/book/workbook-xform.js" {
  export default class WorkbookXform {
    parseStream(chunks: XmlChunks): Promise<{
      sheets?: { name: string; id: number; rId: string; state?: string }[];
      properties?: { date1904?: boolean };
    }>;
  }
}

declare module "exceljs/lib/xlsx/xform/core/relationships-xform.js" {
  export default class RelationshipsXform {
    parseStream(chunks: XmlChunks): Promise<{ Id: string; Type: string; Target: string; TargetMode?: string }[] | undefined>;
  }
}

declare module "exceljs/lib/xlsx/xform/core/core-xform.js" {
  export default class CoreXform {
    parseStream(chunks: XmlChunks): Promise<{ description?: string } | undefined>;
  }
}

declare module "exceljs/lib/xlsx/xform/comment/comments-xform.js" {
  export default class CommentsXform {
    parseStream(chunks: XmlChunks): Promise<{ comments?: { ref?: string; note?: { texts?: { text?: string }[] } }[] } | undefined>;
  }
}

declare module "exceljs/lib/xlsx/rel-type.js" {
  const RelType: { Comments: string; Hyperlink: string };
  export default RelType;
}

declare module "exceljs/lib/utils/utils.js" {
  const utils: {
    isDateFmt(fmt: string | undefined): boolean;
    excelToDate(v: unknown, date1904?: boolean): Date;
    xmlDecode(text: string): string;
  };
  export default utils;
}
