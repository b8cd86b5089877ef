// Choice fakes and the choice methods shared by ListItem, MultipleChoiceItem and CheckboxItem.
import { guard } from "../calls";
import { PageNavigationType, type PageNavigationName } from "./enums";
import type { ChoiceData, FormData, FormsContext, ItemData } from "./state";
import { findItem } from "./state";

export type PageBreakViewFn = (item: ItemData) => object;

export function choiceView(ctx: FormsContext, form: FormData, data: ChoiceData, pageView: PageBreakViewFn): object {
  const rec = (m: string) => ctx.ledger.record("Choice", m);
  const view = guard(
    {
      getValue: () => (rec("getValue"), data.value),
      getGotoPage: () => {
        rec("getGotoPage");
        const target = data.gotoPageId === null ? undefined : findItem(form, data.gotoPageId);
        return target ? pageView(target) : null;
      },
      getPageNavigationType: () => (rec("getPageNavigationType"), data.navigation),
      isCorrectAnswer: () => (rec("isCorrectAnswer"), false),
    },
    "Choice",
  );
  ctx.choiceOf.set(view, data);
  return view;
}

/** createChoice(value), createChoice(value, pageBreakItem) or createChoice(value, navigationType). */
export function makeChoiceData(ctx: FormsContext, value: unknown, target?: unknown): ChoiceData {
  const data: ChoiceData = { value: String(value), gotoPageId: null, navigation: null };
  if (target === undefined || target === null) return data;
  if (typeof target === "string") {
    if (!(target in PageNavigationType)) throw new Error(`Invalid argument: navigationType`);
    data.navigation = target as PageNavigationName;
    return data;
  }
  const page = ctx.itemOf.get(target as object);
  if (!page || page.type !== "PAGE_BREAK") throw new Error("Invalid argument: navigationItem");
  data.gotoPageId = page.id;
  data.navigation = "GO_TO_PAGE";
  return data;
}

/** Choice methods of a choice item view; `self` is the guarded view returned for chaining. */
export function choiceMethods(
  ctx: FormsContext, form: FormData, item: ItemData, cls: string, self: () => object,
  pageView: PageBreakViewFn, changed: () => void, allowNavigation: boolean,
): Record<string, unknown> {
  const rec = (m: string) => ctx.ledger.record(cls, m);
  return {
    createChoice: (value: unknown, target?: unknown) => {
      rec("createChoice");
      if (target !== undefined && !allowNavigation) throw new Error(`${cls}.createChoice takes one argument`);
      return choiceView(ctx, form, makeChoiceData(ctx, value, target), pageView);
    },
    getChoices: () => (rec("getChoices"), item.choices.map((c) => choiceView(ctx, form, c, pageView))),
    setChoices: (choices: unknown[]) => {
      rec("setChoices");
      if (!Array.isArray(choices) || choices.length === 0) throw new Error("Array is empty: choices");
      item.choices = choices.map((c) => {
        const d = ctx.choiceOf.get(c as object);
        if (!d) throw new Error("Invalid argument: choices");
        return { ...d };
      });
      changed();
      return self();
    },
    setChoiceValues: (values: unknown[]) => {
      rec("setChoiceValues");
      if (!Array.isArray(values) || values.length === 0) throw new Error("Array is empty: values");
      item.choices = values.map((v) => ({ value: String(v), gotoPageId: null, navigation: null }));
      changed();
      return self();
    },
    isRequired: () => (rec("isRequired"), item.required),
    setRequired: (r: boolean) => (rec("setRequired"), (item.required = Boolean(r)), self()),
  };
}
