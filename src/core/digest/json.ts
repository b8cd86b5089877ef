// A ResultsDigest as compact JSON text (for the checkpoint) and back, checked with zod when read.
import * as z from "zod/mini";
import { zAtLeast, zInt, zNullable, zOneOf, zTuple } from "../zodChecks";
import type { ResultsDigest } from "./types";

const STATUSES = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"] as const;
/**
 * Built on first use, not when the bundle loads: every execution runs the bundle's top level, and most
 * never read a checkpoint.
 */
function buildDigestJson() {
  const num = z.number();
  const int = zInt();
  const day = zInt();
  const count = zInt().check(zAtLeast(0));
  /** -Infinity (and "no time") is written as null: JSON has no infinities. */
  const maybe = zNullable(num);
  return z.object({
    v: zOneOf([1]),
    through: count,
    today: day,
    w: count,
    tz: z.string(),
    p: z.array(zTuple([z.string(), int, int, maybe, z.array(zTuple([day, count]))])),
    k: z.array(zTuple([z.string(), maybe, z.array(day)])),
    wr: z.array(zTuple([int, day, z.string(), z.string(), z.string()])),
    c: zTuple([num, num, num, num, num]),
    o: z.array(zTuple([int, zOneOf(["Valid", "Peringatan"]), z.string(), zNullable(day)])),
  });
}
let digestJson: ReturnType<typeof buildDigestJson> | null = null;
type DigestJson = z.infer<ReturnType<typeof buildDigestJson>>;

export function digestToJson(d: ResultsDigest): string {
  const json: DigestJson = {
    v: 1, through: d.through, today: d.today, w: d.windowDays, tz: d.timeZone,
    p: [...d.pendamping].map(([id, t]) => [id, t.counted, t.rejected, t.last, [...t.days]]),
    k: [...d.visits].map(([id, v]) => [id, Number.isFinite(v.best) ? v.best : null, v.ahead]),
    wr: d.warnings.map((w) => [w.row, w.visitDay, w.koperasiId, w.pendampingId, w.reasons]),
    c: [d.counts.Valid, d.counts.Peringatan, d.counts.Ditolak, d.counts.Duplikat, d.counts.Dikoreksi],
    o: [...d.open].map(([row, o]) => [row, o.status, o.pendampingId, o.submitDay]),
  };
  return JSON.stringify(json);
}

/** The digest in `text`, or null when it is not one (cut short, edited, an older format). */
export function digestFromJson(text: string): ResultsDigest | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  digestJson ??= buildDigestJson();
  const parsed = digestJson.safeParse(raw);
  if (!parsed.success) return null;
  const j = parsed.data;
  const counts = { Valid: 0, Peringatan: 0, Ditolak: 0, Duplikat: 0, Dikoreksi: 0 };
  STATUSES.forEach((s, i) => { counts[s] = j.c[i]!; });
  return {
    through: j.through, today: j.today, windowDays: j.w, timeZone: j.tz,
    pendamping: new Map(j.p.map(([id, counted, rejected, last, days]) => [id, { counted, rejected, last, days: new Map(days) }])),
    visits: new Map(j.k.map(([id, best, ahead]) => [id, { best: best ?? Number.NEGATIVE_INFINITY, ahead }])),
    warnings: j.wr.map(([row, visitDay, koperasiId, pendampingId, reasons]) => ({ row, visitDay, koperasiId, pendampingId, reasons })),
    counts,
    open: new Map(j.o.map(([row, status, pendampingId, submitDay]) => [row, { status, pendampingId, submitDay }])),
  };
}
