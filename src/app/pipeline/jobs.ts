// Every input of a full validation read at once (settings unless given, registry, every response row): for
// the hourly catch-up's check (a history that fits one row range, or no form linked); full validations
// fold in row ranges (pipeline/rangedJob.ts).
import type { Context } from "../context";
import { loadSettings, type LoadedSettings } from "../settingsLoader";
import { loadRegistry, type LoadedRegistry } from "./registry";
import { loadResponses, type LoadedResponses } from "./responses";
import { basisFingerprint } from "./basis";

export interface Inputs extends LoadedSettings, LoadedRegistry {
  responses: LoadedResponses;
  basisFp: string;
}

/** Pengaturan (unless given), Koperasi, Pendamping and the response sheet: one read each. */
export function loadInputs(ctx: Context, loaded?: LoadedSettings, registry?: LoadedRegistry): Inputs {
  const s = loaded ?? loadSettings(ctx);
  const reg = registry ?? loadRegistry(ctx, s.settings);
  const responses = loadResponses(ctx, s.settings);
  return { ...s, notes: [...s.notes, ...responses.notes], ...reg, responses, basisFp: basisFingerprint(s.settings, reg.registry, responses.header) };
}
