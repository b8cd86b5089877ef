// Site stories: how each cooperative's land and building move over the sample window (SPEC section 4 zones).
import type { LandStatus, Stage } from "../../src/core/model";
import type { Rng } from "./random";
import type { CoopRec } from "./types";

/**
 * no_land / land_problem: never start (zone MERAH); land_process: land in process (KUNING);
 * land_cleared: land becomes ready inside the window and work starts; ready_idle: ready, not started;
 * stalled: stuck at one value (KUNING after 14 days); progressing: a few points a week; finished: 100.
 */
export type Story =
  | "no_land" | "land_problem" | "land_process" | "land_cleared" | "ready_idle" | "stalled" | "progressing" | "finished";
export const STORIES: readonly Story[] = [
  "no_land", "land_problem", "land_process", "land_cleared", "ready_idle", "stalled", "progressing", "finished",
];

/**
 * Only cooperatives in the portal are built (DOMAIN.md, seed 003). Shares chosen so that NTB's 454 portal
 * sites (404 besides the 50 pilots) give about 249 started and about 176 stuck, mostly for land
 * (docs/sample.md): started = land_cleared (once work began) + stalled + progressing + finished.
 */
const PORTAL_SHARE: Record<Story, number> = {
  no_land: 0.12, land_problem: 0.11, land_process: 0.06, land_cleared: 0.06, ready_idle: 0.27, stalled: 0.1,
  progressing: 0.21, finished: 0.07,
};
/** Outside the portal nothing is built: land and paperwork only. */
const OUTSIDE_SHARE: Record<Story, number> = {
  no_land: 0.25, land_problem: 0.1, land_process: 0.35, land_cleared: 0, ready_idle: 0.3, stalled: 0,
  progressing: 0, finished: 0,
};
const PILOT_SHARE: Record<Story, number> = {
  no_land: 0, land_problem: 0, land_process: 0, land_cleared: 0, ready_idle: 0.05, stalled: 0.1,
  progressing: 0.6, finished: 0.25,
};
/** How much a pendamping prefers to visit a site of this story (building sites get most visits). */
export const VISIT_WEIGHT: Record<Story, number> = {
  no_land: 0.6, land_problem: 0.8, land_process: 1.5, land_cleared: 2.5, ready_idle: 1.5, stalled: 2.5,
  progressing: 5, finished: 0.8,
};

const KENDALA: Record<Story, string[]> = {
  no_land: ["Desa belum menetapkan lahan untuk gerai koperasi", "Musyawarah desa soal lahan belum dijadwalkan",
    "Belum ada lahan milik desa yang memenuhi syarat"],
  land_problem: ["Lahan masih sengketa dengan ahli waris", "Lahan masuk kawasan hutan lindung",
    "Lokasi rawan banjir, perlu lahan pengganti", "Status tanah ulayat belum jelas"],
  land_process: ["Menunggu verifikasi lahan dari kabupaten", "Usulan lahan sudah dikirim ke kecamatan",
    "Menunggu surat hibah dari pemerintah desa"],
  land_cleared: ["Lahan baru selesai diverifikasi, mulai pembersihan", "Menunggu kedatangan material pertama"],
  ready_idle: ["Menunggu penunjukan kontraktor", "Menunggu jadwal peletakan batu pertama"],
  stalled: ["Dana tahap berikutnya belum cair", "Kontraktor berhenti bekerja sementara", "Material bangunan belum datang",
    "Tukang pindah ke proyek lain"],
  progressing: ["Hujan deras, pekerjaan terhenti setengah hari", "Semen terlambat datang", "Akses jalan ke lokasi rusak",
    "Kekurangan tukang", "Air bersih untuk pekerjaan terbatas"],
  finished: ["Bangunan selesai, menunggu peresmian", "Menunggu pengisian peralatan gerai"],
};
const KENDALA_RATE: Record<Story, number> = {
  no_land: 0.9, land_problem: 1, land_process: 0.7, land_cleared: 0.4, ready_idle: 0.6, stalled: 0.8,
  progressing: 0.25, finished: 0.1,
};
const AREAS = [1000, 1000, 1000, 1200, 1250, 1500, 1500, 2000, 2400, 2500, 3000, 4000, 5000];

