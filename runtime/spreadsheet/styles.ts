// The distinct cell formats of one sheet, numbered: a cell stores its format's number, not a copy of it.
// A sheet has a handful of formats (a number format per column run, a few colours), so the table stays small.

/** A cell's stored formats; an absent field is the default (automatic format, white, normal, black, ...). */
export interface Style {
  /** Number format (Sheets pattern). */
  readonly fmt?: string;
  /** Background colour, normalised "#rrggbb". */
  readonly bg?: string;
  readonly fw?: "bold";
  readonly fc?: string;
  readonly ha?: string;
  readonly wrap?: boolean;
}

export type StyleField = keyof Style;
type FieldValue = string | boolean | undefined;

const FIELDS: readonly StyleField[] = ["fmt", "bg", "fw", "fc", "ha", "wrap"];

/** Style numbers fit in 15 bits: the grid keeps them with a date flag in one 16-bit number per cell. */
export const MAX_STYLES = 0x7fff;

export class StyleTable {
  private readonly list: Style[] = [Object.freeze({})];
  private readonly byKey = new Map<string, number>([["", 0]]);
  /** (style, field) -> (value -> style with that field set): most writes change one field of a known style. */
  private readonly next = new Map<number, Map<StyleField, Map<FieldValue, number>>>();

  style(index: number): Style {
    return this.list[index] as Style;
  }

  /** The number of `style` with `field` set to `value` (undefined resets the field). */
  with(index: number, field: StyleField, value: FieldValue): number {
    let byField = this.next.get(index);
    if (!byField) this.next.set(index, (byField = new Map()));
    let byValue = byField.get(field);
    if (!byValue) byField.set(field, (byValue = new Map()));
    let out = byValue.get(value);
    if (out === undefined) {
      const base = this.list[index] as Record<string, FieldValue>;
      out = this.intern({ ...base, [field]: value });
      byValue.set(value, out);
    }
    return out;
  }

  private intern(draft: Record<string, FieldValue>): number {
    const style: Record<string, FieldValue> = {};
    for (const f of FIELDS) if (draft[f] !== undefined) style[f] = draft[f];
    const key = JSON.stringify(style);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.list.length;
      if (index > MAX_STYLES) throw new Error(`runtime: more than ${MAX_STYLES} distinct cell formats in one sheet`);
      this.list.push(Object.freeze(style) as Style);
      this.byKey.set(key, index);
    }
    return index;
  }
}
