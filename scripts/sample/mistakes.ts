// Planted mistakes: rewrites a few natural submissions (or adds copies) so every SPEC section 3 rule fires.
import type { Stage } from "../../src/core/model";
import { defaultSettings } from "../../src/core/settings/defaults";
import type { RegionBox } from "../../src/core/settings/types";
import { QUESTIONS, koperasiChoice, koperasiQuestionTitle, pendampingChoice } from "../../src/core/text/form";
import { SOURCE_LABELS } from "../../src/core/text/sheets";
import { isoDay, ymdOf } from "../../src/core/time/localDay";
import { photoLink } from "./names";
import type { Rng } from "./random";
import type { SampleRegistry } from "./registry";
import type { Draft, PendRec, SubmissionKind, Visit } from "./types";

const DAY_S = 86_400;
/** Share of natural submissions turned into each kind (at least one each); the kinds with few fitting reports first. */
const RATES: Array<[SubmissionKind, number]> = [
  ["inactive_pendamping", 0.01], ["progress_jump", 0.01], ["progress_down", 0.01], ["not_assigned", 0.015],
  ["coord_far", 0.01], ["missing_answer", 0.01], ["unreadable_answer", 0.005], ["progress_out_of_range", 0.005],
  ["future_date", 0.01], ["too_old", 0.015], ["before_program", 0.005], ["unknown_koperasi", 0.01],
  ["unknown_pendamping", 0.005], ["stage_mismatch", 0.02], ["no_land_progress", 0.015], ["small_land", 0.015],
  ["coord_bad", 0.01], ["coord_outside", 0.01], ["duplicate", 0.03], ["correction", 0.02],
];
export const HOSTILE_TEXTS = [
  "=HYPERLINK(\"http://contoh.invalid\",\"klik di sini\")",
  "+62 812-3456-7890 hubungi kepala desa",
  "-- semen habis, tukang libur --",
  "@kepala_dinas mohon dibantu percepatan dana",
  "Baris pertama\tkolom kedua\nbaris kedua\r\nbaris ketiga",
  `Kendala panjang: ${"Lahan bermasalah 🏗️ ꦏꦺꦴꦥꦺꦫꦱꦶ مرحبا ᬓᬶᬦ᭄ — ".repeat(60)}`,
];
const BAD_COORDS = ["dekat kantor desa", "belum ada sinyal GPS", "8°35' LS"];

interface Ctx {
  rng: Rng;
  registry: SampleRegistry;
  programStart: number;
  box: RegionBox;
  touched: Set<string>;
  keys: Set<string>;
}

/** Plants every kind into `drafts` (natural `ok`/`late` submissions) in place; returns the drafts to add. */
export function plantMistakes(
  rng: Rng, drafts: Draft[], registry: SampleRegistry, programStart: number, box: RegionBox,
): Draft[] {
  const ctx: Ctx = { rng, registry, programStart, box, touched: new Set(), keys: new Set(drafts.map(keyOf)) };
  const natural = drafts.length;
  const added: Draft[] = [];
  const pool = rng.shuffle(drafts);
  for (const [kind, rate] of RATES) {
    const want = Math.max(1, Math.round(natural * rate));
    let done = 0;
    for (const d of pool) {
      if (done >= want) break;
      if (d.kind !== "ok" && !(d.kind === "late" && !NOT_LATE.has(kind))) continue;
      if (ctx.touched.has(d.v.coop.id)) continue;
      const extra = plant(ctx, kind, d);
      if (extra === null) continue;
      ctx.touched.add(d.v.coop.id);
      for (const e of extra) added.push(e);
      done++;
    }
  }
  let h = 0;
  for (const d of pool) {
    if (h >= HOSTILE_TEXTS.length) break;
    if (d.kind !== "ok" || ctx.touched.has(d.v.coop.id)) continue;
    ctx.touched.add(d.v.coop.id);
    d.kind = "hostile_text";
    d.v = { ...d.v, kendala: HOSTILE_TEXTS[h++] as string };
  }
  return added;
}

/** Kinds that may not be planted into a late reporter's submission (its batch could interleave with the resend). */
const NOT_LATE = new Set<SubmissionKind>(["duplicate", "correction"]);

