// FormsPort over FormApp: creates the pendamping form or updates it in place to match the spec,
// links its responses to the workbook and names the response sheet.
import type { FormsPort, FormSyncResult } from "../../app/formsPort";
import { emptyChoiceQuestions } from "../../core/forms/build";
import type { FormSpec, PageSpec, QuestionSpec } from "../../core/forms/spec";
import { RETIRED_QUESTION_SUFFIX } from "../../core/text/form";
import { SHEET_NAMES } from "../../core/text/sheets";
import { ItemIndex, readItems, type ExistingItem } from "./existing";
import { arrange, setNavigation } from "./layout";
import { addQuestion, applyQuestion, typedQuestion, type TypedQuestion } from "./questions";
import { linkResponses, viewUrlOf } from "./responses";

type Form = GoogleAppsScript.Forms.Form;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;

interface Pending {
  typed: TypedQuestion;
  spec: QuestionSpec;
  currentTitle: string | null;
}

export class FormsAdapter implements FormsPort {
  /**
   * The Apps Script services it uses, injected by the entry layer (or the local runtime): FormApp, the
   * workbook the responses go to (the active spreadsheet), and optionally SpreadsheetApp.flush, which
   * makes a response sheet Forms just added visible to this execution.
   */
  constructor(
    private readonly formApp: GoogleAppsScript.Forms.FormApp,
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly flush?: () => void,
  ) {}

  sync(formId: string | null, spec: FormSpec, spreadsheetId: string, responseSheetName?: string): FormSyncResult {
    const empty = emptyChoiceQuestions(spec);
    // Forms cannot hold a choice question without choices; stop before anything is changed.
    if (empty.length > 0) throw new Error(`Form spec has choice questions without choices: ${empty.join(", ")}`);
    const app = this.formApp;
    const { form, created } = this.openOrCreate(formId, spec.title);
    form.setTitle(spec.title);
    form.setDescription(spec.description);
    form.setConfirmationMessage(spec.confirmation);
    form.setProgressBar(true);

    const index = new ItemIndex(app, created ? [] : readItems(form));
    const order = index.items.map((e) => e.id);
    const desired: number[] = [];
    const breaks = new Map<PageSpec, PageBreakItem>();
    const pending: Pending[] = [];
    const retired: ExistingItem[] = [];

    // 1. Find or add every page break and question (all page breaks exist before choices jump to them).
    for (const page of spec.pages) {
      if (page.kind !== "start") {
        const found = index.takePageBreak(page.title);
        const pb = found ? found.item.asPageBreakItem() : form.addPageBreakItem().setTitle(page.title);
        const id = found ? found.id : pb.getId();
        if (!found) order.push(id);
        pb.setHelpText(page.help);
        desired.push(id);
        breaks.set(page, pb);
      }
      for (const q of page.questions) {
        const { match, conflict } = index.takeQuestion(q);
        if (conflict) {
          // Same title, a type Forms cannot convert: retire the old item under another title (its
          // response column stays, renamed) and add the question anew.
          conflict.item.setTitle(q.title + RETIRED_QUESTION_SUFFIX);
          conflict.used = true;
          retired.push(conflict);
        }
        const typed = match ? typedQuestion(app, match) : addQuestion(form, q);
        const id = match ? match.id : typed.item.getId();
        if (!match) order.push(id);
        desired.push(id);
        pending.push({ typed, spec: q, currentTitle: match ? match.title : null });
      }
    }

    // 2. Titles, help, required, choices (with jumps), validation.
    const regencyBreaks = new Map<string, PageBreakItem>();
    for (const [page, pb] of breaks) if (page.regency !== null) regencyBreaks.set(page.regency, pb);
    const pageOf = (regency: string): PageBreakItem => {
      const pb = regencyBreaks.get(regency);
      if (!pb) throw new Error(`Form spec: no page for "${regency}"`);
      return pb;
    };
    for (const p of pending) applyQuestion(app, p.typed, p.spec, p.currentTitle, pageOf);

    // 3. Remove pages and questions that are gone (their response columns stay in the sheet).
    for (const e of [...index.stale(spec), ...retired]) {
      form.deleteItem(e.item);
      order.splice(order.indexOf(e.id), 1);
    }

    // 4. Order as in the spec, then 5. where each page leads.
    arrange(form, order, desired);
    setNavigation(app, spec, breaks);

    const sheetName = linkResponses(
      app, form, this.spreadsheet, spreadsheetId, responseSheetName ?? SHEET_NAMES.laporan, this.flush,
    );
    return {
      formId: form.getId(),
      publishedUrl: form.getPublishedUrl(),
      editUrl: form.getEditUrl(),
      created,
      responseSheetName: sheetName,
    };
  }

  formUrl(formId: string): string | null {
    const form = this.tryOpen(formId);
    return form ? viewUrlOf(form.getId()) : null;
  }

  publishedUrl(formId: string): string | null {
    const form = this.tryOpen(formId);
    return form ? form.getPublishedUrl() : null;
  }

  private tryOpen(formId: string): Form | null {
    try {
      return this.formApp.openById(formId);
    } catch {
      // A deleted form (or one this account may no longer open) throws "No item with the given ID ...".
      return null;
    }
  }

  private openOrCreate(formId: string | null, title: string): { form: Form; created: boolean } {
    const existing = formId ? this.tryOpen(formId) : null;
    if (existing) return { form: existing, created: false };
    return { form: this.formApp.create(title), created: true };
  }
}
