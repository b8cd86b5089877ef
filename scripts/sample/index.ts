// Sample-province generator: a seeded, reproducible registry and month of pendamping reports (NTB or NTT).
import type { CellValue, ValidationStatus } from "../../src/core/model";
import { HEADERS, LAND_LABELS, NO, STAGE_LABELS, YES } from "../../src/core/text/sheets";
import { QUESTIONS, koperasiChoice, koperasiQuestionTitle, pendampingChoice } from "../../src/core/text/form";
import { dayFromYmd, formatDay, isoDay, parseDayText } from "../../src/core/time/localDay";
import { plantMistakes } from "./mistakes";
import { Rng } from "./random";
import { boxText, PROVINCES } from "./regions";
import { buildRegistry } from "./registry";
import { simulate } from "./reports";
import { alignTargets, STORIES } from "./sites";
import type { Draft, SampleExpectations, SampleOptions, SampleProvince, Submission, SubmissionKind } from "./types";

export type { SampleOptions, SampleProvince, Submission, SubmissionKind, SampleExpectations } from "./types";

const DAY_S = 86_400;
export const DEFAULT_END_DAY = "2026-11-20";

export const EXPECTED_STATUS: Record<SubmissionKind, ValidationStatus> = {
  ok: "Valid", late: "Valid", hostile_text: "Valid", correction: "Valid",
  missing_answer: "Ditolak", unreadable_answer: "Ditolak", progress_out_of_range: "Ditolak", future_date: "Ditolak",
  too_old: "Ditolak", before_program: "Ditolak", unknown_koperasi: "Ditolak", unknown_pendamping: "Ditolak",
  inactive_pendamping: "Ditolak",
  not_assigned: "Peringatan", progress_down: "Peringatan", progress_jump: "Peringatan", stage_mismatch: "Peringatan",
  no_land_progress: "Peringatan", small_land: "Peringatan", coord_bad: "Peringatan", coord_outside: "Peringatan",
  coord_far: "Peringatan",
  duplicate: "Duplikat", corrected: "Dikoreksi",
};
export const ALL_KINDS = Object.keys(EXPECTED_STATUS) as SubmissionKind[];

