// The programme funnel (SPEC section 8): Tahap Program, Terkendala, BELUM PORTAL zones and the new answers' warnings.
import type { LatestReport } from "../../../src/core/model";
import { readObstacles, readOutlet, readSource } from "../../../src/core/reports/funnelAnswers";
import { decodeState, encodeState } from "../../../src/core/validation/stateJson";
import { latestReportOf } from "../../../src/core/validation/state";
import { validateAll, validateReport } from "../../../src/core/validation/validate";
import { reasonsText } from "../../../src/core/text/findings";
import { zoneReasonsText } from "../../../src/core/text/zones";
import { computeZone } from "../../../src/core/zones/computeZone";
import { isBlocked, programStage } from "../../../src/core/zones/funnel";
import { DEFAULT_OBSTACLE_KINDS } from "../../../src/core/settings/defaults";
import { aKoperasi, aRegistry, aReport, d, someSettings } from "../../builders/validation";

const KINDS = [...DEFAULT_OBSTACLE_KINDS];
const latest = (over: Partial<LatestReport> = {}): LatestReport => ({
  row: 2, visitDay: d("2026-11-20"), submittedAt: 0, pendampingId: "P1", progress: 0, landStatus: "PROSES",
  stage: "BELUM_MULAI", progressSinceDay: d("2026-11-20"), ...over,
});

describe("Tahap Program: the furthest step reached", () => {
  const inPortal = aKoperasi({ inPortal: true });
  const outside = aKoperasi({ inPortal: false });
  it.each([
    ["registry only, outside the portal", outside, null, "BERBADAN_HUKUM"],
    ["in the portal, never reported", inPortal, null, "MASUK_PORTAL"],
    ["land ready", inPortal, latest({ landStatus: "SIAP" }), "LAHAN_SIAP"],
    ["progress above 0", inPortal, latest({ landStatus: "SIAP", progress: 5, stage: "PERSIAPAN" }), "MULAI_DIBANGUN"],
    ["a stage after Belum mulai at 0%", inPortal, latest({ landStatus: "SIAP", stage: "PERSIAPAN" }), "MULAI_DIBANGUN"],
    ["progress 100", inPortal, latest({ landStatus: "SIAP", progress: 100, stage: "FINISHING" }), "SELESAI_DIBANGUN"],
    ["stage Selesai", inPortal, latest({ landStatus: "SIAP", progress: 98, stage: "SELESAI" }), "SELESAI_DIBANGUN"],
    ["Gerai Beroperasi = Ya", inPortal, latest({ progress: 100, stage: "SELESAI", outletOpen: true }), "BEROPERASI"],
    ["registry Beroperasi = Ya", aKoperasi({ operating: true }), null, "BEROPERASI"],
  ] as const)("%s", (_, k, l, stage) => {
    expect(programStage(k, l)).toBe(stage);
  });

  it("Terkendala: in the portal with an obstacle, or land missing / in dispute", () => {
    const k = aKoperasi({ inPortal: true });
    expect(isBlocked(k, latest({ landStatus: "SIAP", obstacles: ["Material"] }))).toBe(true);
    expect(isBlocked(k, latest({ landStatus: "SIAP", obstacles: ["Tidak ada"] }))).toBe(false);
    expect(isBlocked(k, latest({ landStatus: "BELUM_ADA" }))).toBe(true);
    expect(isBlocked(k, latest({ landStatus: "BERMASALAH", obstacles: ["Tidak ada"] }))).toBe(true);
    expect(isBlocked(k, latest({ landStatus: "PROSES" }))).toBe(false);
    expect(isBlocked(aKoperasi({ inPortal: false }), latest({ landStatus: "BELUM_ADA" }))).toBe(false);
    expect(isBlocked(k, null)).toBe(false);
  });
});

describe("reading the new answers in every shape", () => {
  it("a checkbox answer as Forms writes it, typed by hand, or with unknown categories", () => {
    expect(readObstacles("Lahan, Anggaran/dana", KINDS)).toEqual({ kinds: ["Lahan", "Anggaran/dana"], unknown: [] });
    expect(readObstacles("lahan;  MATERIAL\ncuaca", KINDS).kinds).toEqual(["Lahan", "Material", "Cuaca"]);
    expect(readObstacles("Tidak ada", KINDS)).toEqual({ kinds: ["Tidak ada"], unknown: [] });
    expect(readObstacles("Tidak ada, Lahan, Lahan", KINDS).kinds).toEqual(["Lahan"]);
    expect(readObstacles("Banjir, Lahan", KINDS)).toEqual({ kinds: ["Lahan", "Banjir"], unknown: ["Banjir"] });
    expect(readObstacles("", KINDS)).toEqual({ kinds: [], unknown: [] });
    expect(readObstacles(true, KINDS)).toEqual({ kinds: [], unknown: [] });
    // A category that itself holds a comma is found again across the pieces.
    expect(readObstacles("Izin, rekomendasi, Lahan", ["Lahan", "Izin, rekomendasi"]).kinds).toEqual(["Izin, rekomendasi", "Lahan"]);
  });
  it("Sumber Data and Gerai Beroperasi", () => {
    expect(readSource("Kunjungan lapangan")).toBe("LAPANGAN");
    expect(readSource("telepon/whatsapp")).toBe("TELEPON");
    expect(readSource("Foto/laporan dari pengurus")).toBe("PENGURUS");
    expect(readSource("kata tetangga")).toBeNull();
    expect(readOutlet("Ya")).toBe(true);
    expect(readOutlet("tidak")).toBe(false);
    expect(readOutlet("mungkin")).toBeNull();
  });
});

