// Call ledger of the local Apps Script runtime: every service call is counted by "Service.method",
// and a fault plan may make a call throw the message the real service throws.

export interface FaultRule {
  /** Which calls may fail, e.g. "Range.setValues" or "SpreadsheetApp.*"; "*" for every call. */
  match: string;
  /** Probability 0..1 per matching call (drawn from the ledger's seeded generator). */
  rate: number;
  /** The message to throw, e.g. "Service Spreadsheets timed out while accessing document with id ...". */
  message: string;
}

/** Small seeded generator (mulberry32) so fault runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class CallLedger {
  private readonly counts = new Map<string, number>();
  private faults: FaultRule[] = [];
  private hooks: Array<{ match: string; fn: () => void }> = [];
  private random: () => number = seededRandom(1);
  cellsRead = 0;
  cellsWritten = 0;
  /** Cells moved by each kind of call ("Range.getValues": read and written), for the benchmark's breakdown. */
  cellsByCall = new Map<string, { read: number; written: number }>();
  private lastKey = "";

  /** Record one call; throws when the fault plan says this call fails. */
  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.lastKey = key;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const hook = this.hooks.findIndex((h) => matches(h.match, service, method));
    if (hook >= 0) this.hooks.splice(hook, 1)[0]!.fn();
    for (const f of this.faults) {
      if (matches(f.match, service, method) && this.random() < f.rate) throw new Error(f.message);
    }
  }

  /** Cells the call just recorded read (values, notes, colours...: what its answer carries). */
  read(cells: number): void {
    this.cellsRead += cells;
    this.tally().read += cells;
  }

  /** Cells the call just recorded wrote. */
  wrote(cells: number): void {
    this.cellsWritten += cells;
    this.tally().written += cells;
  }

  private tally(): { read: number; written: number } {
    let t = this.cellsByCall.get(this.lastKey);
    if (!t) this.cellsByCall.set(this.lastKey, (t = { read: 0, written: 0 }));
    return t;
  }

  setFaults(rules: FaultRule[], seed = 1): void {
    this.faults = rules;
    this.random = seededRandom(seed);
  }

  /**
   * Runs `fn` once, when the next call matching `match` is made (before it takes effect): a person
   * typing while a run is under way, or a run cut off at that call when `fn` throws.
   */
  atNextCall(match: string, fn: () => void): void {
    this.hooks.push({ match, fn });
  }

  clearFaults(): void {
    this.faults = [];
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.cellsByCall.clear();
  }
}

function matches(pattern: string, service: string, method: string): boolean {
  if (pattern === "*") return true;
  // The method is after the last dot: "Range.setValues", "BigQuery.Tabledata.insertAll".
  const dot = pattern.lastIndexOf(".");
  const s = pattern.slice(0, dot);
  const m = pattern.slice(dot + 1);
  return s === service && (m === "*" || m === method);
}

/**
 * Wraps a fake so that any member it does not implement throws loudly instead of returning undefined,
 * the way gas-fakes does: the add-on must not silently depend on something the runtime does not model.
 */
export function guard<T extends object>(target: T, className: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === "symbol" || prop in obj) return Reflect.get(obj, prop, receiver);
      if (prop === "then" || prop === "toJSON" || prop === "inspect") return undefined;
      throw new Error(`${className}.${String(prop)} is not implemented in the local Apps Script runtime`);
    },
  });
}
