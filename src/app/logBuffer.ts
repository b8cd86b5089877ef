// `Log` rows of fast form submits wait where the fast path writes anyway (it stays within its call
// budget): in its cooperative's note on `Status Koperasi` (pipeline/internal.ts). The next run that reads
// those notes (the hourly trigger at the latest, every full run) writes them to `Log`, in row order,
// before its own row; a document property remembers the last row written so none is written twice.
// Earlier versions kept them in one document property (`kdkmp.logBuffer`): drained the same way.
import type { CellValue } from "../core/model";
import { ACTION_NAMES, LOG_RESULT } from "../core/text/actions";
import type { Context } from "./context";
import { NOTE_LOG_THROUGH } from "./pipeline/internal";
import type { KeyValueStore } from "./ports";

export const LOG_BUFFER_PROP = "kdkmp.logBuffer";

type Entry = [at: number, action: string, result: string, text: string];

function read(props: KeyValueStore): Entry[] {
  try {
    const parsed: unknown = JSON.parse(props.get(LOG_BUFFER_PROP) ?? "[]");
    return Array.isArray(parsed) ? (parsed.filter((e) => Array.isArray(e) && e.length === 4) as Entry[]) : [];
  } catch {
    return [];
  }
}

/** Rows an earlier version left in the property, as `Log` rows (Waktu, Pengguna, Aksi, Hasil, Rincian); the property is removed. */
export function drainLogBuffer(props: KeyValueStore, user: string): CellValue[][] {
  if (props.get(LOG_BUFFER_PROP) === null) return [];
  const rows = read(props).map(([at, action, result, text]): CellValue[] => [new Date(at), user, action, result, text]);
  props.remove(LOG_BUFFER_PROP);
  return rows;
}

/** The submit-path lines the run found in the notes, as `Log` rows; remembered as written (with the run's bookkeeping). */
export function drainNoteLog(ctx: Context, user: string): CellValue[][] {
  const entries = ctx.noteLog ?? [];
  if (entries.length === 0) return [];
  const rows = entries.map((e): CellValue[] => [new Date(e.at), user, ACTION_NAMES.submitTrigger, LOG_RESULT.ok, e.text]);
  let through = Number(ctx.props.get(NOTE_LOG_THROUGH) ?? "0") || 0;
  for (const e of entries) if (e.row > through) through = e.row;
  ctx.props.setLater(NOTE_LOG_THROUGH, String(through));
  entries.length = 0;
  return rows;
}
