// The sample's month of reports: exact form titles, evening times, site stories and every planted kind.
import { LAND_LABELS, STAGE_LABELS } from "../../src/core/text/sheets";
import { QUESTIONS, idFromChoice, koperasiQuestionTitle } from "../../src/core/text/form";
import { ALL_KINDS, generateProvince, type SampleProvince } from "../../scripts/sample";

const ntb = generateProvince({ province: "NTB", seed: 1, days: 30 });
const subs = ntb.submissions;
const answer = (i: number, q: string): string => subs[i]?.answers[q] ?? "";

function keyOf(p: SampleProvince, i: number): string {
  const a = p.submissions[i]?.answers ?? {};
  const coop = a[koperasiQuestionTitle(a[QUESTIONS.regency] ?? "")] ?? "";
  return `${idFromChoice(a[QUESTIONS.pendamping] ?? "")}|${idFromChoice(coop)}|${a[QUESTIONS.visitDate]}`;
}

describe("submissions", () => {
  it("answer with the exact question titles, one Koperasi page per report, and form labels", () => {
    const regencies = ntb.province.regencies.map((g) => g.name);
    const fixed = Object.values(QUESTIONS).filter((q) => q !== QUESTIONS.koperasiPrefix);
    subs.forEach((s) => {
      const keys = Object.keys(s.answers);
      const coopKeys = keys.filter((k) => !fixed.includes(k as (typeof fixed)[number]));
      expect(coopKeys).toEqual([koperasiQuestionTitle(s.answers[QUESTIONS.regency] ?? "")]);
      expect(keys.sort()).toEqual([...fixed, ...coopKeys].sort());
      expect(regencies).toContain(s.answers[QUESTIONS.regency]);
      expect(Object.values(LAND_LABELS)).toContain(s.answers[QUESTIONS.landStatus]);
      expect(Object.values(STAGE_LABELS)).toContain(s.answers[QUESTIONS.stage]);
      expect(s.answers[QUESTIONS.pendamping]).toMatch(/^P-52\d\d-\d\d — \S/);
      expect(s.answers[coopKeys[0] ?? ""]).toMatch(/^KDKMP-52\d\d-\d{4} — Koperasi Merah Putih /);
    });
  });

  it("are sorted by time, sent in the WITA evening of the last 30 days up to 20/11/2026", () => {
    const ats = subs.map((s) => s.at);
    expect(ats).toEqual(ats.slice().sort());
    for (const s of subs) {
      expect(s.at).toMatch(/^2026-1[01]-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      // Resends (duplicates, corrections) may come up to two hours later, past midnight.
      const evening = /T(1[6-9]|2[0-3]):/.test(s.at);
      if (s.kind !== "duplicate" && s.kind !== "correction") expect([s.at, evening]).toEqual([s.at, true]);
      else expect([s.at, evening || /T0[0-1]:/.test(s.at)]).toEqual([s.at, true]);
    }
    expect(ats[0]! >= "2026-10-22").toBe(true);
    expect(ats[ats.length - 1]! < "2026-11-21").toBe(true);
    expect(ats.some((a) => a.includes("T23:"))).toBe(true);
  });

  it("plant every kind at least once, at low rates, and count them in the expectations", () => {
    const seen = new Map<string, number>();
    for (const s of subs) seen.set(s.kind, (seen.get(s.kind) ?? 0) + 1);
    for (const kind of ALL_KINDS) {
      expect([kind, seen.get(kind) ?? 0]).toEqual([kind, ntb.expectations.kinds[kind]]);
      expect([kind, (seen.get(kind) ?? 0) > 0]).toEqual([kind, true]);
      if (kind !== "ok" && kind !== "late") expect((seen.get(kind) ?? 0) / subs.length).toBeLessThan(0.04);
    }
    expect((seen.get("ok") ?? 0) / subs.length).toBeGreaterThan(0.6);
    const statuses = ntb.expectations.statuses;
    expect(statuses.Valid + statuses.Peringatan + statuses.Ditolak + statuses.Duplikat + statuses.Dikoreksi).toBe(subs.length);
  });

  it("repeat a (pendamping, koperasi, date) key only as planted duplicates and corrections", () => {
    const byKey = new Map<string, string[]>();
    subs.forEach((s, i) => byKey.set(keyOf(ntb, i), [...(byKey.get(keyOf(ntb, i)) ?? []), s.kind]));
    const repeats = [...byKey.values()].filter((kinds) => kinds.length > 1).map((k) => k.slice().sort().join("+"));
    expect(new Set(repeats)).toEqual(new Set(["duplicate+ok", "corrected+correction"]));
  });

  it("include hostile Kendala texts and blank progress", () => {
    const kendala = subs.filter((s) => s.kind === "hostile_text").map((s) => s.answers[QUESTIONS.obstacles] ?? "");
    for (const start of ["=", "+", "-", "@"]) expect(kendala.some((k) => k.startsWith(start))).toBe(true);
    expect(kendala.some((k) => k.includes("\t") && k.includes("\n"))).toBe(true);
    expect(kendala.some((k) => k.length > 2000)).toBe(true);
    expect(subs.filter((s) => s.kind === "missing_answer").every((s) => s.answers[QUESTIONS.progress] === "")).toBe(true);
  });

  it("let silent pendamping stop 10 days before the end and late reporters send 1-3 days after the visit", () => {
    const { silentPendamping, lateReporters } = ntb.expectations;
    expect(silentPendamping.length).toBeGreaterThan(0);
    subs.forEach((s, i) => {
      const who = idFromChoice(answer(i, QUESTIONS.pendamping));
      if (silentPendamping.includes(who)) expect(s.at < "2026-11-11").toBe(true);
      if (s.kind === "late") {
        expect(lateReporters).toContain(who);
        const lag = (Date.parse(s.at.slice(0, 10)) - Date.parse(answer(i, QUESTIONS.visitDate))) / 86_400_000;
        expect(lag).toBeGreaterThanOrEqual(1);
        expect(lag).toBeLessThanOrEqual(7);
      }
    });
    expect(subs.some((s) => s.kind === "late")).toBe(true);
  });

  it("tell site stories: progress never goes down unless planted, and some sites are finished", () => {
    const last = new Map<string, number>();
    subs.forEach((s, i) => {
      if (s.expect === "Ditolak" || s.kind === "corrected" || s.kind === "duplicate") return;
      const coop = idFromChoice(answer(i, koperasiQuestionTitle(answer(i, QUESTIONS.regency))));
      const progress = Number(answer(i, QUESTIONS.progress));
      const before = last.get(coop);
      if (before !== undefined && s.kind !== "progress_down") expect(progress).toBeGreaterThanOrEqual(before);
      last.set(coop, progress);
    });
    expect([...last.values()].filter((p) => p === 100).length).toBeGreaterThan(10);
    expect(subs.some((s) => s.answers[QUESTIONS.landStatus] === LAND_LABELS.BERMASALAH)).toBe(true);
    expect(subs.some((s) => s.answers[QUESTIONS.landStatus] === LAND_LABELS.BELUM_ADA)).toBe(true);
    expect(subs.some((s) => s.answers[QUESTIONS.landStatus] === LAND_LABELS.PROSES)).toBe(true);
  });
});
