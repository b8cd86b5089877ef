// Port for the pendamping's Google Form (implemented over FormApp in src/adapters/forms).
import type { FormSpec } from "../core/forms/spec";

export interface FormSyncResult {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  created: boolean;
  /** Name of the linked response sheet after the sync. */
  responseSheetName: string | null;
}

export interface FormsPort {
  /** Creates the form (when formId is null or gone) or updates it in place to match the spec. */
  sync(formId: string | null, spec: FormSpec, spreadsheetId: string, responseSheetName: string): FormSyncResult;
  /** The form's URL as Sheet.getFormUrl() reports it, or null when the form no longer exists. */
  formUrl(formId: string): string | null;
  /** The form's published (/d/e/) address, or null when the form no longer exists. */
  publishedUrl(formId: string): string | null;
}
