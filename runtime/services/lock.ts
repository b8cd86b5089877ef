// LockService / Lock fakes over slots shared by every workbook of a script project: one script lock,
// one document lock per document, one user lock per user. One execution runs at a time here, so other
// executions are simulated: `__holdByOther(true)` (every lock busy), `__busyFor` (a slot busy for a
// while) or `LockState.pinned` (the locks an execution took stay held after it, as if still running).
// https://developers.google.com/apps-script/reference/lock/lock-service
// https://developers.google.com/apps-script/reference/lock/lock
import { guard, type CallLedger } from "../calls";
import type { ClockLike } from "./ports";

export const LOCK_TIMEOUT = "Lock timeout: another process was holding the lock for too long.";

export interface LockState {
  heldByOther: boolean;
  /** Slots currently held by the running execution ("script", "document:<id>", "user:<email>"). */
  held: Set<string>;
  /** Every wait the script asked for, for assertions. */
  waits: number[];
  /** Slots held by another execution until a clock time (epoch ms). */
  busyUntil: Map<string, number>;
  /** Slots held by another execution that has not ended yet. */
  others: Set<string>;
  /** While set, the slots the running execution acquires are also recorded here (see Driver.stillRunning). */
  pinned: Set<string> | null;
}

export function createLockState(): LockState {
  return { heldByOther: false, held: new Set(), waits: [], busyUntil: new Map(), others: new Set(), pinned: null };
}

/** Slot names, so tests can say which lock another execution holds. */
export const lockSlot = {
  script: "script",
  document: (id: string) => `document:${id}`,
  user: (email: string) => `user:${email}`,
};

function lockView(ledger: CallLedger, clock: ClockLike, state: LockState, slot: string): object {
  const rec = (m: string) => ledger.record("Lock", m);
  const acquire = (timeout: number): boolean => {
    if (!(timeout >= 0)) throw new Error("Invalid argument: timeoutInMillis");
    state.waits.push(timeout);
    const until = state.busyUntil.get(slot);
    if (state.heldByOther || state.others.has(slot) || (until !== undefined && until - clock.now() > timeout)) {
      clock.advance(timeout); // the script waited the whole timeout in vain
      return false;
    }
    if (until !== undefined) {
      if (until > clock.now()) clock.advance(until - clock.now()); // waited until the other execution let go
      state.busyUntil.delete(slot);
    }
    state.held.add(slot);
    state.pinned?.add(slot);
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
        if (mine) state.held.delete(slot);
        mine = false;
      },
    },
    "Lock",
  );
}

export interface LockScope {
  /** Id of the document the execution runs in, or null outside one (getDocumentLock() is then null). */
  documentId: () => string | null;
  /** Email of the user the script runs as (the user lock's owner). */
  user: () => string;
}

export function createLockService(ledger: CallLedger, clock: ClockLike, state = createLockState(), scope?: LockScope): object {
  const rec = (m: string) => ledger.record("LockService", m);
  return guard(
    {
      getScriptLock: () => (rec("getScriptLock"), lockView(ledger, clock, state, lockSlot.script)),
      // "If this method is called outside of the context of a containing document (such as from a
      // standalone script or webapp), null is returned."
      getDocumentLock: () => {
        rec("getDocumentLock");
        const id = scope ? scope.documentId() : "local";
        return id === null ? null : lockView(ledger, clock, state, lockSlot.document(id));
      },
      getUserLock: () => (rec("getUserLock"), lockView(ledger, clock, state, lockSlot.user(scope ? scope.user() : ""))),
      /** Uncounted: simulate another execution holding every lock (true) or none (false). */
      __holdByOther: (on: boolean) => void (state.heldByOther = on),
      /** Uncounted: another execution holds `slot` for `ms` more milliseconds of the virtual clock. */
      __busyFor: (slot: string, ms: number) => void state.busyUntil.set(slot, clock.now() + ms),
      __state: () => state,
    },
    "LockService",
  );
}
