// Short lines for outcomes: counts per status and the registry problems worth telling.
import type { ValidationResult, ValidationStatus } from "../../core/model";
import type { RegistryIssue } from "../../core/registry";

const ORDER: ValidationStatus[] = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"];

export function statusCounts(results: readonly ValidationResult[]): string {
  const counts: Record<ValidationStatus, number> = { Valid: 0, Peringatan: 0, Ditolak: 0, Duplikat: 0, Dikoreksi: 0 };
  for (const r of results) counts[r.status]++;
  return countsLine(counts);
}

/** The same line from counts kept by a job folded in parts. */
export function countsLine(counts: Readonly<Record<ValidationStatus, number>>): string {
  return ORDER.map((s) => `${s}: ${counts[s] ?? 0}`).join(", ");
}

/** At most 10 lines, then how many more: an alert must stay readable. */
export function registryNotes(issues: readonly RegistryIssue[]): string[] {
  if (issues.length === 0) return [];
  const lines = issues.slice(0, 10).map((i) => i.message);
  if (issues.length > 10) lines.push(`… dan ${issues.length - 10} masalah lain di lembar Koperasi/Pendamping.`);
  return lines;
}
