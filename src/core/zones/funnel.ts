// The programme funnel of one cooperative (SPEC section 8): its `Tahap Program` and whether it is stuck.
import { PROGRAM_STAGES, type Koperasi, type LatestReport, type ProgramStage } from "../model";
import { namesObstacle } from "../reports/funnelAnswers";

/**
 * The furthest step reached, each judged on its own (SPEC: "the furthest of"): every registry row has
 * legal status; `Masuk Portal` from the registry; `Lahan Siap`, `Mulai Dibangun` (progress above 0 or a
 * stage after `Belum mulai`) and `Selesai Dibangun` (progress 100 or stage `Selesai`) from the latest
 * counted report; `Beroperasi` from its `Gerai Beroperasi` = `Ya` or the registry's `Beroperasi` = `Ya`.
 */
export function programStage(koperasi: Koperasi, latest: LatestReport | null): ProgramStage {
  if (koperasi.operating === true || latest?.outletOpen === true) return "BEROPERASI";
  if (latest) {
    if (latest.progress >= 100 || latest.stage === "SELESAI") return "SELESAI_DIBANGUN";
    if (latest.progress > 0 || latest.stage !== "BELUM_MULAI") return "MULAI_DIBANGUN";
    if (latest.landStatus === "SIAP") return "LAHAN_SIAP";
  }
  return koperasi.inPortal ? "MASUK_PORTAL" : "BERBADAN_HUKUM";
}

/** True when the stage is `step` or further along the funnel. */
export function reached(stage: ProgramStage, step: ProgramStage): boolean {
  return PROGRAM_STAGES.indexOf(stage) >= PROGRAM_STAGES.indexOf(step);
}

/**
 * `Terkendala`: in the portal, and the latest counted report names a `Jenis Kendala` other than
 * `Tidak ada`, or its land is `Belum ada lahan` or `Bermasalah`.
 */
export function isBlocked(koperasi: Koperasi, latest: LatestReport | null): boolean {
  if (!koperasi.inPortal || !latest) return false;
  return namesObstacle(latest.obstacles) || latest.landStatus === "BELUM_ADA" || latest.landStatus === "BERMASALAH";
}
