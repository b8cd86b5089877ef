// Form fake: form settings, items (add/get/move/delete), response destination, and __submit.
import { guard } from "../calls";
import { genericItemView, typedItemView } from "./items";
import { ItemType, type ItemTypeName } from "./enums";
import { editResponse, linkDestination, submitResponse, syncResponseSheet, unlinkSheet, type SubmitResult } from "./responses";
import type { Answers } from "./answers";
import type { FormData, FormsContext, ItemData } from "./state";

let itemSeq = 0;

const ADDERS: Array<[string, ItemTypeName]> = [
  ["addCheckboxItem", "CHECKBOX"], ["addDateItem", "DATE"], ["addListItem", "LIST"],
  ["addMultipleChoiceItem", "MULTIPLE_CHOICE"], ["addPageBreakItem", "PAGE_BREAK"],
  ["addParagraphTextItem", "PARAGRAPH_TEXT"], ["addSectionHeaderItem", "SECTION_HEADER"], ["addTextItem", "TEXT"],
];

export function formView(ctx: FormsContext, form: FormData): object {
  const rec = (m: string) => ctx.ledger.record("Form", m);
  let view: object = {};
  const flag = (get: string, set: string, key: keyof FormData) => ({
    [get]: () => (rec(get), form[key]),
    [set]: (v: unknown) => {
      rec(set);
      (form as unknown as Record<string, unknown>)[key] = typeof form[key] === "boolean" ? Boolean(v) : String(v);
      return view;
    },
  });
  const itemIndex = (arg: unknown, what: string): number => {
    if (typeof arg === "number") {
      if (!Number.isInteger(arg) || arg < 0 || arg >= form.items.length) throw new Error(`Invalid argument: ${what}`);
      return arg;
    }
    const data = ctx.itemOf.get(arg as object);
    const i = data ? form.items.indexOf(data) : -1;
    if (i < 0) throw new Error(`Invalid argument: ${what}`);
    return i;
  };
  const methods: Record<string, unknown> = {
    getId: () => (rec("getId"), form.id),
    getEditUrl: () => (rec("getEditUrl"), `https://docs.google.com/forms/d/${form.id}/edit`),
    getPublishedUrl: () => (rec("getPublishedUrl"), `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`),
    ...flag("getTitle", "setTitle", "title"),
    ...flag("getDescription", "setDescription", "description"),
    ...flag("getConfirmationMessage", "setConfirmationMessage", "confirmationMessage"),
    ...flag("collectsEmail", "setCollectEmail", "collectEmail"),
    ...flag("canEditResponse", "setAllowResponseEdits", "allowResponseEdits"),
    ...flag("hasLimitOneResponsePerUser", "setLimitOneResponsePerUser", "limitOneResponsePerUser"),
    ...flag("hasProgressBar", "setProgressBar", "progressBar"),
    ...flag("isAcceptingResponses", "setAcceptingResponses", "acceptingResponses"),
    getItems: (type?: string) => {
      rec("getItems");
      if (type !== undefined && !(type in ItemType)) throw new Error("Invalid argument: itemType");
      return form.items.filter((i) => type === undefined || i.type === type).map((i) => genericItemView(ctx, form, i));
    },
    getItemById: (id: number) => {
      rec("getItemById");
      const item = form.items.find((i) => i.id === Number(id));
      return item ? genericItemView(ctx, form, item) : null;
    },
    deleteItem: (arg: unknown) => {
      rec("deleteItem");
      const [removed] = form.items.splice(itemIndex(arg, "item"), 1);
      // Branches that pointed at a deleted page fall back to "continue"; its response column stays.
      for (const i of form.items) {
        if (i.goToPageId === removed!.id) (i.goToPageId = null), (i.pageNavigation = "CONTINUE");
        for (const c of i.choices) if (c.gotoPageId === removed!.id) (c.gotoPageId = null), (c.navigation = null);
      }
    },
    moveItem: (from: unknown, to: number) => {
      rec("moveItem");
      const i = itemIndex(from, "from");
      if (!Number.isInteger(to) || to < 0 || to >= form.items.length) throw new Error("Invalid argument: toIndex");
      const [item] = form.items.splice(i, 1);
      form.items.splice(to, 0, item!);
      return genericItemView(ctx, form, item!);
    },
    setDestination: (type: string, id: string) => {
      rec("setDestination");
      if (type !== "SPREADSHEET") throw new Error("Invalid argument: type");
      linkDestination(ctx, form, ctx.openSpreadsheet(String(id)));
      return view;
    },
    getDestinationId: () => {
      rec("getDestinationId");
      if (!form.destination) throw new Error("The form currently has no response destination.");
      return form.destination.spreadsheetId;
    },
    getDestinationType: () => {
      rec("getDestinationType");
      if (!form.destination) throw new Error("The form currently has no response destination.");
      return "SPREADSHEET";
    },
    removeDestination: () => (rec("removeDestination"), unlinkSheet(ctx, form), view),
    getResponses: () => (rec("getResponses"), form.responses.map((r) => responseView(ctx, r))),
    /** Uncounted: submit a response as a respondent would (see forms/responses.ts). */
    __submit: (answers: Answers, at: Date, opts?: { validate?: boolean }): SubmitResult =>
      submitResponse(ctx, form, answers, at, opts?.validate ?? true),
    /** Uncounted: the respondent edits the response Forms wrote to `row` (see forms/responses.ts). */
    __editResponse: (row: number, answers: Answers, at: Date, opts?: { validate?: boolean }): SubmitResult =>
      editResponse(ctx, form, row, answers, at, opts?.validate ?? true),
    __data: () => form,
  };
  for (const [name, type] of ADDERS) {
    methods[name] = () => {
      rec(name);
      const item = newItem(type);
      form.items.push(item);
      syncResponseSheet(ctx, form);
      return typedItemView(ctx, form, item);
    };
  }
  view = guard(methods, "Form");
  return view;
}

function newItem(type: ItemTypeName): ItemData {
  itemSeq += 1;
  return {
    id: 1_000_000_000 + itemSeq * 7919, type, title: "", helpText: "", required: false, choices: [],
    showOther: false, validation: null, goToPageId: null, pageNavigation: "CONTINUE",
  };
}

function responseView(ctx: FormsContext, r: FormData["responses"][number]): object {
  const rec = (m: string) => ctx.ledger.record("FormResponse", m);
  return guard({ getTimestamp: () => (rec("getTimestamp"), new Date(r.timestamp.getTime())) }, "FormResponse");
}
