// Catalogue: why a cooperative is in its zone (`Alasan Zona`), one plain-Indonesian sentence per rule code.
import type { ZoneReason, ZoneRuleCode } from "../model";
import { formatCompactId } from "./numbers";

type Params = ZoneReason["params"];

function num(params: Params, key: string): string {
  const v = params[key];
  return typeof v === "number" ? formatCompactId(v, 1) : String(v ?? "?");
}

export const ZONE_REASON_TEXT: Record<ZoneRuleCode, (p: Params) => string> = {
  NEVER_REPORTED: () => "Belum pernah ada laporan sah (Valid/Peringatan).",
  NO_REPORT_RED: (p) => `Tidak ada laporan sah selama ${num(p, "days")} hari (batas merah ${num(p, "limit")} hari).`,
  NO_REPORT_YELLOW: (p) => `Tidak ada laporan sah selama ${num(p, "days")} hari (batas kuning ${num(p, "limit")} hari).`,
  LAND_MISSING: () => "Belum ada lahan.",
  LAND_PROBLEM: () => "Lahan bermasalah (sengketa/tidak layak).",
  LAND_IN_PROCESS: () => "Lahan masih dalam proses (usulan/verifikasi).",
  BEHIND_PLAN_RED: (p) =>
    `Progres ${num(p, "progress")}% tertinggal ${num(p, "gap")} poin dari rencana ${num(p, "plan")}% ` +
    `(batas merah ${num(p, "limit")} poin).`,
  BEHIND_PLAN_YELLOW: (p) =>
    `Progres ${num(p, "progress")}% tertinggal ${num(p, "gap")} poin dari rencana ${num(p, "plan")}% ` +
    `(batas kuning ${num(p, "limit")} poin).`,
  NOT_IN_PORTAL: () => "Belum masuk portal",
  STALLED: (p) =>
    `Progres ${num(p, "progress")}% tidak berubah selama ${num(p, "days")} hari (batas kuning ${num(p, "limit")} hari).`,
};

export function zoneReasonText(r: ZoneReason): string {
  return ZONE_REASON_TEXT[r.code](r.params);
}

/**
 * Every reason, in the order given (MERAH first), one sentence each; '' for none (HIJAU). `Belum masuk
 * portal` is written as SPEC section 8 spells it, without a full stop, unless another sentence follows.
 */
export function zoneReasonsText(reasons: readonly ZoneReason[]): string {
  const parts = reasons.map(zoneReasonText);
  for (let i = 0; i < parts.length - 1; i++) if (!parts[i]!.endsWith(".")) parts[i] += ".";
  return parts.join(" ");
}
