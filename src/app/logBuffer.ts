// `Log` rows of fast form submits wait in one document property (the fast path stays within its call
// budget) and are written to `Log`, in order, by the next run that writes a Log row of its own.
import type { CellValue } from "../core/model";
import type { KeyValueStore } from "./ports";

export const LOG_BUFFER_PROP = "kdkmp.logBuffer";
/** A property value may hold 9 KB; past this the fast path hands over to the general path. */
const LIMIT_CHARS = 8_000;

type Entry = [at: number, action: string, result: string, text: string];

function read(props: KeyValueStore): Entry[] {
  try {
    const parsed: unknown = JSON.parse(props.get(LOG_BUFFER_PROP) ?? "[]");
    return Array.isArray(parsed) ? (parsed.filter((e) => Array.isArray(e) && e.length === 4) as Entry[]) : [];
  } catch {
    return [];
  }
}

/** Adds one row, kept for the caller's props.flush(); false (nothing stored) when the buffer is full. */
export function bufferLogRow(props: KeyValueStore, at: number, action: string, result: string, text: string): boolean {
  const next = JSON.stringify([...read(props), [at, action, result, text.slice(0, 500)]]);
  if (next.length > LIMIT_CHARS) return false;
  props.setLater(LOG_BUFFER_PROP, next);
  return true;
}

export function logBufferFull(props: KeyValueStore): boolean {
  return (props.get(LOG_BUFFER_PROP) ?? "").length > LIMIT_CHARS - 700;
}

/** The waiting rows as `Log` rows (Waktu, Pengguna, Aksi, Hasil, Rincian); the buffer is emptied. */
export function drainLogBuffer(props: KeyValueStore, user: string): CellValue[][] {
  if (props.get(LOG_BUFFER_PROP) === null) return [];
  const rows = read(props).map(([at, action, result, text]): CellValue[] => [new Date(at), user, action, result, text]);
  props.remove(LOG_BUFFER_PROP);
  return rows;
}
