// The registry: cooperatives and pendamping with lookups by id (first row of an id wins).
import type { Koperasi, Pendamping, Registry } from "../model";

export { readKoperasi } from "./koperasi";
export { readPendamping } from "./pendamping";
export { reconcileRegistry } from "./reconcile";
export { idKey, koperasiIdIn, pendampingIdIn, resolveReportIds } from "./ids";
export type { RegistryIssue, RegistryIssueCode } from "./common";

export function buildRegistry(koperasi: readonly Koperasi[], pendamping: readonly Pendamping[]): Registry {
  const koperasiById = new Map<string, Koperasi>();
  for (const k of koperasi) if (!koperasiById.has(k.id)) koperasiById.set(k.id, k);
  const pendampingById = new Map<string, Pendamping>();
  for (const p of pendamping) if (!pendampingById.has(p.id)) pendampingById.set(p.id, p);
  return { koperasi: [...koperasi], pendamping: [...pendamping], koperasiById, pendampingById };
}
