// Item order (moveItem, only for items out of place) and page navigation after each page.
import type { FormSpec, PageSpec } from "../../core/forms/spec";

type FormApp = GoogleAppsScript.Forms.FormApp;
type Form = GoogleAppsScript.Forms.Form;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;

/**
 * Moves the items so that `desired` (item ids in spec order) fill positions 0..n-1; items the spec
 * does not know (added by hand) end up after them. `order` is the form's current order of item ids
 * and is kept in step with every move.
 */
export function arrange(form: Form, order: number[], desired: readonly number[]): number {
  let moves = 0;
  desired.forEach((id, to) => {
    const from = order.indexOf(id);
    if (from < 0) throw new Error(`arrange: item ${id} is not in the form`);
    if (from === to) return;
    form.moveItem(from, to);
    order.splice(from, 1);
    order.splice(to, 0, id);
    moves += 1;
  });
  return moves;
}

/**
 * Sets where each page leads. Apps Script keeps "what happens after a page" on the page break that
 * STARTS THE NEXT page: PageBreakItem.setGoToPage(goToPageItem) "Sets the page to jump to after
 * completing the page before this page break (that is, upon reaching this page break by normal linear
 * progression through the form)"
 * (https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)).
 * So the break of page p+1 carries page p's `next`: a regency page's "details" is set on the break of
 * the following regency page. "Next page in order" is written as a jump to that very break (the same as
 * CONTINUE, and it resets a stale jump when pages are reordered); that keeps to the PageBreakItem
 * overload of setGoToPage. The first page's exit is decided by the Kabupaten/Kota choices
 * (createChoice(value, pageBreakItem)).
 */
export function setNavigation(app: FormApp, spec: FormSpec, breaks: ReadonlyMap<PageSpec, PageBreakItem>): void {
  const details = spec.pages.find((p) => p.kind === "details");
  const detailsBreak = details ? breaks.get(details) : undefined;
  spec.pages.forEach((page, p) => {
    const prev = spec.pages[p - 1];
    const pb = breaks.get(page);
    if (!prev || !pb) return;
    if (prev.next === "submit") pb.setGoToPage(app.PageNavigationType.SUBMIT);
    else pb.setGoToPage(prev.next === "details" && detailsBreak ? detailsBreak : pb);
  });
}