export interface Site {
  coop: CoopRec;
  story: Story;
  /** Registered land area (m²) the pendamping may type; null when there is no land yet. */
  area: number | null;
  /** Progress at window start (progressing/stalled/ready_idle). */
  p0: number;
  /** Points per day while building. */
  rate: number;
  /** land_cleared: the day the land becomes ready and work starts. */
  readyDay: number;
  /** `Jenis Kendala` this site's reports give (checkbox text), fixed over the window. */
  jenis: string;
  /** A finished site whose outlet has opened (`Gerai Beroperasi` = Ya). */
  opens: boolean;
}

/** `Jenis Kendala` per story: land stories name Lahan; a stalled site names money, material or workers. */
function jenisFor(rng: Rng, story: Story): string {
  switch (story) {
    case "no_land": case "land_problem": return "Lahan";
    case "land_process": return rng.chance(0.5) ? "Lahan" : "Perizinan";
    case "stalled": return rng.pick(["Anggaran/dana", "Material", "Tenaga kerja", "Anggaran/dana, Material"]);
    case "progressing": return rng.chance(0.06) ? rng.pick(["Cuaca", "Material"]) : "Tidak ada";
    default: return "Tidak ada";
  }
}

export function makeSite(rng: Rng, coop: CoopRec, startDay: number, days: number): Site {
  const shares = coop.pilot ? PILOT_SHARE : coop.portal ? PORTAL_SHARE : OUTSIDE_SHARE;
  const story = STORIES[rng.weightedIndex(STORIES.map((s) => shares[s]))] as Story;
  const area = story === "no_land" ? null : rng.pick(AREAS);
  const p0 = story === "progressing" ? rng.int(1, 85) : story === "stalled" ? rng.int(8, 70)
    : story === "finished" ? 100 : 0;
  const rate = rng.float(2, 7) / 7;
  const readyDay = startDay + rng.int(2, Math.max(2, days - 4));
  return { coop, story, area, p0, rate, readyDay, jenis: jenisFor(rng, story), opens: story === "finished" && rng.chance(0.35) };
}

/** Land status and true whole-number progress on a day. */
export function stateOn(site: Site, day: number, startDay: number): { land: LandStatus; progress: number } {
  switch (site.story) {
    case "no_land": return { land: "BELUM_ADA", progress: 0 };
    case "land_problem": return { land: "BERMASALAH", progress: 0 };
    case "land_process": return { land: "PROSES", progress: 0 };
    case "land_cleared":
      return day < site.readyDay ? { land: "PROSES", progress: 0 }
        : { land: "SIAP", progress: Math.min(100, Math.floor(site.rate * (day - site.readyDay))) };
    case "progressing":
      return { land: "SIAP", progress: Math.min(100, Math.floor(site.p0 + site.rate * (day - startDay))) };
    default: return { land: "SIAP", progress: site.p0 };
  }
}

/** The stage a careful pendamping picks: always inside the default RENTANG_TAHAP range. */
export function stageFor(progress: number, _land: LandStatus): Stage {
  if (progress >= 100) return "SELESAI";
  if (progress >= 83) return "FINISHING";
  if (progress >= 63) return "ATAP";
  if (progress >= 33) return "STRUKTUR";
  if (progress >= 10) return "PONDASI";
  // Nothing built yet is `Belum mulai` whatever the land (a stage after it counts as started).
  return progress === 0 ? "BELUM_MULAI" : "PERSIAPAN";
}

export function kendalaFor(rng: Rng, story: Story): string {
  return rng.chance(KENDALA_RATE[story]) ? rng.pick(KENDALA[story]) : "";
}

/**
 * Sets each cooperative's `Target Selesai` so that the linear plan (0% at the programme start, 100% at
 * the target) is near what its site really reaches by the last day: most a little behind, some well
 * behind, a few ahead, as a real province would show. Cooperatives without a target keep none.
 */
export function alignTargets(rng: Rng, sites: Iterable<Site>, startDay: number, endDay: number, programStart: number): void {
  for (const site of sites) {
    if (site.coop.target === null) continue;
    const { progress } = stateOn(site, endDay, startDay);
    if (progress >= 100) continue; // finished: the plan rule no longer applies
    if (progress <= 5) {
      site.coop.target = endDay + rng.int(60, 420);
      continue;
    }
    const planned = Math.min(100, Math.max(8, progress + rng.pick([-5, 0, 5, 8, 12, 15, 20, 30, 40])));
    site.coop.target = programStart + Math.round(((endDay - programStart) * 100) / planned);
  }
}
