// LockService / Lock fakes. One execution runs at a time here, so contention is simulated:
// `__holdByOther(true)` makes every lock look held by another execution until released.
// https://developers.google.com/apps-script/reference/lock/lock
import { guard, type CallLedger } from "../calls";
import type { ClockLike } from "./ports";

export const LOCK_TIMEOUT = "Lock timeout: another process was holding the lock for too long.";

export interface LockState {
  heldByOther: boolean;
  /** Locks currently held by this execution, by scope. */
  held: Set<string>;
  /** Longest wait the script asked for, for assertions. */
  waits: number[];
}

export function createLockState(): LockState {
  return { heldByOther: false, held: new Set(), waits: [] };
}

function lockView(ledger: CallLedger, clock: ClockLike, state: LockState, scope: string): object {
  const rec = (m: string) => ledger.record("Lock", m);
  const acquire = (timeout: number): boolean => {
    if (!(timeout >= 0)) throw new Error("Invalid argument: timeoutInMillis");
    state.waits.push(timeout);
    if (state.heldByOther) {
      clock.advance(timeout); // the script waited the whole timeout in vain
      return false;
    }
    state.held.add(scope);
    return true;
  };
  let mine = false;
  return guard(
    {
      tryLock: (ms: number) => (rec("tryLock"), (mine = acquire(ms) || mine)),
      waitLock: (ms: number) => {
        rec("waitLock");
        if (!acquire(ms)) throw new Error(LOCK_TIMEOUT);
        mine = true;
      },
      hasLock: () => (rec("hasLock"), mine),
      releaseLock: () => {
        rec("releaseLock");
        if (mine) state.held.delete(scope);
        mine = false;
      },
    },
    "Lock",
  );
}

export function createLockService(ledger: CallLedger, clock: ClockLike, state = createLockState()): object {
  const rec = (m: string) => ledger.record("LockService", m);
  return guard(
    {
      getScriptLock: () => (rec("getScriptLock"), lockView(ledger, clock, state, "script")),
      getDocumentLock: () => (rec("getDocumentLock"), lockView(ledger, clock, state, "document")),
      getUserLock: () => (rec("getUserLock"), lockView(ledger, clock, state, "user")),
      /** Uncounted: simulate another execution holding every lock (true) or none (false). */
      __holdByOther: (on: boolean) => void (state.heldByOther = on),
      __state: () => state,
    },
    "LockService",
  );
}