export function generateProvince(opts: SampleOptions = {}): SampleProvince {
  const def = PROVINCES[opts.province ?? "NTB"];
  const scale = opts.scale ?? 1;
  const koperasiCount = opts.koperasiCount ?? Math.max(def.regencies.length, Math.round(def.defaultKoperasi * scale));
  const pendampingCount = opts.pendampingCount ?? Math.max(1, Math.round(def.defaultPendamping * scale));
  const days = Math.max(1, Math.floor(opts.days ?? 30));
  const endDay = parseDayText(opts.endDay ?? DEFAULT_END_DAY);
  if (endDay === null) throw new Error(`endDay must be yyyy-MM-dd, got ${opts.endDay}`);
  const startDay = endDay - days + 1;
  const programStart = Math.min(dayFromYmd(2025, 10, 1), startDay - 30);

  const rng = new Rng(opts.seed ?? 1);
  const registry = buildRegistry(rng.fork("registry"), def, koperasiCount, pendampingCount);
  const sim = simulate(rng.fork("reports"), registry.pendamping, startDay, endDay);
  alignTargets(rng.fork("targets"), sim.sites.values(), startDay, endDay, programStart);
  const drafts: Draft[] = sim.visits.map((v) => ({ t: v.t, kind: v.late ? "late" : "ok", v, override: {} }));
  const added = plantMistakes(rng.fork("mistakes"), drafts, registry, programStart, def.box);
  const ordered = [...drafts, ...added].map((d, i) => ({ d, i })).sort((a, b) => a.d.t - b.d.t || a.i - b.i);
  const submissions = ordered.map(({ d }) => render(d));

  const kinds = Object.fromEntries(ALL_KINDS.map((k) => [k, 0])) as Record<SubmissionKind, number>;
  const statuses: Record<ValidationStatus, number> = { Valid: 0, Peringatan: 0, Ditolak: 0, Duplikat: 0, Dikoreksi: 0 };
  for (const s of submissions) {
    kinds[s.kind]++;
    statuses[s.expect]++;
  }
  const stories = Object.fromEntries(STORIES.map((s) => [s, 0]));
  for (const site of sim.sites.values()) stories[site.story] = (stories[site.story] ?? 0) + 1;
  const expectations: SampleExpectations = {
    kinds, statuses, stories,
    silentPendamping: [...sim.roles.silent].sort(),
    lateReporters: [...sim.roles.late].sort(),
    removedKoperasi: registry.removed.map((c) => c.id),
  };

  return {
    province: { code: def.code, name: def.name, regencies: def.regencies.map((g) => ({ code: g.code, name: g.name })), box: { ...def.box } },
    koperasiRows: [[...HEADERS.koperasi], ...registry.coops.map((c): CellValue[] => [
      c.id, c.name, c.village, c.district, c.regency.name, c.pendampingId, c.pilot ? YES : NO, c.portal ? YES : NO,
      c.lat ?? "", c.lon ?? "", c.target === null ? "" : localMidnight(c.target),
    ])],
    pendampingRows: [[...HEADERS.pendamping], ...registry.pendamping.map((p): CellValue[] => [
      p.id, p.name, p.email, p.kind, p.regency.name, p.active ? YES : NO, p.phone,
    ])],
    settingsOverrides: {
      NAMA_PROVINSI: def.name,
      BATAS_WILAYAH: boxText(def.box),
      TANGGAL_MULAI_PROGRAM: formatDay(programStart),
      // One pendamping koperasi per ~42 cooperatives cannot visit each weekly, so the sample agency
      // tunes the silence thresholds the way a real one would (the defaults are 3 and 7 days).
      HARI_TANPA_LAPORAN_KUNING: "7",
      HARI_TANPA_LAPORAN_MERAH: "14",
      // Zones describe the sites being built (SPEC section 8): the 454 in the portal.
      ZONA_HANYA_PORTAL: YES,
    },
    submissions,
    expectations,
  };
}

/** A date cell as Sheets hands it back: midnight WITA (UTC+8) of that day. */
function localMidnight(day: number): Date {
  return new Date(day * DAY_S * 1000 - 8 * 3_600_000);
}

/** `yyyy-MM-ddTHH:mm:ss+08:00` from seconds since 1970-01-01 local time. */
export function isoInstant(t: number): string {
  const day = Math.floor(t / DAY_S);
  const s = t - day * DAY_S;
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${isoDay(day)}T${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}+08:00`;
}

function render(d: Draft): Submission {
  const v = d.v;
  const g = v.coop.regency;
  const answers: Record<string, string> = {
    [QUESTIONS.pendamping]: pendampingChoice(v.pendamping.id, v.pendamping.name),
    [QUESTIONS.regency]: g.name,
    [koperasiQuestionTitle(g.name)]: koperasiChoice(v.coop.id, v.coop.name, v.coop.village),
    [QUESTIONS.visitDate]: isoDay(v.day),
    [QUESTIONS.landStatus]: LAND_LABELS[v.land],
    [QUESTIONS.landArea]: v.area === null ? "" : String(v.area),
    [QUESTIONS.progress]: String(v.progress),
    [QUESTIONS.stage]: STAGE_LABELS[v.stage],
    [QUESTIONS.obstacles]: v.kendala,
    [QUESTIONS.obstacleKinds]: v.jenis,
    [QUESTIONS.source]: v.source,
    [QUESTIONS.outlet]: v.outlet,
    [QUESTIONS.photo]: v.photo,
    [QUESTIONS.coordinates]: v.coord,
  };
  for (const [k, text] of Object.entries(d.override)) if (text !== undefined) answers[k] = text;
  return { at: isoInstant(d.t), answers, kind: d.kind, expect: EXPECTED_STATUS[d.kind] };
}
