// FormApp enums. Apps Script enums are objects whose toString() is the name; here they are the name
// strings themselves, so `item.getType() == FormApp.ItemType.LIST` and String(...) both behave.

export const ItemType = {
  CHECKBOX: "CHECKBOX", CHECKBOX_GRID: "CHECKBOX_GRID", DATE: "DATE", DATETIME: "DATETIME",
  DURATION: "DURATION", FILE_UPLOAD: "FILE_UPLOAD", GRID: "GRID", IMAGE: "IMAGE", LIST: "LIST",
  MULTIPLE_CHOICE: "MULTIPLE_CHOICE", PAGE_BREAK: "PAGE_BREAK", PARAGRAPH_TEXT: "PARAGRAPH_TEXT",
  RATING: "RATING", SCALE: "SCALE", SECTION_HEADER: "SECTION_HEADER", TEXT: "TEXT", TIME: "TIME",
  VIDEO: "VIDEO",
} as const;
export type ItemTypeName = keyof typeof ItemType;

export const DestinationType = { SPREADSHEET: "SPREADSHEET" } as const;

export const PageNavigationType = {
  CONTINUE: "CONTINUE", GO_TO_PAGE: "GO_TO_PAGE", RESTART: "RESTART", SUBMIT: "SUBMIT",
} as const;
export type PageNavigationName = keyof typeof PageNavigationType;

/** Item types that get no column in the response sheet (they collect no answer). */
export const NON_QUESTION_TYPES: ReadonlySet<ItemTypeName> = new Set<ItemTypeName>([
  "PAGE_BREAK", "SECTION_HEADER", "IMAGE", "VIDEO",
]);

/** Class name of the typed view of each supported item type (used for the ledger and guard). */
export const ITEM_CLASS: Partial<Record<ItemTypeName, string>> = {
  CHECKBOX: "CheckboxItem", DATE: "DateItem", LIST: "ListItem", MULTIPLE_CHOICE: "MultipleChoiceItem",
  PAGE_BREAK: "PageBreakItem", PARAGRAPH_TEXT: "ParagraphTextItem", SECTION_HEADER: "SectionHeaderItem",
  TEXT: "TextItem",
};
