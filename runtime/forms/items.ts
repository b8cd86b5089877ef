// Item fakes: the generic Item (from Form.getItems) and the typed views (ListItem, TextItem, ...).
import { guard } from "../calls";
import { choiceMethods } from "./choices";
import { ITEM_CLASS, PageNavigationType, type ItemTypeName, type PageNavigationName } from "./enums";
import type { FormData, FormsContext, ItemData } from "./state";
import { findItem } from "./state";
import { syncResponseSheet } from "./responses";

const AS_METHODS: Array<[string, ItemTypeName]> = [
  ["asCheckboxItem", "CHECKBOX"], ["asDateItem", "DATE"], ["asListItem", "LIST"],
  ["asMultipleChoiceItem", "MULTIPLE_CHOICE"], ["asPageBreakItem", "PAGE_BREAK"],
  ["asParagraphTextItem", "PARAGRAPH_TEXT"], ["asSectionHeaderItem", "SECTION_HEADER"], ["asTextItem", "TEXT"],
];

/** The generic Item view, as Form.getItems() and Form.getItemById() return it. */
export function genericItemView(ctx: FormsContext, form: FormData, item: ItemData): object {
  const methods: Record<string, unknown> = {};
  for (const [name, type] of AS_METHODS) {
    methods[name] = () => {
      ctx.ledger.record("Item", name);
      // Converting to the wrong type fails like the real service does.
      if (item.type !== type) throw new Error(`Invalid conversion for item type: ${item.type}.`);
      return typedItemView(ctx, form, item);
    };
  }
  let view: object = {};
  Object.assign(methods, baseMethods(ctx, form, item, "Item", () => view));
  view = guard(methods, "Item");
  ctx.itemOf.set(view, item);
  return view;
}

/** The typed view of an item (ListItem, TextItem, PageBreakItem, ...). */
export function typedItemView(ctx: FormsContext, form: FormData, item: ItemData): object {
  const cls = ITEM_CLASS[item.type] ?? "Item";
  const rec = (m: string) => ctx.ledger.record(cls, m);
  let view: object = {};
  const self = () => view;
  const changed = () => syncResponseSheet(ctx, form);
  const pageView = (page: ItemData) => typedItemView(ctx, form, page);
  const methods: Record<string, unknown> = baseMethods(ctx, form, item, cls, self);
  const required = {
    isRequired: () => (rec("isRequired"), item.required),
    setRequired: (r: boolean) => (rec("setRequired"), (item.required = Boolean(r)), view),
  };
  switch (item.type) {
    case "LIST":
      Object.assign(methods, choiceMethods(ctx, form, item, cls, self, pageView, changed, true));
      break;
    case "MULTIPLE_CHOICE":
    case "CHECKBOX":
      Object.assign(methods, choiceMethods(ctx, form, item, cls, self, pageView, changed, item.type === "MULTIPLE_CHOICE"), {
        hasOtherOption: () => (rec("hasOtherOption"), item.showOther),
        showOtherOption: (on: boolean) => (rec("showOtherOption"), (item.showOther = Boolean(on)), view),
      });
      break;
    case "TEXT":
    case "PARAGRAPH_TEXT":
      Object.assign(methods, required, {
        setValidation: (v: object) => {
          rec("setValidation");
          const data = ctx.validationOf.get(v);
          if (!data) throw new Error("Invalid argument: validation");
          item.validation = { ...data };
          return view;
        },
        clearValidation: () => (rec("clearValidation"), (item.validation = null), view),
        /** Uncounted: the validation set on this item (Apps Script has no getter). */
        __validation: () => (item.validation ? { ...item.validation } : null),
      });
      break;
    case "DATE":
      Object.assign(methods, required, {
        includesYear: () => (rec("includesYear"), true),
        setIncludesYear: (_on: boolean) => (rec("setIncludesYear"), view),
      });
      break;
    case "PAGE_BREAK":
      Object.assign(methods, {
        getGoToPage: () => {
          rec("getGoToPage");
          const t = item.goToPageId === null ? undefined : findItem(form, item.goToPageId);
          return t ? typedItemView(ctx, form, t) : null;
        },
        setGoToPage: (page: object) => {
          rec("setGoToPage");
          const t = ctx.itemOf.get(page);
          if (!t || t.type !== "PAGE_BREAK") throw new Error("Invalid argument: goToPageItem");
          item.goToPageId = t.id;
          item.pageNavigation = "GO_TO_PAGE";
          return view;
        },
        getPageNavigationType: () => (rec("getPageNavigationType"), item.pageNavigation),
        setPageNavigationType: (t: PageNavigationName) => {
          rec("setPageNavigationType");
          if (!(t in PageNavigationType)) throw new Error("Invalid argument: navigationType");
          item.pageNavigation = t;
          if (t !== "GO_TO_PAGE") item.goToPageId = null;
          return view;
        },
      });
      break;
    default:
      break;
  }
  view = guard(methods, cls);
  ctx.itemOf.set(view, item);
  return view;
}

function baseMethods(
  ctx: FormsContext, form: FormData, item: ItemData, cls: string, self: () => object,
): Record<string, unknown> {
  const rec = (m: string) => ctx.ledger.record(cls, m);
  return {
    getId: () => (rec("getId"), item.id),
    getIndex: () => (rec("getIndex"), form.items.indexOf(item)),
    getType: () => (rec("getType"), item.type),
    getTitle: () => (rec("getTitle"), item.title),
    setTitle: (t: string) => {
      rec("setTitle");
      item.title = String(t);
      syncResponseSheet(ctx, form);
      return self();
    },
    getHelpText: () => (rec("getHelpText"), item.helpText),
    setHelpText: (t: string) => (rec("setHelpText"), (item.helpText = String(t)), self()),
  };
}
