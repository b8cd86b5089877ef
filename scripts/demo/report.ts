// Console report: the per-kabupaten/kota table read from `Ringkasan`, Validasi counts, service calls, timings.
import type { CellValue } from "../../src/core/model";
import type { RingkasanRead } from "./sheets";

export interface CallDiff { total: number; top: Array<[string, number]> }

/** Service calls between two ledger snapshots: the total and the busiest methods. */
export function callDiff(before: Record<string, number>, after: Record<string, number>, top = 8): CallDiff {
  const diff: Array<[string, number]> = [];
  for (const [k, n] of Object.entries(after)) {
    const d = n - (before[k] ?? 0);
    if (d > 0) diff.push([k, d]);
  }
  diff.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { total: diff.reduce((s, [, n]) => s + n, 0), top: diff.slice(0, top) };
}

/** A number as people in Indonesia read it: 1.166 and 42,5. */
export function idNumber(v: CellValue, decimals = 0): string {
  if (typeof v !== "number") return String(v ?? "");
  const [int, frac] = Math.abs(v).toFixed(decimals).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${v < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

const COLUMNS = [
  ["Kabupaten/Kota", "Kabupaten/Kota", 0],
  ["Koperasi", "Jumlah Koperasi", 0],
  ["Hijau", "Hijau", 0],
  ["Kuning", "Kuning", 0],
  ["Merah", "Merah", 0],
  ["Rata-rata Progres", "Rata-rata Progres (%)", 1],
] as const;

/** The short per-kabupaten/kota table (values as the `Ringkasan` sheet holds them). */
export function ringkasanLines(r: RingkasanRead): string[] {
  const idx = COLUMNS.map(([, header]) => r.headers.indexOf(header));
  const cells = r.rows.map((row) => idx.map((i, c) => (i < 0 ? "" : idNumber(row[i] ?? "", COLUMNS[c]![2]))));
  const head = COLUMNS.map(([label]) => label);
  const widths = head.map((h, c) => cells.reduce((w, row) => Math.max(w, row[c]!.length), h.length));
  const fmt = (row: string[]): string => row.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = cells.map(fmt);
  if (r.total && body.length > 0) body.splice(body.length - 1, 0, rule);
  return [fmt(head), rule, ...body];
}

const FUNNEL = [
  ["Kabupaten/Kota", "Kabupaten/Kota"], ["Koperasi", "Jumlah Koperasi"], ["Portal", "Masuk Portal"],
  ["Lahan Siap", "Lahan Siap"], ["Dibangun", "Mulai Dibangun"], ["Selesai", "Selesai"], ["Beroperasi", "Beroperasi"],
  ["Terkendala", "Terkendala"], ["Belum Portal", "Belum Portal"],
] as const;

/** The programme funnel per kabupaten/kota (SPEC section 8), from `Ringkasan`'s columns; absent columns left out. */
export function funnelLines(r: RingkasanRead): string[] {
  const cols = FUNNEL.map(([label, header]) => ({ label, i: r.headers.indexOf(header) })).filter((c) => c.i >= 0);
  if (cols.length < 3) return [];
  const cells = r.rows.map((row) => cols.map((c) => idNumber(row[c.i] ?? "")));
  const head = cols.map((c) => c.label);
  const widths = head.map((h, c) => cells.reduce((w, row) => Math.max(w, row[c]!.length), h.length));
  const fmt = (row: string[]): string => row.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = cells.map(fmt);
  if (r.total && body.length > 0) body.splice(body.length - 1, 0, rule);
  return ["Tahapan program (funnel):", fmt(head), rule, ...body];
}

const STATUS_ORDER = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"];

/** `Validasi` statuses in SPEC order, any other text after them. */
export function orderedStatuses(counts: Record<string, number>): Array<[string, number]> {
  const keys = [...STATUS_ORDER.filter((k) => k in counts), ...Object.keys(counts).filter((k) => !STATUS_ORDER.includes(k))];
  return keys.map((k) => [k, counts[k] ?? 0]);
}

export function statusLine(counts: Record<string, number>): string {
  const keys = orderedStatuses(counts).map(([k]) => k);
  const total = Object.values(counts).reduce((s, n) => s + n, 0);
  return `Validasi (${idNumber(total)} baris): ${keys.map((k) => `${k} ${idNumber(counts[k] ?? 0)}`).join(" · ") || "-"}`;
}

export function callLines(title: string, d: CallDiff): string[] {
  return [`${title}: ${idNumber(d.total)} panggilan layanan`, ...d.top.map(([k, n]) => `  ${k.padEnd(34)} ${String(n).padStart(6)}`)];
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace(".", ",")} detik`;
}
