// Checks a simulated submission the way the Forms UI would: the path through pages (branching),
// required questions on visited pages, choice membership, text validation and date format.
import { NON_QUESTION_TYPES } from "./enums";
import type { FormData, ItemData } from "./state";
import { passes } from "./validation";

export type Answers = Record<string, string | string[]>;

/** Items grouped into pages: page 0 starts the form, every PAGE_BREAK starts the next page. */
export function pagesOf(form: FormData): Array<{ start: ItemData | null; items: ItemData[] }> {
  const pages: Array<{ start: ItemData | null; items: ItemData[] }> = [{ start: null, items: [] }];
  for (const item of form.items) {
    if (item.type === "PAGE_BREAK") pages.push({ start: item, items: [] });
    else pages[pages.length - 1]!.items.push(item);
  }
  return pages;
}

export function questionItems(form: FormData): ItemData[] {
  return form.items.filter((i) => !NON_QUESTION_TYPES.has(i.type));
}

/** Resolve the answers' keys (question titles) to items; unknown or ambiguous titles throw. */
export function resolveAnswers(form: FormData, answers: Answers): Map<ItemData, string | string[]> {
  const out = new Map<ItemData, string | string[]>();
  for (const [title, value] of Object.entries(answers)) {
    const matches = questionItems(form).filter((i) => i.title === title);
    if (matches.length === 0) throw new Error(`__submit: the form has no question titled "${title}"`);
    if (matches.length > 1) throw new Error(`__submit: several questions are titled "${title}"`);
    out.set(matches[0]!, value);
  }
  return out;
}

const blank = (v: string | string[] | undefined) =>
  v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === "");

/** Throws the first problem the Forms UI would have stopped; returns the visited question items. */
export function checkSubmission(form: FormData, given: Map<ItemData, string | string[]>): ItemData[] {
  const pages = pagesOf(form);
  const visited: ItemData[] = [];
  const seen = new Set<number>();
  let index = 0;
  while (index >= 0 && index < pages.length && !seen.has(index)) {
    seen.add(index);
    const page = pages[index]!;
    let jump: number | null = null; // page index chosen by a branching answer
    let stop = false;
    for (const item of page.items) {
      visited.push(item);
      const value = given.get(item);
      if (blank(value)) {
        if (item.required) throw new Error(`__submit: "${item.title}" is required`);
        continue;
      }
      checkAnswer(item, value!);
      if (item.type === "MULTIPLE_CHOICE" || item.type === "LIST") {
        const choice = item.choices.find((c) => c.value === value);
        if (choice?.navigation === "GO_TO_PAGE" && choice.gotoPageId !== null) {
          jump = pages.findIndex((p) => p.start?.id === choice.gotoPageId);
        } else if (choice?.navigation === "SUBMIT") stop = true;
        else if (choice?.navigation === "RESTART") stop = true;
      }
    }
    if (stop) break;
    if (jump !== null) {
      index = jump;
      continue;
    }
    // After a page, the break that starts the next page says where to go (PageBreakItem.setGoToPage).
    const nextBreak = pages[index + 1]?.start;
    if (nextBreak && nextBreak.pageNavigation === "GO_TO_PAGE" && nextBreak.goToPageId !== null) {
      index = pages.findIndex((p) => p.start?.id === nextBreak.goToPageId);
    } else if (nextBreak && (nextBreak.pageNavigation === "SUBMIT" || nextBreak.pageNavigation === "RESTART")) {
      break;
    } else index += 1;
  }
  for (const item of given.keys()) {
    if (!visited.includes(item) && !blank(given.get(item))) {
      throw new Error(`__submit: "${item.title}" is on a page this submission does not visit`);
    }
  }
  return visited;
}

function checkAnswer(item: ItemData, value: string | string[]): void {
  const values = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && item.type !== "CHECKBOX") {
    throw new Error(`__submit: "${item.title}" takes one answer`);
  }
  if (item.type === "LIST" || item.type === "MULTIPLE_CHOICE" || item.type === "CHECKBOX") {
    for (const v of values) {
      if (!item.choices.some((c) => c.value === v) && !item.showOther) {
        throw new Error(`__submit: "${v}" is not a choice of "${item.title}"`);
      }
    }
  }
  if (item.type === "DATE" && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
    throw new Error(`__submit: "${item.title}" needs a date as yyyy-mm-dd, got "${String(value)}"`);
  }
  if (item.validation && !passes(item.validation, String(value))) {
    throw new Error(`__submit: "${item.title}" fails its validation (${item.validation.helpText || item.validation.kind})`);
  }
}
