// Linking the form's responses to the workbook and giving the response sheet its name.
type FormApp = GoogleAppsScript.Forms.FormApp;
type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The form id inside a Forms address: /forms/d/<id>/... or the published /forms/d/e/<id>/... */
export function formIdOfUrl(url: string): string | null {
  const m = /\/forms\/d\/(?:e\/)?([A-Za-z0-9_-]+)/.exec(url);
  return m ? m[1]! : null;
}

/** The address Sheet.getFormUrl() gives for a sheet linked to this form (by the form's id). */
export function viewUrlOf(formId: string): string {
  return `https://docs.google.com/forms/d/${formId}/viewform`;
}

/** The form's current destination spreadsheet id; null when it has none (the getter throws then). */
function destinationId(form: Form): string | null {
  try {
    return form.getDestinationId();
  } catch {
    return null;
  }
}

/** The sheet whose getFormUrl() names this form (by its id or its published id). */
export function findResponseSheet(ss: Spreadsheet, form: Form): Sheet | null {
  const ids = new Set<string>([form.getId()]);
  const published = formIdOfUrl(form.getPublishedUrl());
  if (published) ids.add(published);
  for (const sheet of ss.getSheets()) {
    const url = sheet.getFormUrl();
    const id = url ? formIdOfUrl(url) : null;
    if (id && ids.has(id)) return sheet;
  }
  return null;
}

/**
 * Sends the responses to `spreadsheetId` (only when they go elsewhere or nowhere: setDestination
 * on an already linked form would start a second response sheet), then renames the linked sheet to
 * `sheetName` when that name is free. Returns the response sheet's name, or null when it is not in `ss`.
 */
export function linkResponses(
  app: FormApp, form: Form, ss: Spreadsheet, spreadsheetId: string, sheetName: string, flush?: () => void,
): string | null {
  if (destinationId(form) !== spreadsheetId) {
    form.setDestination(app.DestinationType.SPREADSHEET, spreadsheetId);
    // Forms adds the response sheet on its side; flushing makes it visible to this execution.
    if (flush) flush();
  }
  if (ss.getId() !== spreadsheetId) return null;
  const sheet = findResponseSheet(ss, form);
  if (!sheet) return null;
  if (sheet.getName() !== sheetName && !ss.getSheetByName(sheetName)) sheet.setName(sheetName);
  return sheet.getName();
}
