// What the adapter knows about the add-on's own sheets (rows laid out, rows written, layout), kept in one
// document property so a rewrite never asks Sheets for sizes. Wrong knowledge only costs a re-measure:
// the adapter forgets a sheet whose write fails with a missing-range or out-of-bounds error.
import type { KeyValueStore } from "../app/ports";

export interface TrackedSheet {
  /** Rows the sheet has (getMaxRows) as last seen. */
  max: number;
  /** Rows the add-on's content reached at its last write (padding clears below up to here). */
  last: number;
  cols: number;
  /** Layout signature (formats, bold header, frozen rows); "" = never laid out by replaceContent. */
  sig: string;
  /** The last write set backgrounds (so the next one must reset them). */
  bg: boolean;
  /** The last write set notes (so the next one must clear them). */
  notes?: boolean;
  /** The blocks of the last write of a sheet of several blocks ([row, col, numRows, numCols] each): any other cell is staff's. */
  own?: [number, number, number, number][];
  /** Digest of the first column's IDs at the last write of a keyed table (SheetOptions.keyedRows). */
  ids?: string;
  /** Signature of the charts placed on the sheet. */
  charts?: string;
}

export const SHEET_BOOK_PROPERTY = "kdkmp.sheets";

export class SheetBook {
  private entries: Record<string, TrackedSheet> | null = null;

  constructor(private readonly props: KeyValueStore | null) {}

  private all(): Record<string, TrackedSheet> {
    if (this.entries) return this.entries;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(this.props?.get(SHEET_BOOK_PROPERTY) ?? "{}");
    } catch {
      parsed = null;
    }
    this.entries = parsed && typeof parsed === "object" ? (parsed as Record<string, TrackedSheet>) : {};
    return this.entries;
  }

  get(name: string): TrackedSheet | undefined {
    const t = this.all()[name];
    return t && typeof t.max === "number" && typeof t.last === "number" ? t : undefined;
  }

  put(name: string, t: TrackedSheet): void {
    this.all()[name] = t;
    this.save();
  }

  /** What a full read of the sheet showed (its rows and the last one with content). */
  observe(name: string, seen: { max: number; last: number; cols: number }): void {
    const t = this.get(name);
    this.put(name, t ? { ...t, max: seen.max, last: Math.max(t.last, seen.last) } : { ...seen, sig: "", bg: true });
  }

  forget(name: string): void {
    if (!(name in this.all())) return;
    delete this.all()[name];
    this.save();
  }

  private save(): void {
    this.props?.setLater(SHEET_BOOK_PROPERTY, JSON.stringify(this.all()));
  }
}
