// Builders for zone and summary tests: cooperatives, pendamping, latest reports, validation results, statuses.
import type {
  CoopStatus, Finding, Koperasi, LatestReport, LocalDay, Pendamping, Registry, ValidationResult,
} from "../../src/core/model";
import { defaultSettings } from "../../src/core/settings/defaults";
import type { Settings } from "../../src/core/settings/types";
import { dayFromYmd } from "../../src/core/time/localDay";
import { instantOfLocal } from "../../src/core/time/timeZone";
import { coopStatus } from "../../src/core/zones/statuses";

export const TZ = "Asia/Makassar";
/** Friday 20/11/2026. */
export const TODAY: LocalDay = dayFromYmd(2026, 11, 20);

export function summarySettings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...over };
}

export function aKoperasi(over: Partial<Koperasi> = {}): Koperasi {
  return {
    id: "K001", name: "Koperasi Merah Putih Sukamaju", village: "Sukamaju", district: "Gerung",
    regency: "Lombok Barat", pendampingId: "P01", pilot: false, inPortal: false, lat: null, lon: null,
    targetDay: null, row: 2, ...over,
  };
}

export function aPendamping(over: Partial<Pendamping> = {}): Pendamping {
  return {
    id: "P01", name: "Baiq Nurul", email: "", kind: "Koperasi", regency: "Lombok Barat", active: true,
    phone: "", row: 2, ...over,
  };
}

export function aLatest(over: Partial<LatestReport> = {}): LatestReport {
  const visitDay = over.visitDay ?? TODAY;
  return {
    row: 2, visitDay, submittedAt: instantOfLocal(visitDay, 10, 0, TZ), pendampingId: "P01", progress: 40,
    landStatus: "SIAP", stage: "STRUKTUR", progressSinceDay: visitDay, ...over,
  };
}

export function aResult(over: Partial<ValidationResult> & { submittedDay?: LocalDay } = {}): ValidationResult {
  const { submittedDay, ...rest } = over;
  const visitDay = rest.visitDay === undefined ? TODAY : rest.visitDay;
  const day = submittedDay ?? visitDay ?? TODAY;
  return {
    row: 2, submittedAt: instantOfLocal(day, 9, 30, TZ), koperasiId: "K001", pendampingId: "P01", visitDay,
    status: "Valid", findings: [], ...rest,
  };
}

export function aWarning(code: Finding["code"] = "LAND_TOO_SMALL", params: Finding["params"] = {}): Finding {
  return { code, severity: "warn", params };
}

export function aRegistry(koperasi: Koperasi[], pendamping: Pendamping[] = []): Registry {
  return {
    koperasi, pendamping,
    koperasiById: new Map(koperasi.map((k) => [k.id, k])),
    pendampingById: new Map(pendamping.map((p) => [p.id, p])),
  };
}

export function aStatus(koperasi: Koperasi, latest: LatestReport | null, settings = summarySettings(), today = TODAY): CoopStatus {
  return coopStatus(koperasi, latest, today, settings);
}

/** Local midnight of a day as the Date a table cell holds. */
export function dateOf(day: LocalDay): Date {
  return new Date(instantOfLocal(day, 0, 0, TZ));
}
