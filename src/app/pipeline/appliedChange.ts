// What the rebuild's state path applies besides the new rows when only the output side of the basis changed
// (zone thresholds, colours, a cooperative's name: core/settings/basisParts.ts): the new basis to save with
// the `Status Koperasi` notes (pipeline/status.ts), and what changed, for the recolouring and the `Log` line.
import type { CoopNote } from "./internal";
import type { LoadedSettings } from "../settingsLoader";
import type { LoadedRegistry } from "./registry";
import { changedOutputKeys } from "../../core/settings/basisParts";
import { makeBasis, type Basis } from "./basis";

export interface AppliedChange {
  /** The basis to save with the notes, so the submit path works from the new settings and registry rows. */
  basis: Basis;
  /** `Pengaturan` keys whose value changed (WARNA_MERAH, HARI_TANPA_LAPORAN_KUNING, …). */
  keys: string[];
  /** A cooperative's row in `Koperasi` (name, village, portal, target, …) or a pendamping's changed. */
  registry: boolean;
  /** A zone colour changed: every `Status Koperasi` row is coloured again. */
  recolour: boolean;
}

/** `notes`: the `Status Koperasi` notes in registry order, each holding the registry row it was written from. */
export function appliedChange(basis: Basis, loaded: LoadedSettings, { registry }: LoadedRegistry, notes: readonly CoopNote[]): AppliedChange {
  const { settings } = loaded;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    basis: makeBasis(settings, registry, basis.header, loaded.cellsFingerprint),
    keys: changedOutputKeys(basis.settings, settings),
    registry: !same(basis.pendamping, registry.pendamping) || notes.some((n, i) => !same(n.k, registry.koperasi[i])),
    recolour: !same(basis.settings.colors, settings.colors),
  };
}
