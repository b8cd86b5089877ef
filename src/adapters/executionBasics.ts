// What every execution's adapter facade starts from, province or national: the retry policy that notes
// each retry for the run's `Log` row, the UI when there is one, and the running user's email.
import { SheetsUi } from "./services";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "./retry";

export interface ExecutionBasics {
  retries: string[];
  policy: RetryPolicy;
  ui: SheetsUi | null;
  user: string;
}

export function executionBasics(interactive: boolean): ExecutionBasics {
  // Transient service errors (timeouts, rate limits) are retried with backoff on idempotent calls.
  const retries: string[] = [];
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    sleep: (ms) => Utilities.sleep(ms),
    onRetry: (what, message, attempt) => void retries.push(`${what} (percobaan ${attempt}): ${message}`),
  };
  let ui: SheetsUi | null = null;
  if (interactive) {
    try {
      ui = new SheetsUi(SpreadsheetApp.getUi(), HtmlService);
    } catch {
      ui = null; // no UI in this context (e.g. a trigger)
    }
  }
  let user = "";
  try {
    user = withRetry(() => Session.getActiveUser().getEmail(), policy, "Session.getActiveUser");
  } catch {
    user = "";
  }
  return { retries, policy, ui, user };
}