/** Rewrites `d` into `kind`; returns added drafts ([] for none) or null when `d` does not fit. */
function plant(ctx: Ctx, kind: SubmissionKind, d: Draft): Draft[] | null {
  const { rng, registry } = ctx;
  const v = d.v;
  const submitDay = Math.floor(d.t / DAY_S);
  const ranges = defaultSettings().stageRanges;
  const set = (patch: Partial<Visit>, override: Partial<Record<string, string>> = {}): Draft[] => {
    d.kind = kind;
    d.v = { ...v, ...patch };
    d.override = { ...d.override, ...override };
    return [];
  };
  const date = (day: number): Draft[] | null => {
    const key = keyOf({ ...d, v: { ...v, day } });
    if (ctx.keys.has(key)) return null;
    ctx.keys.add(key);
    return set({}, { [QUESTIONS.visitDate]: isoDay(day) });
  };
  switch (kind) {
    case "missing_answer": return set({}, { [QUESTIONS.progress]: "" });
    case "unreadable_answer": return set({}, { [QUESTIONS.visitDate]: `${ymdOf(v.day).year}-02-30` });
    case "progress_out_of_range": return set({}, { [QUESTIONS.progress]: String(rng.int(101, 160)) });
    case "future_date": return date(submitDay + rng.int(1, 4));
    case "too_old": return date(submitDay - rng.int(8, 20));
    case "before_program": return date(ctx.programStart - rng.int(1, 60));
    case "unknown_koperasi": {
      const gone = registry.removed.find((c) => c.regency.code === v.coop.regency.code);
      if (!gone) return null;
      return set({}, { [koperasiQuestionTitle(v.coop.regency.name)]: koperasiChoice(gone.id, gone.name, gone.village) });
    }
    case "unknown_pendamping": {
      const n = registry.pendamping.filter((p) => p.regency.code === v.coop.regency.code).length + 1;
      return set({}, { [QUESTIONS.pendamping]: pendampingChoice(`P-${v.coop.regency.code}-${String(n).padStart(2, "0")}`, v.pendamping.name) });
    }
    case "inactive_pendamping": return swapPendamping(ctx, d, (p) => !p.active, set);
    case "not_assigned": return swapPendamping(ctx, d, (p) => p.active && p.id !== v.coop.pendampingId, set);
    case "progress_down":
      if (!v.last || v.prev === null || v.prev < 3 || v.land !== "SIAP") return null;
      return withProgress(set, v, Math.max(0, v.prev - rng.int(2, 8)));
    case "progress_jump":
      if (!v.last || v.prev === null || v.prev > 60 || v.land !== "SIAP") return null;
      return withProgress(set, v, v.prev + rng.int(31, 40));
    case "stage_mismatch": {
      const wrong = (Object.keys(ranges) as Stage[]).filter((s) => v.progress < ranges[s].min || v.progress > ranges[s].max);
      return set({ stage: rng.pick(wrong) });
    }
    case "no_land_progress":
      return v.progress > 0 && v.land === "SIAP" ? set({ land: "PROSES" }) : null;
    case "small_land": return v.land === "SIAP" ? set({ area: rng.int(30, 95) * 10 }) : null;
    // Coordinates come from a field visit (the distance rule applies to visits only).
    case "coord_bad": return set({ coord: rng.pick(BAD_COORDS), source: SOURCE_LABELS.LAPANGAN });
    case "coord_outside": {
      const { lat, lon } = v.coop.lat !== null && v.coop.lon !== null ? { lat: v.coop.lat, lon: v.coop.lon } : v.coop.regency;
      return set({ coord: `${(-lat).toFixed(5)}, ${lon.toFixed(5)}`, source: SOURCE_LABELS.LAPANGAN });
    }
    case "coord_far": return farCoord(ctx, d, set);
    case "duplicate": {
      if (v.late) return null;
      d.kind = "ok";
      return [{ t: d.t + rng.int(3, 90) * 60, kind: "duplicate", v, override: { ...d.override } }];
    }
    case "correction": {
      // First sent with a land-area typo or without the photo link, then sent again corrected.
      if (v.late) return null;
      const first: Draft = { t: d.t, kind: "corrected", v: { ...v, photo: "" }, override: { ...d.override } };
      if (v.area !== null && rng.chance(0.5)) {
        first.v = v;
        first.override[QUESTIONS.landArea] = String(Math.round(v.area / 10));
      } else if (v.photo === "") d.v = { ...v, photo: photoLink(rng) };
      d.t += rng.int(10, 120) * 60;
      d.kind = "correction";
      return [first];
    }
    default: return null;
  }
}

function withProgress(set: (p: Partial<Visit>) => Draft[], v: Visit, progress: number): Draft[] {
  const stage: Stage = progress >= 100 ? "SELESAI" : progress >= 83 ? "FINISHING" : progress >= 63 ? "ATAP"
    : progress >= 33 ? "STRUKTUR" : progress >= 10 ? "PONDASI" : "PERSIAPAN";
  return set({ progress, stage, prev: v.prev });
}

/** The report is sent in another pendamping's name (same regency): inactive, or not assigned to the coop. */
function swapPendamping(
  ctx: Ctx, d: Draft, fits: (p: PendRec) => boolean, set: (p: Partial<Visit>) => Draft[],
): Draft[] | null {
  const v = d.v;
  const others = ctx.registry.pendamping.filter((p) => p.regency.code === v.coop.regency.code && p.kind !== "" && fits(p));
  if (others.length === 0) return null;
  const who = ctx.rng.pick(others);
  const key = keyOf({ ...d, v: { ...v, pendamping: who } });
  if (ctx.keys.has(key)) return null;
  ctx.keys.add(key);
  return set({ pendamping: who });
}

/** Coordinates 8-25 km from the registered location, still inside the province box. */
function farCoord(ctx: Ctx, d: Draft, set: (p: Partial<Visit>) => Draft[]): Draft[] | null {
  const { lat, lon } = d.v.coop;
  if (lat === null || lon === null) return null;
  const km = ctx.rng.float(8, 25);
  const start = ctx.rng.float(0, 2 * Math.PI);
  for (let k = 0; k < 8; k++) {
    const a = start + (k * Math.PI) / 4;
    const la = lat + (km * Math.sin(a)) / 111;
    const lo = lon + (km * Math.cos(a)) / (111 * Math.cos((lat * Math.PI) / 180));
    const b = ctx.box;
    if (la > b.minLat + 0.01 && la < b.maxLat - 0.01 && lo > b.minLon + 0.01 && lo < b.maxLon - 0.01) {
      return set({ coord: `${la.toFixed(5)}, ${lo.toFixed(5)}`, source: SOURCE_LABELS.LAPANGAN });
    }
  }
  return null;
}

/** The repeat key of SPEC section 3: pendamping, cooperative and visit date as the answers say. */
export function keyOf(d: Draft): string {
  const o = d.override;
  const pend = o[QUESTIONS.pendamping] ?? d.v.pendamping.id;
  const coop = o[koperasiQuestionTitle(d.v.coop.regency.name)] ?? d.v.coop.id;
  return `${pend}|${coop}|${o[QUESTIONS.visitDate] ?? isoDay(d.v.day)}`;
}
