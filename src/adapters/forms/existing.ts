// Matching the form's existing items to the spec by title (questions and page breaks apart), so a
// question that still exists is updated in place and keeps its response column.
import type { FormSpec, QuestionSpec } from "../../core/forms/spec";

type FormApp = GoogleAppsScript.Forms.FormApp;
type Item = GoogleAppsScript.Forms.Item;
type ItemType = GoogleAppsScript.Forms.ItemType;

export interface ExistingItem {
  item: Item;
  id: number;
  type: ItemType;
  title: string;
  /** Taken by a spec entry. */
  used: boolean;
}

/** One read of every item: id, type and title (three calls per item, nothing else). */
export function readItems(form: GoogleAppsScript.Forms.Form): ExistingItem[] {
  return form.getItems().map((item) => ({
    item, id: item.getId(), type: item.getType(), title: item.getTitle(), used: false,
  }));
}

/** Item types a question kind may already have: list and multiple choice update each other in place. */
export function compatibleTypes(app: FormApp, kind: QuestionSpec["kind"]): ItemType[] {
  const t = app.ItemType;
  switch (kind) {
    case "list":
    case "multipleChoice":
      return kind === "list" ? [t.LIST, t.MULTIPLE_CHOICE] : [t.MULTIPLE_CHOICE, t.LIST];
    case "checkbox":
      return [t.CHECKBOX];
    case "date":
      return [t.DATE];
    case "paragraph":
      return [t.PARAGRAPH_TEXT];
    case "text":
      return [t.TEXT];
  }
}

export class ItemIndex {
  constructor(private readonly app: FormApp, readonly items: ExistingItem[]) {}

  private isBreak(e: ExistingItem): boolean {
    return e.type === this.app.ItemType.PAGE_BREAK;
  }

  /** The unused page break with this title, marked used. */
  takePageBreak(title: string): ExistingItem | null {
    const found = this.items.find((e) => !e.used && this.isBreak(e) && e.title === title) ?? null;
    if (found) found.used = true;
    return found;
  }

  /**
   * The unused question with the spec's title (else one of its former titles) and a compatible type,
   * marked used. A same-titled item of another type is returned as `conflict` (it cannot be converted).
   */
  takeQuestion(q: QuestionSpec): { match: ExistingItem | null; conflict: ExistingItem | null } {
    const types = compatibleTypes(this.app, q.kind);
    for (const title of [q.title, ...(q.formerTitles ?? [])]) {
      const candidates = this.items.filter((e) => !e.used && !this.isBreak(e) && e.title === title);
      const match = candidates.find((e) => types.includes(e.type));
      if (match) {
        match.used = true;
        return { match, conflict: null };
      }
      const conflict = candidates[0];
      if (conflict && title === q.title) return { match: null, conflict };
    }
    return { match: null, conflict: null };
  }

  /**
   * Items to delete after matching: every page break the spec no longer has (pages are the add-on's),
   * questions of a managed family that the spec dropped (a kabupaten/kota that left the registry), and
   * second copies of a spec question. Questions the agency added by hand are kept.
   */
  stale(spec: FormSpec): ExistingItem[] {
    const titles = new Set<string>();
    for (const page of spec.pages) for (const q of page.questions) [q.title, ...(q.formerTitles ?? [])].forEach((t) => titles.add(t));
    return this.items.filter(
      (e) =>
        !e.used &&
        (this.isBreak(e) || titles.has(e.title) || spec.managedPrefixes.some((p) => e.title.startsWith(p))),
    );
  }
}
