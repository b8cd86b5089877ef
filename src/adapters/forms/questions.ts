// Adding a question item of the spec's kind, and making an item (new or existing) match its spec:
// title, help, required, choices (one setChoices/setChoiceValues call) and text validation.
import type { QuestionSpec, TextValidationSpec } from "../../core/forms/spec";
import type { ExistingItem } from "./existing";

type FormApp = GoogleAppsScript.Forms.FormApp;
type Form = GoogleAppsScript.Forms.Form;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
type Choice = GoogleAppsScript.Forms.Choice;

/** What every question item can do (ListItem, MultipleChoiceItem, DateItem, TextItem, ParagraphTextItem). */
interface QuestionItem {
  getId(): number;
  setTitle(title: string): unknown;
  setHelpText(text: string): unknown;
  setRequired(required: boolean): unknown;
}

/** ListItem and MultipleChoiceItem alike: both can jump to a page from a choice. */
interface ChoiceItem extends QuestionItem {
  createChoice(value: string): Choice;
  createChoice(value: string, navigationItem: PageBreakItem): Choice;
  setChoices(choices: Choice[]): unknown;
  setChoiceValues(values: string[]): unknown;
}

export type TypedQuestion =
  | { kind: "choice"; item: ChoiceItem }
  | { kind: "checkbox"; item: GoogleAppsScript.Forms.CheckboxItem }
  | { kind: "date"; item: GoogleAppsScript.Forms.DateItem }
  | { kind: "paragraph"; item: GoogleAppsScript.Forms.ParagraphTextItem }
  | { kind: "text"; item: GoogleAppsScript.Forms.TextItem };

export function addQuestion(form: Form, q: QuestionSpec): TypedQuestion {
  switch (q.kind) {
    case "list":
      return { kind: "choice", item: form.addListItem() };
    case "multipleChoice":
      return { kind: "choice", item: form.addMultipleChoiceItem() };
    case "checkbox":
      return { kind: "checkbox", item: form.addCheckboxItem() };
    case "date":
      return { kind: "date", item: form.addDateItem() };
    case "paragraph":
      return { kind: "paragraph", item: form.addParagraphTextItem() };
    case "text":
      return { kind: "text", item: form.addTextItem() };
  }
}

/** The typed view of an existing item already known to be compatible with the spec's kind. */
export function typedQuestion(app: FormApp, e: ExistingItem): TypedQuestion {
  const t = app.ItemType;
  if (e.type === t.LIST) return { kind: "choice", item: e.item.asListItem() };
  if (e.type === t.MULTIPLE_CHOICE) return { kind: "choice", item: e.item.asMultipleChoiceItem() };
  if (e.type === t.CHECKBOX) return { kind: "checkbox", item: e.item.asCheckboxItem() };
  if (e.type === t.DATE) return { kind: "date", item: e.item.asDateItem() };
  if (e.type === t.PARAGRAPH_TEXT) return { kind: "paragraph", item: e.item.asParagraphTextItem() };
  return { kind: "text", item: e.item.asTextItem() };
}

function buildValidation(app: FormApp, v: TextValidationSpec): GoogleAppsScript.Forms.TextValidation {
  const b = app.createTextValidation().setHelpText(v.message);
  switch (v.type) {
    case "numberBetween":
      return b.requireNumberBetween(v.min, v.max).build();
    case "numberGreaterThan":
      return b.requireNumberGreaterThan(v.min).build();
    case "pattern":
      return b.requireTextMatchesPattern(v.pattern).build();
  }
}

/**
 * Makes the item match the spec. `currentTitle` is null for a new item. `pageOf` gives the page
 * break of a regency (for choices that jump). Choices are built in memory and set in one call.
 */
export function applyQuestion(
  app: FormApp, typed: TypedQuestion, q: QuestionSpec, currentTitle: string | null,
  pageOf: (regency: string) => PageBreakItem,
): void {
  const item = typed.item;
  if (currentTitle !== q.title) item.setTitle(q.title);
  item.setHelpText(q.help);
  item.setRequired(q.required);
  if (typed.kind === "choice" && (q.kind === "list" || q.kind === "multipleChoice")) {
    const choiceItem = typed.item;
    if (q.choices.some((c) => c.goToRegency !== undefined)) {
      const choices = q.choices.map((c) =>
        c.goToRegency !== undefined ? choiceItem.createChoice(c.value, pageOf(c.goToRegency)) : choiceItem.createChoice(c.value),
      );
      choiceItem.setChoices(choices);
    } else {
      choiceItem.setChoiceValues(q.choices.map((c) => c.value));
    }
  } else if (typed.kind === "checkbox" && q.kind === "checkbox") {
    typed.item.setChoiceValues(q.choices.map((c) => c.value));
  } else if (typed.kind === "text" && q.kind === "text") {
    if (q.validation) typed.item.setValidation(buildValidation(app, q.validation));
    else if (currentTitle !== null) typed.item.clearValidation();
  } else if (typed.kind === "date") {
    typed.item.setIncludesYear(true);
  }
}
