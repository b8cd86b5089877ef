// Runs work that a Google service does on its own (e.g. Forms writing a response row) without counting
// it as calls of the script: the ledger's record and cell counters are paused and restored.
import type { CallLedger } from "../calls";

export function uncounted<T>(ledger: CallLedger, work: () => T): T {
  const record = ledger.record;
  const { cellsRead, cellsWritten } = ledger;
  const byCall = new Map([...ledger.cellsByCall].map(([k, v]) => [k, { ...v }]));
  ledger.record = () => undefined;
  try {
    return work();
  } finally {
    ledger.record = record;
    ledger.cellsRead = cellsRead;
    ledger.cellsWritten = cellsWritten;
    ledger.cellsByCall = byCall;
  }
}
