// Timing and memory helpers of the benchmark: median of several runs, the process's peak RSS so far.
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

export function emit(row: Row): void {
  process.stdout.write(`BENCH ${JSON.stringify(row)}\n`);
}
