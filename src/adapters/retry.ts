// Retries transient Apps Script service errors with exponential backoff, for idempotent calls only:
// reads, and writes that put a whole block (or a setting) in place. Injected once in createContext.

/** Messages Google services throw when the failure is temporary (a later identical call may succeed). */
const TRANSIENT: readonly RegExp[] = [
  /timed out while accessing document/i, // "Service Spreadsheets timed out while accessing document with id …"
  /failed while accessing document/i, // "Service Spreadsheets failed while accessing document with id …"
  /Service invoked too many times in a short time/i, // rate limit: "… Try Utilities.sleep(1000) between calls."
  /Service (?:error|is unavailable|unavailable)/i,
  /server error occurred/i, // "We're sorry, a server error occurred. Please wait a bit and try again."
  /Address unavailable/i,
];
// Not transient on purpose: "Service invoked too many times for one day: …" (the daily quota does not
// come back within seconds; the run fails, is logged, and the hourly catch-up finishes the work later).

export function errorText(err: unknown): string {
  if (err && typeof err === "object" && "message" in err) return String((err as { message: unknown }).message);
  return String(err);
}

export function isTransient(err: unknown): boolean {
  const text = errorText(err);
  return TRANSIENT.some((re) => re.test(text));
}

export interface RetryPolicy {
  /** Total tries of one call (first try included). */
  attempts: number;
  /** First wait; doubled after each failure, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  sleep(ms: number): void;
  /** Told about every retried failure (for the `Log` row). */
  onRetry?(what: string, message: string, attempt: number): void;
}

export const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8_000 } as const;

/** Runs `work`; a transient error is retried after 0.5 s, 1 s, 2 s, 4 s (by default); others are thrown at once. */
export function withRetry<T>(work: () => T, policy: RetryPolicy, what = "call"): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (err) {
      if (attempt >= policy.attempts || !isTransient(err)) throw err;
      policy.onRetry?.(what, errorText(err), attempt);
      policy.sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}

/** Setters that put the same state however often they run (a whole block of values, formats, a flag). */
const IDEMPOTENT = new Set([
  "setValues", "setValue", "setNumberFormat", "setNumberFormats", "setBackground", "setBackgrounds",
  "setFontWeight", "setFontWeights", "setFrozenRows", "setFrozenColumns", "clear", "clearContent", "clearFormat",
  "hideSheet", "showSheet", "setDescription", "setWarningOnly", "addEditor", "addEditors", "removeEditor",
  "removeEditors", "setDomainEdit", "setProperty", "setProperties", "deleteProperty", "toast", "flush",
  "newChart", "setChartType", "addRange", "setPosition", "setOption", "build",
]);
// Never retried (a timed-out call may have happened): insertSheet, insertRowsAfter, appendRow,
// insertChart, removeChart, deleteSheet, deleteRows, create (triggers), FormApp edits.

export function isIdempotent(method: string): boolean {
  return /^(get|is|has|can)[A-Z]/.test(method) || IDEMPOTENT.has(method);
}

const RAW = Symbol("retrying.raw");

function raw(v: unknown): unknown {
  return v && typeof v === "object" && !Array.isArray(v) && (v as Record<symbol, unknown>)[RAW] ? (v as Record<symbol, unknown>)[RAW] : v;
}

/** Wrapped objects back to the real ones: an argument, or the items of an array argument (not deeper: values). */
function unwrap(v: unknown): unknown {
  if (!Array.isArray(v)) return raw(v);
  return v.some((x) => raw(x) !== x) ? v.map(raw) : v;
}

function isServiceObject(v: unknown): v is object {
  return !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * A view of a service object (Spreadsheet, PropertiesService, …) whose idempotent methods are retried
 * on transient errors. Objects it returns (Sheet, Range, Protection, …) are wrapped the same way, and
 * wrapped objects passed back as arguments are unwrapped first.
 */
export function retrying<T extends object>(service: T, policy: RetryPolicy, className = "Service"): T {
  const wrap = (v: unknown, name: string): unknown => {
    if (isServiceObject(v)) return retrying(v, policy, name);
    if (Array.isArray(v) && v.some(isServiceObject)) return v.map((x) => (isServiceObject(x) ? retrying(x, policy, name) : x));
    return v;
  };
  return new Proxy(service, {
    get(target, prop) {
      if (prop === RAW) return target;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof prop === "symbol" || typeof value !== "function") return value;
      const fn = value as (...a: unknown[]) => unknown;
      const what = `${className}.${prop}`;
      return (...args: unknown[]) => {
        const call = () => fn.apply(target, args.map(unwrap));
        return wrap(isIdempotent(prop) ? withRetry(call, policy, what) : call(), prop.replace(/^(get|new)/, ""));
      };
    },
  });
}
