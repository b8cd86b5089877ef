// Wording of `Alasan Zona`: every rule code has plain Indonesian text with its numbers.
import type { ZoneReason, ZoneRuleCode } from "../../../src/core/model";
import { ZONE_RULE_ORDER } from "../../../src/core/zones/computeZone";
import { ZONE_REASON_TEXT, zoneReasonText, zoneReasonsText } from "../../../src/core/text/zones";

const r = (code: ZoneRuleCode, params: ZoneReason["params"] = {}): ZoneReason => ({ code, zone: "MERAH", params });

describe("zone reason text", () => {
  it("covers every rule code", () => {
    expect(Object.keys(ZONE_REASON_TEXT).sort()).toEqual([...ZONE_RULE_ORDER].sort());
    for (const code of ZONE_RULE_ORDER.filter((c) => c !== "NOT_IN_PORTAL")) expect(zoneReasonText(r(code, { days: 1, limit: 1, progress: 1, plan: 1, gap: 1 }))).toMatch(/\.$/);
  });
  it("says the numbers", () => {
    expect(zoneReasonText(r("NO_REPORT_RED", { days: 9, limit: 7 }))).toBe(
      "Tidak ada laporan sah selama 9 hari (batas merah 7 hari).");
    expect(zoneReasonText(r("BEHIND_PLAN_RED", { progress: 20, plan: 51, gap: 31, limit: 25 }))).toBe(
      "Progres 20% tertinggal 31 poin dari rencana 51% (batas merah 25 poin).");
    expect(zoneReasonText(r("BEHIND_PLAN_YELLOW", { progress: 12.5, plan: 33.3, gap: 20.8, limit: 10 }))).toBe(
      "Progres 12,5% tertinggal 20,8 poin dari rencana 33,3% (batas kuning 10 poin).");
    expect(zoneReasonText(r("STALLED", { progress: 40, days: 16, limit: 14 }))).toBe(
      "Progres 40% tidak berubah selama 16 hari (batas kuning 14 hari).");
  });
  it("joins several reasons and is empty for none", () => {
    expect(zoneReasonsText([r("LAND_MISSING"), r("NEVER_REPORTED")])).toBe(
      "Belum ada lahan. Belum pernah ada laporan sah (Valid/Peringatan).");
    expect(zoneReasonsText([])).toBe("");
  });
});
