// AppsScriptLock: the workbook's document lock; outside a document (getDocumentLock() is null, as the
// reference says for standalone scripts and web apps) the script lock stands in.
import { AppsScriptLock } from "../../src/adapters/services";
import { CallLedger } from "../../runtime/calls";
import { VirtualClock } from "../../runtime/clock";
import { createLockService, createLockState, lockSlot } from "../../runtime/services/lock";

function service(documentId: string | null) {
  const ledger = new CallLedger();
  const state = createLockState();
  const lockService = createLockService(ledger, new VirtualClock(), state, { documentId: () => documentId, user: () => "a@x.id" });
  return { ledger, state, lockService: lockService as unknown as GoogleAppsScript.Lock.LockService };
}

describe("AppsScriptLock", () => {
  it("holds the workbook's document lock, never the one script lock of every workbook", () => {
    const { ledger, state, lockService } = service("1Workbook");
    const lock = new AppsScriptLock(lockService);
    expect(lock.tryLock(1000)).toBe(true);
    expect([...state.held]).toEqual([lockSlot.document("1Workbook")]);
    expect(ledger.count("LockService.getScriptLock")).toBe(0);
    lock.release();
    expect(state.held.size).toBe(0);
  });

  it("falls back to the script lock when there is no document", () => {
    const { state, lockService } = service(null);
    expect(lockService.getDocumentLock()).toBeNull();
    const lock = new AppsScriptLock(lockService);
    expect(lock.tryLock(1000)).toBe(true);
    expect([...state.held]).toEqual([lockSlot.script]);
    lock.release();
    expect(state.held.size).toBe(0);
  });
});
