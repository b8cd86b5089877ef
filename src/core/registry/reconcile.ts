// Checks across the two registry sheets: one spelling per kabupaten/kota and per pendamping id, and
// every cooperative's `ID Pendamping` found in `Pendamping`. Rows are given the first spelling seen.
import type { Koperasi, Pendamping } from "../model";
import { normalizeLabel, shortText } from "../sheets/cells";
import { KOPERASI_COLUMNS, PENDAMPING_COLUMNS } from "../text/sheets";
import { REGISTRY_MESSAGES, rowList } from "../text/registry";
import { issue, type RegistryIssue } from "./common";
import { idKey } from "./ids";

interface Seen {
  text: string;
  sheet: string;
  row: number;
}

/**
 * `Kabupaten/Kota` of both sheets and `ID Pendamping` of `Koperasi`, put in the first spelling seen
 * (a kabupaten/kota typed "KOTA KUPANG" once and "Kota Kupang" elsewhere is one row in `Ringkasan`),
 * with one issue per other spelling; one issue per `ID Pendamping` of `Koperasi` missing from `Pendamping`.
 */
export function reconcileRegistry(
  koperasi: Koperasi[], pendamping: readonly Pendamping[], sheets: { koperasi: string; pendamping: string },
): RegistryIssue[] {
  const issues: RegistryIssue[] = [];
  const regencies = new Map<string, Seen>();
  const variants = new Set<string>();
  const regency = (text: string, sheet: string, row: number): string => {
    if (text === "") return text;
    const key = normalizeLabel(text);
    const first = regencies.get(key);
    if (!first) {
      regencies.set(key, { text, sheet, row });
      return text;
    }
    if (first.text !== text && !variants.has(text)) {
      variants.add(text);
      issues.push(issue("SPELLING", sheet, row, REGISTRY_MESSAGES.SPELLING, {
        column: KOPERASI_COLUMNS.regency[0], value: shortText(text), first: shortText(first.text),
        firstWhere: `${first.sheet} baris ${first.row}`,
      }));
    }
    return first.text;
  };
  for (const k of koperasi) k.regency = regency(k.regency, sheets.koperasi, k.row);
  for (const p of pendamping) p.regency = regency(p.regency, sheets.pendamping, p.row);

  const pendampingIds = new Map<string, Pendamping>();
  for (const p of pendamping) if (!pendampingIds.has(idKey(p.id))) pendampingIds.set(idKey(p.id), p);
  const unknown = new Map<string, number[]>();
  const respelled = new Set<string>();
  for (const k of koperasi) {
    if (k.pendampingId === "") continue;
    const p = pendampingIds.get(idKey(k.pendampingId));
    if (!p) {
      const rows = unknown.get(k.pendampingId) ?? [];
      if (rows.length === 0) unknown.set(k.pendampingId, rows);
      rows.push(k.row);
      continue;
    }
    if (p.id !== k.pendampingId && !respelled.has(k.pendampingId)) {
      respelled.add(k.pendampingId);
      issues.push(issue("SPELLING", sheets.koperasi, k.row, REGISTRY_MESSAGES.SPELLING, {
        column: KOPERASI_COLUMNS.pendampingId[0], value: shortText(k.pendampingId), first: shortText(p.id),
        firstWhere: `${sheets.pendamping} baris ${p.row}`,
      }));
    }
    k.pendampingId = p.id;
  }
  for (const [id, rows] of unknown) {
    issues.push(issue("UNKNOWN_PENDAMPING", sheets.koperasi, rows[0]!, REGISTRY_MESSAGES.UNKNOWN_PENDAMPING, {
      column: KOPERASI_COLUMNS.pendampingId[0], id: shortText(id), rows: rowList(rows),
      pendampingSheet: sheets.pendamping, idColumn: PENDAMPING_COLUMNS.id[0],
    }));
  }
  return issues;
}
