// Timing and memory helpers of the benchmark: median of several runs, the process's peak RSS so far.
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface Row {
  size: string;
  case: string;
  runs: number;
  medianMs: number;
  /** Median CPU time of the process (user + system) over the runs, in ms: steadier than wall time on a shared machine. */
  cpuMs?: number;
  /** Peak resident memory of the process (the case's own child process) in MB. */
  peakMb: number;
  /** Peak resident memory during this case alone (the workbook it works on included), in MB, where measurable. */
  casePeakMb?: number | null;
  calls: number | null;
  cellsRead: number | null;
  cellsWritten: number | null;
  /** The calls that moved the most cells. */
  top?: string;
  note?: string;
}

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** CPU times (ms) of the runs of the latest timed() call. */
export let lastCpu: number[] = [];

/** Runs `before` (untimed) and `work` (timed) `runs` times; returns the wall times in ms (CPU times in lastCpu). */
export function timed(runs: number, work: () => void, before?: () => void): number[] {
  const out: number[] = [];
  lastCpu = [];
  resetPeak();
  for (let i = 0; i < runs; i++) {
    before?.();
    const c = process.cpuUsage();
    const t = performance.now();
    work();
    out.push(performance.now() - t);
    const d = process.cpuUsage(c);
    lastCpu.push((d.user + d.system) / 1000);
  }
  return out;
}

/** Median CPU ms of the latest timed() call. */
export function medianCpu(): number {
  return median(lastCpu);
}

/** Peak resident set size of this process so far, in MB (resourceUsage().maxRSS is in KB). */
export function peakMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Starts a new high-water mark of this process's resident memory (Linux: writing 5 to clear_refs resets
 * VmHWM) after a full collection, so caseMb() after a case is that case's own peak, the workbook held in
 * memory included.
 * Elsewhere it does nothing and caseMb() is null.
 */
export function resetPeak(): void {
  // The previous case's garbage first (the bench runs with --expose-gc): a case's peak starts from what is live.
  (globalThis as { gc?: () => void }).gc?.();
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // not Linux, or not allowed
  }
}

/** VmHWM in MB (the peak since the last resetPeak()), or null where /proc is not there. */
export function caseMb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Prints the row for the parent process; the case's own peak is the one since its timed() began. */
export function emit(row: Row): void {
  if (row.casePeakMb === undefined) row.casePeakMb = caseMb();
  process.stdout.write(`BENCH ${JSON.stringify(row)}\n`);
}
