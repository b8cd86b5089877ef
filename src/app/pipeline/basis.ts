// The basis of the last full validation (settings, registry, response header), kept in document
// properties so the form-submit path validates one row without reading `Koperasi`, `Pendamping` or the
// response header. Two fingerprints: `fp` covers only what a report's outcome, the cooperatives' states
// and the results digest depend on (core/settings/basisParts.ts): the rebuild's checkpoint, the hourly
// check and a pending job compare it, and a change means every report is validated again. `whole` covers
// everything (the `Pengaturan` cells, every setting, every registry field): when only it changed (a zone
// threshold, a colour, a cooperative's name), the rebuild's state path applies the change from the kept
// states and saves the new basis (pipeline/status.ts). `Pengaturan` is read by every submit (one read):
// the submit path validates with the new settings when their validation side is the basis's, and leaves
// the row to the full path otherwise. Registry edits reach the submit path at the next run that saves a
// basis; the spreadsheet's time zone is part of the settings here, so a changed zone is caught the same way.
import type { CellValue, Pendamping, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { fnv1a64 } from "../../core/reports/hash";
import { validationRegistry, validationSettings } from "../../core/settings/basisParts";
import type { KeyValueStore } from "../ports";

/**
 * 2: the settings carry the spreadsheet's time zone (`sheetTimeZone`). 3: settings gained ZONA_HANYA_PORTAL,
 * WARNA_BELUM_PORTAL and JENIS_KENDALA (an older basis lacks them). 4: `fp` covers the validation side only,
 * `whole` everything (an older basis, checkpoint or job fingerprint matches neither: every report is read once).
 */
export const BASIS_VERSION = 4;
export const BASIS_PROPERTY = "kdkmp.basis";
/** Property values are limited to 9 KB: 2,500 characters stay under it even for 3-byte characters. */
const CHUNK = 2_500;

export interface Basis {
  v: typeof BASIS_VERSION;
  /** basisFingerprint: what the results depend on. */
  fp: string;
  /** wholeFingerprint: every setting and registry field, and the `Pengaturan` cells. */
  whole: string;
  settings: Settings;
  pendamping: Pendamping[];
  /** Cooperative ids in registry order: cooperative i is on row i + 2 of `Status Koperasi` (its note holds its state). */
  ids: string[];
  header: string[];
  /** settingsCellsFingerprint of `Pengaturan` as read by the full run. */
  settingsCells: string;
  /** False when the submit path must not be used (duplicate cooperative ids in the registry). */
  fast: boolean;
}

/** What every report's outcome, the states and the digest depend on: equal fingerprints, equal results. */
export function basisFingerprint(settings: Settings, registry: Pick<Registry, "koperasi" | "pendamping">, header: readonly CellValue[]): string {
  return fnv1a64(JSON.stringify([BASIS_VERSION, validationSettings(settings), validationRegistry(registry), header.map(String)]));
}

/** Everything the basis holds: equal fingerprints, nothing to apply. */
export function wholeFingerprint(settings: Settings, registry: Pick<Registry, "koperasi" | "pendamping">, header: readonly CellValue[], settingsCells: string): string {
  return fnv1a64(JSON.stringify([BASIS_VERSION, settingsCells, settings, registry.koperasi, registry.pendamping, header.map(String)]));
}

export function makeBasis(settings: Settings, registry: Registry, header: readonly CellValue[], settingsCells: string): Basis {
  const ids = registry.koperasi.map((k) => k.id);
  return {
    v: BASIS_VERSION, fp: basisFingerprint(settings, registry, header), whole: wholeFingerprint(settings, registry, header, settingsCells),
    settings, settingsCells,
    pendamping: registry.pendamping, ids, header: header.map(String), fast: new Set(ids).size === ids.length,
  };
}

function storedHead(props: KeyValueStore): { fp?: string; whole?: string; n?: number } | null {
  try {
    return JSON.parse(props.get(BASIS_PROPERTY) ?? "null") as { fp?: string; whole?: string; n?: number } | null;
  } catch {
    return null;
  }
}

/** The stored basis's `fp` (what the results depend on), or null. */
export function storedBasisFingerprint(props: KeyValueStore): string | null {
  return storedHead(props)?.fp ?? null;
}

/** Written with the run's other bookkeeping (one setProperties call); an unchanged basis is not rewritten. */
export function saveBasis(props: KeyValueStore, basis: Basis): void {
  const head = storedHead(props);
  if (head?.fp === basis.fp && head.whole === basis.whole) return;
  const text = JSON.stringify(basis);
  const n = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < n; i++) props.setLater(`${BASIS_PROPERTY}.${i}`, text.slice(i * CHUNK, (i + 1) * CHUNK));
  props.setLater(BASIS_PROPERTY, JSON.stringify({ fp: basis.fp, whole: basis.whole, n }));
}

export function loadBasis(props: KeyValueStore): Basis | null {
  try {
    const head = storedHead(props);
    if (!head || typeof head.n !== "number") return null;
    let text = "";
    for (let i = 0; i < head.n; i++) {
      const part = props.get(`${BASIS_PROPERTY}.${i}`);
      if (part === null) return null;
      text += part;
    }
    const basis = JSON.parse(text) as Basis;
    return basis.v === BASIS_VERSION && basis.fp === head.fp && basis.whole === head.whole && Array.isArray(basis.ids) ? basis : null;
  } catch {
    return null;
  }
}
