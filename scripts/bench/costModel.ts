// The estimate of a case's time in Apps Script: service calls, cells moved and the add-on's own CPU.
// The figures and their sources are in docs/performance.md ("Cost model"); change them there too.

/** Milliseconds per service call (a round trip to Google's servers). */
export const MS_PER_CALL = 30;
/** Milliseconds per cell read (values, notes or colours in a call's answer). */
export const MS_PER_CELL_READ = 0.02;
/** Milliseconds per cell written: Google's guide, one batched write of 10,000 cells in about 1 s. */
export const MS_PER_CELL_WRITTEN = 0.1;

/** Estimated Apps Script time in ms: the calls and cells at the rates above plus the local CPU time. */
export function estimateMs(calls: number | null, read: number | null, written: number | null, cpuMs: number): number | null {
  if (calls === null || read === null || written === null) return null;
  return calls * MS_PER_CALL + read * MS_PER_CELL_READ + written * MS_PER_CELL_WRITTEN + cpuMs;
}
