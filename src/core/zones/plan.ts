// The linear construction plan (SPEC section 4): 0% at TANGGAL_MULAI_PROGRAM, 100% at the cooperative's Target Selesai.
import type { LatestReport, LocalDay } from "../model";

/** Rounds to one decimal, so what a rule compares is what a person reads. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Planned progress (%) on `today`, clamped to 0..100 and rounded to one decimal; null without a target.
 * A target on or before the programme start means the whole building was due by the target day.
 */
export function plannedProgress(programStart: LocalDay, targetDay: LocalDay | null, today: LocalDay): number | null {
  if (targetDay === null) return null;
  const span = targetDay - programStart;
  if (span <= 0) return today >= targetDay ? 100 : 0;
  const fraction = (today - programStart) / span;
  return round1(Math.min(100, Math.max(0, fraction * 100)));
}

/** A finished building: progress 100 or stage `Selesai`. No plan, stall or no-report rule applies to it. */
export function isFinished(latest: LatestReport): boolean {
  return latest.progress >= 100 || latest.stage === "SELESAI";
}
