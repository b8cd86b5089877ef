// The sample registry: cooperatives (sheet `Koperasi`) and pendamping (sheet `Pendamping`) of one province.
import { dayFromYmd } from "../../src/core/time/localDay";
import { apportion, type Rng } from "./random";
import { emailFor, personName, phoneNumber, uniqueVillage } from "./names";
import type { ProvinceDef, RegencyDef } from "./regions";
import type { CoopRec, PendRec } from "./types";

export interface SampleRegistry {
  coops: CoopRec[];
  pendamping: PendRec[];
  /** One cooperative per regency that is no longer in the registry (its old form choice still exists). */
  removed: CoopRec[];
}

/**
 * NTB, Jan 2026 (DOMAIN.md): 78 PPPK paruh waktu, of whom 28 pendamping koperasi, 10 UKM, 10 KUR. The other 30
 * are PPPK paruh waktu without a pendamping role yet: they are listed with a blank `Jenis` (and never report).
 * Of the 28 pendamping koperasi, 2 have left (`Aktif` Tidak); their cooperatives went to the 26 active ones.
 * UKM and KUR pendamping: one per kabupaten/kota (largest first); the rest by the number of cooperatives.
 */
const SHARE = { koperasi: 28 / 78, ukm: 10 / 78, kur: 10 / 78, inactive: 2 / 78 };
/** NTB: 454 of 1,166 entered into the national portal. */
const PORTAL_SHARE = 454 / 1166;
const PILOTS_PER_REGENCY = 5;

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

export function buildRegistry(rng: Rng, def: ProvinceDef, koperasiCount: number, pendampingCount: number): SampleRegistry {
  const regs = def.regencies;
  const perRegency = koperasiCount >= regs.length
    ? apportion(koperasiCount - regs.length, regs.map((g) => g.weight)).map((n) => n + 1)
    : apportion(koperasiCount, regs.map((g) => g.weight));
  const coopsByRegency = regs.map((g, i) => buildCoops(rng.fork(`coops-${g.code}`), def, g, perRegency[i] ?? 0));
  markPilotsAndPortal(rng.fork("pilots"), coopsByRegency, koperasiCount);
  const pendamping = buildPendamping(rng.fork("pendamping"), def, coopsByRegency, pendampingCount);
  const removed = regs.map((g, i) => {
    const [c] = buildCoops(rng.fork(`removed-${g.code}`), def, g, 1, (perRegency[i] ?? 0) + 1);
    return c as CoopRec;
  });
  return { coops: coopsByRegency.flat(), pendamping, removed };
}

function buildCoops(rng: Rng, def: ProvinceDef, g: RegencyDef, count: number, firstNumber = 1): CoopRec[] {
  const taken = new Set<string>();
  const centres = g.districts.map(() => ({ lat: g.lat + rng.float(-0.7, 0.7) * g.dLat, lon: g.lon + rng.float(-0.7, 0.7) * g.dLon }));
  const out: CoopRec[] = [];
  const m = 0.03;
  for (let i = 0; i < count; i++) {
    const d = Math.min(g.districts.length - 1, Math.floor((i * g.districts.length) / count));
    const c = centres[d] as { lat: number; lon: number };
    const village = uniqueVillage(rng, g.style, taken);
    const kelurahan = g.isCity || rng.chance(0.06);
    const hasCoord = rng.chance(0.97);
    const lat = clamp(c.lat + rng.float(-0.35, 0.35) * g.dLat, def.box.minLat + m, def.box.maxLat - m);
    const lon = clamp(c.lon + rng.float(-0.35, 0.35) * g.dLon, def.box.minLon + m, def.box.maxLon - m);
    const hasTarget = rng.chance(0.85);
    const target = dayFromYmd(2026, 1, 1) + rng.int(0, 364);
    out.push({
      id: `KDKMP-${g.code}-${pad(firstNumber + i, 4)}`,
      name: `Koperasi Merah Putih ${kelurahan ? "Kelurahan" : "Desa"} ${village}`,
      village,
      district: g.districts[d] as string,
      regency: g,
      pendampingId: "",
      pilot: false,
      portal: false,
      lat: hasCoord ? round5(lat) : null,
      lon: hasCoord ? round5(lon) : null,
      target: hasTarget ? target : null,
    });
  }
  return out;
}

