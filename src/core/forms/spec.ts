// What the pendamping's form should contain, computed from the registry (pure): the adapter makes
// the real form match it.

export interface ChoiceSpec {
  value: string;
  /** For the Kabupaten/Kota question: the page (by regency) that this choice jumps to. */
  goToRegency?: string;
}

export type TextValidationSpec =
  | { type: "numberBetween"; min: number; max: number; message: string }
  | { type: "numberGreaterThan"; min: number; message: string }
  | { type: "pattern"; pattern: string; message: string };

interface QuestionBase {
  /** Exact title: the adapter finds the existing item by it (and the response column keeps it as header). */
  title: string;
  help: string;
  required: boolean;
  /**
   * Earlier titles of this question. The adapter finds an item by them too and renames it in place, so
   * its response column keeps collecting answers instead of a new question being added.
   */
  formerTitles?: string[];
}

export type QuestionSpec =
  | (QuestionBase & { kind: "list"; choices: ChoiceSpec[] })
  | (QuestionBase & { kind: "multipleChoice"; choices: ChoiceSpec[] })
  | (QuestionBase & { kind: "checkbox"; choices: ChoiceSpec[] })
  | (QuestionBase & { kind: "date" })
  | (QuestionBase & { kind: "paragraph" })
  | (QuestionBase & { kind: "text"; validation?: TextValidationSpec });

export type PageKind = "start" | "regency" | "details";

export interface PageSpec {
  kind: PageKind;
  /** null for the first page and the details page; a regency name for its page. */
  regency: string | null;
  /** Title of the page break that starts the page ('' for the first page, which has none). */
  title: string;
  /** Line shown under the page title. */
  help: string;
  questions: QuestionSpec[];
  /**
   * After this page: "details" = jump to the details page, "submit" = end, null = the next page in order
   * (or where a choice's jump sends the respondent).
   */
  next: "details" | "submit" | null;
}

export interface FormSpec {
  title: string;
  description: string;
  confirmation: string;
  pages: PageSpec[];
  /**
   * Title prefixes of questions the spec manages as a family (one `Koperasi (<Kabupaten/Kota>)` per
   * regency): an existing question with such a prefix that the spec no longer lists is deleted.
   * Other questions the spec does not list (added by the agency by hand) are kept, after the spec's items.
   */
  managedPrefixes: string[];
}
