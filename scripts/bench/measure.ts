// Timing and memory helpers of the benchmark: median of several runs, the process's peak RSS so far.
import { performance } from "node:perf_hooks";

export interface Row {
  size: string;
  case: string;
  runs: number;
  medianMs: number;
  /** Peak resident memory of the process (the case's own child process) in MB. */
  peakMb: number;
  calls: number | null;
  cellsRead: number | null;
  cellsWritten: number | null;
  note?: string;
}

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `before` (untimed) and `work` (timed) `runs` times; returns the times in ms. */
export function timed(runs: number, work: () => void, before?: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const t = performance.now();
    work();
    out.push(performance.now() - t);
  }
  return out;
}

/** Peak resident set size of this process so far, in MB (resourceUsage().maxRSS is in KB). */
export function peakMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function emit(row: Row): void {
  process.stdout.write(`BENCH ${JSON.stringify(row)}\n`);
}