function markPilotsAndPortal(rng: Rng, byRegency: CoopRec[][], total: number): void {
  const rest: CoopRec[] = [];
  for (const coops of byRegency) {
    const pilots = coops.length >= 2 * PILOTS_PER_REGENCY ? PILOTS_PER_REGENCY : Math.floor(coops.length / 2);
    const order = rng.shuffle(coops);
    order.forEach((c, i) => {
      if (i < pilots) {
        c.pilot = true;
        c.portal = true;
        c.target = dayFromYmd(2026, 3, 1) + rng.int(0, 150);
      } else rest.push(c);
    });
  }
  const portalLeft = Math.round(total * PORTAL_SHARE) - (total - rest.length);
  rng.shuffle(rest).slice(0, Math.max(0, portalLeft)).forEach((c) => (c.portal = true));
}

function buildPendamping(rng: Rng, def: ProvinceDef, byRegency: CoopRec[][], total: number): PendRec[] {
  const regs = def.regencies;
  const inactive = Math.max(1, Math.round(total * SHARE.inactive));
  const activeKop = Math.max(regs.length, Math.round(total * SHARE.koperasi) - inactive);
  const ukm = Math.round(total * SHARE.ukm);
  const kur = Math.round(total * SHARE.kur);
  const other = Math.max(0, total - activeKop - inactive - ukm - kur);
  const sizes = byRegency.map((c) => c.length);
  const kopPer = apportion(activeKop - regs.length, sizes).map((n) => n + 1);
  const bySize = regs.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
  const roundRobin = (n: number, offset: number): number[] => Array.from({ length: n }, (_, k) => bySize[(k + offset) % regs.length] as number);
  const extra: Array<{ reg: number; kind: PendRec["kind"]; active: boolean }> = [
    ...roundRobin(inactive, 0).map((reg) => ({ reg, kind: "Koperasi" as const, active: false })),
    ...roundRobin(ukm, 0).map((reg) => ({ reg, kind: "UKM" as const, active: true })),
    ...roundRobin(kur, 3).map((reg) => ({ reg, kind: "KUR" as const, active: true })),
    ...apportion(other, sizes).flatMap((n, reg) => Array.from({ length: n }, () => ({ reg, kind: "" as const, active: true }))),
  ];
  const emails = new Set<string>();
  const ntt = def.code === "NTT";
  const out: PendRec[] = [];
  regs.forEach((g, ri) => {
    const specs = [
      ...Array.from({ length: kopPer[ri] ?? 0 }, () => ({ kind: "Koperasi" as PendRec["kind"], active: true })),
      ...extra.filter((e) => e.reg === ri),
    ];
    const mine: PendRec[] = specs.map((s, k) => {
      const name = personName(rng, ntt);
      return {
        id: `P-${g.code}-${pad(k + 1, 2)}`, name, email: emailFor(rng, name, emails), kind: s.kind, regency: g,
        active: s.active, phone: phoneNumber(rng), coops: [],
      };
    });
    // Each active pendamping koperasi covers a contiguous block of the regency's cooperatives (a few kecamatan).
    const workers = mine.filter((p) => p.kind === "Koperasi" && p.active);
    const coops = byRegency[ri] ?? [];
    const blocks = apportion(coops.length, workers.map(() => 1));
    let at = 0;
    workers.forEach((p, k) => {
      p.coops = coops.slice(at, at + (blocks[k] ?? 0));
      at += blocks[k] ?? 0;
      for (const c of p.coops) c.pendampingId = p.id;
    });
    for (const m of mine) out.push(m);
  });
  return out;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
