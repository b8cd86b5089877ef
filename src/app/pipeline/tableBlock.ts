// A summary table as a sheet block: header row in bold, then the rows, with their formats and backgrounds.
import type { CellValue } from "../../core/model";
import type { Table } from "../../core/summaries/table";
import type { Block } from "../ports";

export function tableBlock(t: Table): Block {
  const values: CellValue[][] = [t.headers.slice(), ...t.rows];
  const block: Block = { values, numberFormats: t.numberFormats, boldFirstRow: true };
  if (t.backgrounds) block.backgrounds = [t.headers.map(() => null), ...t.backgrounds];
  return block;
}