describe("validation with the new questions", () => {
  const registry = aRegistry();
  const settings = someSettings();
  const check = (over: Parameters<typeof aReport>[0]) => validateReport(aReport(over), { registry, settings, state: undefined });

  it("an unknown obstacle category typed into the sheet is a clear Peringatan, and still an obstacle", () => {
    const step = check({ obstacleKinds: ["Banjir"], unknownObstacles: ["Banjir"] });
    expect(step.result.status).toBe("Peringatan");
    expect(reasonsText(step.result.findings)).toContain('Jenis kendala "Banjir" tidak ada di daftar');
    expect(latestReportOf(step.state)!.obstacles).toEqual(["Banjir"]);
  });

  it("Gerai Beroperasi = Ya at 40% is a Peringatan", () => {
    const step = check({ outletOpen: true, progress: 40 });
    expect(step.result.findings.map((f) => f.code)).toEqual(["OUTLET_OPEN_UNFINISHED"]);
    expect(reasonsText(step.result.findings)).toContain("progres fisik 40%");
    expect(check({ outletOpen: true, progress: 100, stage: "SELESAI" }).result.status).toBe("Valid");
  });

  it("answers it cannot understand are named, not a crash", () => {
    const step = check({ source: null, sourceText: "kata tetangga", outletOpen: null, outletText: "belum tahu" });
    expect(step.result.status).toBe("Peringatan");
    expect(step.result.findings.map((f) => f.params.question)).toEqual(["Sumber Data", "Gerai Beroperasi"]);
  });

  it("the coordinate-distance warning applies to field visits (and older rows without Sumber Data) only", () => {
    const far = "-8.9, 116.5";
    const codes = (over: Parameters<typeof aReport>[0]) => check({ coordinates: far, ...over }).result.findings.map((f) => f.code);
    expect(codes({})).toEqual(["COORD_TOO_FAR"]);
    expect(codes({ source: "LAPANGAN" })).toEqual(["COORD_TOO_FAR"]);
    expect(codes({ source: "TELEPON" })).toEqual([]);
    expect(codes({ source: "PENGURUS" })).toEqual([]);
  });

  it("the state keeps the latest obstacles, photo and outlet answer, and survives its text form", () => {
    const reports = [
      aReport({ row: 2, visitDay: d("2026-11-19"), photoUrl: "https://foto/1", obstacleKinds: ["Lahan"] }),
      aReport({ row: 3, visitDay: d("2026-11-20"), photoUrl: " https://foto/2 ", obstacleKinds: ["Tidak ada"], outletOpen: false }),
    ];
    const state = validateAll(reports, registry, settings).states.get("K1")!;
    const back = decodeState(encodeState(state))!;
    expect(back).toEqual(state);
    expect(latestReportOf(back)).toMatchObject({ obstacles: ["Tidak ada"], photoUrl: "https://foto/2", outletOpen: false });
    expect(latestReportOf(back)!.row).toBe(3);
  });
});

describe("ZONA_HANYA_PORTAL", () => {
  const settings = someSettings({ portalOnly: true });
  it("a cooperative outside the portal is BELUM PORTAL with its land rules still listed", () => {
    const out = aKoperasi({ inPortal: false });
    expect(computeZone(out, null, d("2026-11-20"), settings)).toEqual({
      zone: "BELUM PORTAL", reasons: [{ code: "NOT_IN_PORTAL", zone: "BELUM PORTAL", params: {} }],
    });
    expect(zoneReasonsText(computeZone(out, null, d("2026-11-20"), settings).reasons)).toBe("Belum masuk portal");
    const z = computeZone(out, latest({ landStatus: "BELUM_ADA", visitDay: d("2026-10-01") }), d("2026-11-20"), settings);
    expect(z.zone).toBe("BELUM PORTAL");
    expect(zoneReasonsText(z.reasons)).toBe("Belum masuk portal. Belum ada lahan.");
  });
  it("in the portal, or with the setting off, the usual rules apply", () => {
    expect(computeZone(aKoperasi({ inPortal: true }), null, d("2026-11-20"), settings).zone).toBe("MERAH");
    expect(computeZone(aKoperasi({ inPortal: false }), null, d("2026-11-20"), someSettings()).zone).toBe("MERAH");
  });
});
