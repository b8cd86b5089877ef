// Daily visits and form submissions of the pendamping koperasi over the sample window (before mistakes).
import { NO, SOURCE_LABELS, YES } from "../../src/core/text/sheets";
import { weekdayOf } from "../../src/core/time/localDay";
import { photoLink } from "./names";
import type { Rng } from "./random";
import { kendalaFor, makeSite, stageFor, stateOn, VISIT_WEIGHT, type Site } from "./sites";
import type { CoopRec, PendRec, Visit } from "./types";

const DAY_S = 86_400;
/** A report never moves more than this many points past the cooperative's previous report. */
const MAX_STEP = 14;
/** Silent pendamping stop reporting for this many last days. */
export const SILENT_DAYS = 10;

export interface Roles {
  silent: Set<string>;
  late: Set<string>;
  saturday: Set<string>;
}

export interface Simulation {
  sites: Map<string, Site>;
  visits: Visit[];
  roles: Roles;
}

export function chooseRoles(rng: Rng, workers: PendRec[]): Roles {
  const order = rng.shuffle(workers.map((p) => p.id));
  const nSilent = Math.max(1, Math.round(workers.length * 0.1));
  const nLate = Math.max(1, Math.round(workers.length * 0.15));
  return {
    silent: new Set(order.slice(0, nSilent)),
    late: new Set(order.slice(nSilent, nSilent + nLate)),
    saturday: new Set(workers.filter(() => rng.chance(0.3)).map((p) => p.id)),
  };
}

export function simulate(rng: Rng, pendamping: PendRec[], startDay: number, endDay: number): Simulation {
  const days = endDay - startDay + 1;
  const workers = pendamping.filter((p) => p.active && p.kind === "Koperasi" && p.coops.length > 0);
  const roles = chooseRoles(rng.fork("roles"), workers);
  const sites = new Map<string, Site>();
  const lastVisit = new Map<string, number>();
  const lastReported = new Map<string, number>();
  const siteRng = rng.fork("sites");
  for (const p of workers) {
    for (const c of p.coops) {
      sites.set(c.id, makeSite(siteRng, c, startDay, days));
      lastVisit.set(c.id, startDay - siteRng.int(1, 20));
    }
  }
  const visits: Visit[] = [];
  const pending = new Map<string, Visit[]>();
  const lag = new Map<string, number>();
  const r = rng.fork("days");
  for (let day = startDay; day <= endDay; day++) {
    const wd = weekdayOf(day);
    for (const p of workers) {
      if (roles.silent.has(p.id) && day > endDay - SILENT_DAYS) continue;
      const works = wd >= 1 && wd <= 5 ? !r.chance(0.05) : wd === 6 && roles.saturday.has(p.id) && r.chance(0.5);
      if (!works) continue;
      // 3-6 reports a day: enough that a diligent pendamping keeps most of his cooperatives out of MERAH.
      const chosen = pickCoops(r, p.coops, Math.min(p.coops.length, r.int(3, 6)), sites, lastVisit, day);
      let secs = r.chance(0.04) ? r.int(23 * 3600 + 30 * 60, 23 * 3600 + 50 * 60) : r.int(16 * 3600, 22 * 3600 + 15 * 60);
      for (const c of chosen) {
        const site = sites.get(c.id) as Site;
        const v = visitOf(r, p, site, day, startDay, lastReported.get(c.id) ?? null);
        lastReported.set(c.id, v.progress);
        lastVisit.set(c.id, day);
        if (roles.late.has(p.id)) {
          pending.set(p.id, [...(pending.get(p.id) ?? []), v]);
        } else {
          v.t = day * DAY_S + Math.min(secs, DAY_S - 60);
          visits.push(v);
        }
        secs += r.int(120, 600);
      }
    }
    for (const p of workers) flushLate(r, p.id, day, endDay, pending, lag, visits);
  }
  markLast(visits);
  return { sites, visits, roles };
}

/** A late reporter sends everything older than today once the oldest visit is 1-3 days old. */
function flushLate(
  r: Rng, id: string, day: number, endDay: number, pending: Map<string, Visit[]>, lag: Map<string, number>, out: Visit[],
): void {
  const list = pending.get(id) ?? [];
  const first = list[0];
  if (!first) return;
  if (!lag.has(id)) lag.set(id, r.int(1, 3));
  if (first.day > day - (lag.get(id) as number) && day < endDay) return;
  const due = list.filter((v) => v.day < day);
  if (due.length === 0) return;
  let secs = r.int(18 * 3600, 21 * 3600);
  for (const v of due) {
    v.t = day * DAY_S + secs;
    v.late = true;
    out.push(v);
    secs += r.int(60, 240);
  }
  pending.set(id, list.filter((v) => v.day >= day));
  lag.delete(id);
}

function pickCoops(
  r: Rng, coops: CoopRec[], n: number, sites: Map<string, Site>, lastVisit: Map<string, number>, day: number,
): CoopRec[] {
  const pool = coops.slice();
  const out: CoopRec[] = [];
  while (out.length < n && pool.length > 0) {
    const weights = pool.map((c) => {
      const site = sites.get(c.id) as Site;
      const since = Math.min(20, day - (lastVisit.get(c.id) ?? day - 20));
      // Construction sites (in the portal) are what the pendamping follow every day.
      return VISIT_WEIGHT[site.story] * (c.pilot ? 2 : 1) * (c.portal ? 1 : 0.15) * (since <= 0 ? 0.01 : since);
    });
    const i = r.weightedIndex(weights);
    out.push(pool[i] as CoopRec);
    pool.splice(i, 1);
  }
  return out;
}

function visitOf(r: Rng, p: PendRec, site: Site, day: number, startDay: number, prev: number | null): Visit {
  const c = site.coop;
  const state = stateOn(site, day, startDay);
  const progress = prev === null ? state.progress : Math.max(prev, Math.min(state.progress, prev + MAX_STEP));
  const land = state.land;
  const withArea = land !== "BELUM_ADA" && site.area !== null && r.chance(0.7);
  // How the pendamping learnt it is theirs to choose (seed 003): mostly a visit, sometimes a call or the board's photos.
  const source = r.weightedIndex([0.7, 0.2, 0.1]);
  let coord = "";
  if (source === 0 && c.lat !== null && c.lon !== null && r.chance(0.85)) {
    coord = `${(c.lat + r.float(-0.008, 0.008)).toFixed(5)}, ${(c.lon + r.float(-0.008, 0.008)).toFixed(5)}`;
  }
  return {
    t: 0, pendamping: p, coop: c, day, land, area: withArea ? site.area : null, progress,
    stage: stageFor(progress, land), kendala: kendalaFor(r, site.story), jenis: site.jenis,
    source: [SOURCE_LABELS.LAPANGAN, SOURCE_LABELS.TELEPON, SOURCE_LABELS.PENGURUS][source]!,
    outlet: progress >= 100 ? (site.opens ? YES : NO) : progress > 0 && r.chance(0.3) ? NO : "",
    photo: source === 2 || r.chance(0.8) ? photoLink(r) : "",
    coord, prev, last: false, late: false,
  };
}

function markLast(visits: Visit[]): void {
  const last = new Map<string, Visit>();
  for (const v of visits) {
    const seen = last.get(v.coop.id);
    if (!seen || v.t > seen.t) last.set(v.coop.id, v);
  }
  for (const v of last.values()) v.last = true;
}
