// The basis of the last full validation (settings, registry, response header), kept in document
// properties so the form-submit path validates one row without reading `Koperasi`, `Pendamping` or the
// response header. `Pengaturan` is still read by every submit (one read), and any edit to it sends that
// submit to the full path. Edits to `Koperasi`, `Pendamping` or the form's
// questions take effect at the next full run (`Perbarui status & ringkasan`, `Validasi ...`, or the
// hourly trigger, which sees the fingerprint change and validates every row again; the spreadsheet's
// time zone is part of the settings here, so a changed zone is caught the same way); until then the
// submit path uses the registry of the last full run, so its result is always the one an in-order
// full run on that basis gives, and the hourly run brings every row onto the new registry.
import type { CellValue, Pendamping, Registry } from "../../core/model";
import type { Settings } from "../../core/settings/types";
import { fnv1a64 } from "../../core/reports/hash";
import type { KeyValueStore } from "../ports";

/** 2: the settings carry the spreadsheet's time zone (`sheetTimeZone`). 3: settings gained ZONA_HANYA_PORTAL, WARNA_BELUM_PORTAL and JENIS_KENDALA (an older basis lacks them). */
export const BASIS_VERSION = 3;
export const BASIS_PROPERTY = "kdkmp.basis";
/** Property values are limited to 9 KB: 2,500 characters stay under it even for 3-byte characters. */
const CHUNK = 2_500;

export interface Basis {
  v: typeof BASIS_VERSION;
  fp: string;
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

export function basisFingerprint(settings: Settings, registry: Registry, header: readonly CellValue[], settingsCells: string): string {
  return fnv1a64(JSON.stringify([BASIS_VERSION, settingsCells, settings, registry.koperasi, registry.pendamping, header.map(String)]));
}

export function makeBasis(settings: Settings, registry: Registry, header: readonly CellValue[], settingsCells: string): Basis {
  const ids = registry.koperasi.map((k) => k.id);
  return {
    v: BASIS_VERSION, fp: basisFingerprint(settings, registry, header, settingsCells), settings, settingsCells,
    pendamping: registry.pendamping, ids, header: header.map(String), fast: new Set(ids).size === ids.length,
  };
}

export function storedBasisFingerprint(props: KeyValueStore): string | null {
  try {
    const head = JSON.parse(props.get(BASIS_PROPERTY) ?? "null") as { fp?: string } | null;
    return head?.fp ?? null;
  } catch {
    return null;
  }
}

/** Written with the run's other bookkeeping (one setProperties call); unchanged chunks are not rewritten. */
export function saveBasis(props: KeyValueStore, basis: Basis): void {
  if (storedBasisFingerprint(props) === basis.fp) return;
  const text = JSON.stringify(basis);
  const n = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < n; i++) props.setLater(`${BASIS_PROPERTY}.${i}`, text.slice(i * CHUNK, (i + 1) * CHUNK));
  props.setLater(BASIS_PROPERTY, JSON.stringify({ fp: basis.fp, n }));
}

export function loadBasis(props: KeyValueStore): Basis | null {
  try {
    const head = JSON.parse(props.get(BASIS_PROPERTY) ?? "null") as { fp?: string; n?: number } | null;
    if (!head || typeof head.n !== "number") return null;
    let text = "";
    for (let i = 0; i < head.n; i++) {
      const part = props.get(`${BASIS_PROPERTY}.${i}`);
      if (part === null) return null;
      text += part;
    }
    const basis = JSON.parse(text) as Basis;
    return basis.v === BASIS_VERSION && basis.fp === head.fp && Array.isArray(basis.ids) ? basis : null;
  } catch {
    return null;
  }
}
