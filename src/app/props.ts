// Keys of the document properties the add-on keeps (small bookkeeping, never report data).
export const PROP = {
  formId: "kdkmp.formId",
  formUrl: "kdkmp.formUrl",
  /**
   * The form's published address: Sheet.getFormUrl() may name the form by its id or by its published
   * id (not documented), so the response sheet is looked for by both.
   */
  formPublishedUrl: "kdkmp.formPublishedUrl",
  /** Fingerprint of the form spec last synced: the rebuild re-syncs the form when it changes. */
  formSpec: "kdkmp.formSpec",
  /**
   * Highest response row validated in order; the submit path continues from it. INTERRUPTED ("-1")
   * means an earlier run stopped half-way: the next submit or catch-up validates every row again.
   */
  validatedThrough: "kdkmp.validatedThrough",
  /** Editors the output sheets' protections were last set for (JSON list, app/protection.ts). */
  protectedFor: "kdkmp.protectedFor",
  /** Set while a locked action writes; still set at the start of the next one = that run was cut off. */
  writing: "kdkmp.writing",
  /**
   * Who installed this workbook's triggers, when, and their unique ids (JSON, actions/triggers.ts):
   * Apps Script shows a user only their own triggers, of every workbook the add-on serves.
   */
  triggers: "kdkmp.triggers",
  /** Local day (yyyy-MM-dd) of the last daily rebuild by the hourly trigger. */
  lastDailyRebuild: "kdkmp.lastDailyRebuild",
  /**
   * The daily feedback emails' progress: {day, done (pendamping ids), attempt (the one being sent when
   * the run stopped), finished}. Written before each email, so a run cut off never sends one twice.
   */
  feedback: "kdkmp.feedback",
} as const;

export const INTERRUPTED = "-1";

/** The writing mark's value: a run's name while it writes, "" (or absent) once it finished. */
export function writingMarkLeft(value: string | null): boolean {
  return value !== null && value !== "";
}
