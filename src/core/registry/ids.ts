// One comparison for ids everywhere: case and spaces never make two cooperatives or pendamping.
import type { Registry, Report } from "../model";

/** The comparable form of an id: trimmed, inner spaces collapsed, upper-cased ("k-001 " = "K-001"). */
export function idKey(id: string): string {
  return id.trim().replace(/\s+/g, " ").toUpperCase();
}

interface KeyMaps {
  koperasi: Map<string, string>;
  pendamping: Map<string, string>;
}

const KEYS = new WeakMap<Registry, KeyMaps>();

function keyMapsOf(registry: Registry): KeyMaps {
  let m = KEYS.get(registry);
  if (!m) {
    const koperasi = new Map<string, string>();
    for (const id of registry.koperasiById.keys()) if (!koperasi.has(idKey(id))) koperasi.set(idKey(id), id);
    const pendamping = new Map<string, string>();
    for (const id of registry.pendampingById.keys()) if (!pendamping.has(idKey(id))) pendamping.set(idKey(id), id);
    KEYS.set(registry, (m = { koperasi, pendamping }));
  }
  return m;
}

/** The registry's spelling of a cooperative id, or the id itself when the registry has no such cooperative. */
export function koperasiIdIn(registry: Registry, id: string): string {
  if (id === "" || registry.koperasiById.has(id)) return id;
  return keyMapsOf(registry).koperasi.get(idKey(id)) ?? id;
}

/** The registry's spelling of a pendamping id, or the id itself when unknown. */
export function pendampingIdIn(registry: Registry, id: string): string {
  if (id === "" || registry.pendampingById.has(id)) return id;
  return keyMapsOf(registry).pendamping.get(idKey(id)) ?? id;
}

/** Gives each report the registry's spelling of its ids (a typed `k-001` is cooperative `K-001`). */
export function resolveReportIds(reports: readonly Report[], registry: Registry): void {
  for (const r of reports) {
    r.koperasiId = koperasiIdIn(registry, r.koperasiId);
    r.pendampingId = pendampingIdIn(registry, r.pendampingId);
  }
}
