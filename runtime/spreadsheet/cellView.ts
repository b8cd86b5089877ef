// A live view of one stored cell as the object { v, f, fmt, bg, ... } tests and helpers read and change.
import type { DataValidationFake } from "./dataValidation";
import type { Cell, CellValue, Grid } from "./grid";
import type { StyleField } from "./styles";

class CellRef implements Cell {
  constructor(
    readonly grid: Grid,
    readonly row: number,
    readonly col: number,
  ) {}

  get v(): CellValue {
    return this.grid.value(this.row, this.col);
  }
  set v(value: CellValue) {
    this.grid.setValue(this.row, this.col, value, this.grid.formula(this.row, this.col));
  }
  get f(): string | undefined {
    return this.grid.formula(this.row, this.col);
  }
  set f(formula: string | undefined) {
    this.grid.setFormula(this.row, this.col, formula);
  }
  get fmt(): string | undefined {
    return this.grid.style(this.row, this.col).fmt;
  }
  set fmt(v: string | undefined) {
    this.grid.setStyle(this.row, this.col, "fmt", v);
  }
  get bg(): string | undefined {
    return this.grid.style(this.row, this.col).bg;
  }
  set bg(v: string | undefined) {
    this.grid.setStyle(this.row, this.col, "bg", v);
  }
  get fw(): "bold" | undefined {
    return this.grid.style(this.row, this.col).fw;
  }
  set fw(v: "bold" | "normal" | undefined) {
    this.grid.setStyle(this.row, this.col, "fw", v === "bold" ? v : undefined);
  }
  get fc(): string | undefined {
    return this.grid.style(this.row, this.col).fc;
  }
  set fc(v: string | undefined) {
    this.grid.setStyle(this.row, this.col, "fc", v);
  }
  get ha(): string | undefined {
    return this.grid.style(this.row, this.col).ha;
  }
  set ha(v: string | undefined) {
    this.grid.setStyle(this.row, this.col, "ha", v);
  }
  get wrap(): boolean | undefined {
    return this.grid.style(this.row, this.col).wrap;
  }
  set wrap(v: boolean | undefined) {
    this.grid.setStyle(this.row, this.col, "wrap", v);
  }
  get note(): string | undefined {
    return this.grid.note(this.row, this.col);
  }
  set note(v: string | undefined) {
    this.grid.setNote(this.row, this.col, v);
  }
  get dv(): DataValidationFake | undefined {
    return this.grid.validation(this.row, this.col);
  }
  set dv(v: DataValidationFake | undefined) {
    this.grid.setValidation(this.row, this.col, v);
  }
}

const STYLE_FIELDS = new Set<string>(["fmt", "bg", "fw", "fc", "ha", "wrap"]);

/** `delete view.note` (or any field) resets that field in the grid, as deleting it from a stored object did. */
const handler: ProxyHandler<CellRef> = {
  deleteProperty(ref, prop) {
    const { grid, row, col } = ref;
    if (prop === "v") grid.setValue(row, col, "", grid.formula(row, col));
    else if (prop === "f") grid.setFormula(row, col, undefined);
    else if (prop === "note") grid.setNote(row, col, undefined);
    else if (prop === "dv") grid.setValidation(row, col, undefined);
    else if (typeof prop === "string" && STYLE_FIELDS.has(prop)) grid.setStyle(row, col, prop as StyleField, undefined);
    return true;
  },
};

export function cellView(grid: Grid, row: number, col: number): Cell {
  return new Proxy(new CellRef(grid, row, col), handler);
}
