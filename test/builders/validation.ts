// Test builders for validation: reports, registries and settings with sensible defaults (override what matters).
import type { Koperasi, Pendamping, Registry, Report } from "../../src/core/model";
import { defaultSettings } from "../../src/core/settings/defaults";
import type { Settings } from "../../src/core/settings/types";
import { dayFromYmd } from "../../src/core/time/localDay";
import { instantOfLocal } from "../../src/core/time/timeZone";

export const TZ = "Asia/Makassar";

/** A LocalDay from "yyyy-MM-dd". */
export function d(iso: string): number {
  const [y, m, day] = iso.split("-").map(Number);
  return dayFromYmd(y!, m!, day!);
}

/** An instant at a local WITA wall-clock time: at("2026-11-21", 23, 30). */
export function at(iso: string, hour = 10, minute = 0): number {
  return instantOfLocal(d(iso), hour, minute, TZ);
}

export function aKoperasi(over: Partial<Koperasi> = {}): Koperasi {
  return {
    id: "K1", name: "Koperasi Satu", village: "Desa Satu", district: "Kec", regency: "Lombok Barat",
    pendampingId: "P1", pilot: false, inPortal: true, lat: -8.58, lon: 116.1, targetDay: null, row: 2, ...over,
  };
}

export function aPendamping(over: Partial<Pendamping> = {}): Pendamping {
  return {
    id: "P1", name: "Pendamping Satu", email: "", kind: "Koperasi", regency: "Lombok Barat", active: true,
    phone: "", row: 2, ...over,
  };
}

/** A registry; by default cooperatives K1..K3 (assigned P1) and active pendamping P1..P3. */
export function aRegistry(
  koperasi: Koperasi[] = ["K1", "K2", "K3"].map((id, i) => aKoperasi({ id, row: i + 2 })),
  pendamping: Pendamping[] = ["P1", "P2", "P3"].map((id, i) => aPendamping({ id, row: i + 2 })),
): Registry {
  return {
    koperasi, pendamping,
    koperasiById: new Map(koperasi.map((k) => [k.id, k])),
    pendampingById: new Map(pendamping.map((p) => [p.id, p])),
  };
}

export function someSettings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), timeZone: TZ, ...over };
}

/** A short fingerprint of the answers (FNV-1a of their JSON), like the reader's contentHash. */
export function hashOf(r: Omit<Report, "contentHash">): string {
  const text = JSON.stringify([r.pendampingId, r.koperasiId, r.visitDay, r.landStatus, r.landArea, r.progress, r.stage,
    r.obstacles, r.photoUrl, r.coordinates, r.obstacleKinds ?? [], r.source ?? null, r.outletOpen ?? null]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

let nextRow = 2;

/** A clean report: P1 visiting K1 on 2026-11-20, submitted 2026-11-20 10:00 WITA, land ready, 40% STRUKTUR. */
export function aReport(over: Partial<Report> = {}): Report {
  const base: Omit<Report, "contentHash"> = {
    row: nextRow++, submittedAt: at("2026-11-20"), pendampingId: "P1", koperasiId: "K1", regency: "Lombok Barat",
    visitDay: d("2026-11-20"), landStatus: "SIAP", landArea: 1200, progress: 40, stage: "STRUKTUR",
    obstacles: "", photoUrl: "", coordinates: "", problems: [],
  };
  const merged = { ...base, ...over };
  return { ...merged, contentHash: over.contentHash ?? hashOf(merged) };
}
