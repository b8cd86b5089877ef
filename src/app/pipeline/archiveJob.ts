// The archive job's small record between executions (document property `kdkmp.archiveJob`): its phase,
// how far it sent report and `Log` rows, what it counted for the closing message. Its big carried state
// (each cooperative's validation state after the rows sent, and their results digest) is the ranged job's
// progress in `_Kemajuan Pekerjaan` (pipeline/progress.ts); the cursor names the job "archive".
import type { Context } from "../context";
import { CURSOR_PROPERTY } from "./phases";

export const ARCHIVE_JOB_PROP = "kdkmp.archiveJob";

/**
 * `validate`: the full validation first (pipeline/rangedJob.ts, job "archive"); `send`: report rows to
 * BigQuery range by range; `log`: `Log` rows the same way; `delete`: the one step that deletes (its
 * start is recorded before the first delete, so a rerun never deletes twice: actions/archiveDelete.ts).
 */
export type ArchivePhase = "validate" | "send" | "log" | "delete";

export interface ArchiveJob {
  phase: ArchivePhase;
  /** Report rows (from row 2) that BigQuery holds, all of them archivable. */
  n: number;
  /** True once the archivable block's end was found. */
  done: boolean;
  sent: number;
  created: boolean;
  /** `Log` rows (from row 2, before the cutoff) that BigQuery holds. */
  logN: number;
  logDone: boolean;
  logSent: number;
  logCreated: boolean;
  /** Fingerprints of the last `Log` rows sent with how often each came (identical rows keep their order). */
  seen: [string, number][];
  /** Archived rows whose staff cells beside `Validasi` were written to `Log` (unset: not yet looked at). */
  staff?: number;
  /** Set when the hourly trigger's monthly run started it: the month it stands for. */
  month?: string;
}

export function newArchiveJob(month?: string): ArchiveJob {
  return {
    phase: "validate", n: 0, done: false, sent: 0, created: false, logN: 0, logDone: false, logSent: 0, logCreated: false, seen: [],
    ...(month ? { month } : {}),
  };
}

export function readArchiveJob(ctx: Context): ArchiveJob | null {
  try {
    const j = JSON.parse(ctx.props.get(ARCHIVE_JOB_PROP) ?? "null") as ArchiveJob | null;
    return j && typeof j.phase === "string" && typeof j.n === "number" ? j : null;
  } catch {
    return null;
  }
}

export function saveArchiveJob(ctx: Context, job: ArchiveJob): void {
  ctx.props.set(ARCHIVE_JOB_PROP, JSON.stringify(job));
}

/** The job is over (finished, or given up after BigQuery refused: nothing was deleted). */
export function endArchiveJob(ctx: Context): void {
  ctx.props.remove(ARCHIVE_JOB_PROP);
  ctx.props.remove(CURSOR_PROPERTY);
}
