// Keys of the document properties the add-on keeps (small bookkeeping, never report data).
export const PROP = {
  formId: "kdkmp.formId",
  formUrl: "kdkmp.formUrl",
  /** Highest response row validated in order; the submit path continues from it. */
  validatedThrough: "kdkmp.validatedThrough",
  /** Local day (yyyy-MM-dd) of the last daily rebuild by the hourly trigger. */
  lastDailyRebuild: "kdkmp.lastDailyRebuild",
} as const;
