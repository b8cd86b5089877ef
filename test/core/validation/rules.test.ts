// Single-report rules: each rejection and warning fires at its boundary and not just before it.
import type { FindingCode, Report, ValidationStatus } from "../../../src/core/model";
import type { Settings } from "../../../src/core/settings/types";
import { validateReport } from "../../../src/core/validation/validate";
import { aKoperasi, aPendamping, aRegistry, aReport, at, d, someSettings } from "../../builders/validation";

function check(report: Report, settings: Settings = someSettings(), registry = aRegistry()) {
  const { result } = validateReport(report, { registry, settings, state: undefined });
  return { status: result.status, codes: result.findings.map((f) => f.code), findings: result.findings };
}

interface Case {
  name: string;
  report: Partial<Report>;
  status: ValidationStatus;
  codes: FindingCode[];
  settings?: Partial<Settings>;
}

const REJECTIONS: Case[] = [
  { name: "a clean report", report: {}, status: "Valid", codes: [] },
  {
    name: "a problem found by the reader",
    report: { progress: null, problems: [{ code: "MISSING_ANSWER", severity: "reject", params: { question: "Progres Fisik (%)" } }] },
    status: "Ditolak", codes: ["MISSING_ANSWER"],
  },
  { name: "a missing timestamp", report: { submittedAt: null }, status: "Ditolak", codes: ["MISSING_ANSWER"] },
  { name: "a blank stage", report: { stage: null }, status: "Ditolak", codes: ["MISSING_ANSWER"] },
  { name: "an unknown cooperative", report: { koperasiId: "K9" }, status: "Ditolak", codes: ["UNKNOWN_KOPERASI"] },
  { name: "an unknown pendamping", report: { pendampingId: "P9" }, status: "Ditolak", codes: ["UNKNOWN_PENDAMPING"] },
  { name: "an inactive pendamping", report: { pendampingId: "PX" }, status: "Ditolak", codes: ["INACTIVE_PENDAMPING"] },
  {
    name: "a visit the day after submission", report: { visitDay: d("2026-11-21"), submittedAt: at("2026-11-20", 23, 59) },
    status: "Ditolak", codes: ["VISIT_AFTER_SUBMIT"],
  },
  { name: "a visit on the submission day", report: { visitDay: d("2026-11-20"), submittedAt: at("2026-11-20", 0, 1) }, status: "Valid", codes: [] },
  {
    name: "23:30 WITA on the visit day (15:30 UTC)", report: { visitDay: d("2026-11-21"), submittedAt: Date.parse("2026-11-21T23:30:00+08:00") },
    status: "Valid", codes: [],
  },
  {
    name: "00:30 WITA on the visit day (still the day before in UTC)", report: { visitDay: d("2026-11-22"), submittedAt: Date.parse("2026-11-22T00:30:00+08:00") },
    status: "Valid", codes: [],
  },
  { name: "a visit exactly 7 days old", report: { visitDay: d("2026-11-13"), submittedAt: at("2026-11-20", 23, 0) }, status: "Valid", codes: [] },
  { name: "a visit 8 days old", report: { visitDay: d("2026-11-12"), submittedAt: at("2026-11-20", 1, 0) }, status: "Ditolak", codes: ["VISIT_TOO_OLD"] },
  {
    name: "a visit 3 days old when the maximum is 2", report: { visitDay: d("2026-11-17") }, settings: { maxReportAgeDays: 2 },
    status: "Ditolak", codes: ["VISIT_TOO_OLD"],
  },
  {
    name: "a visit on the programme start", report: { visitDay: d("2025-10-01"), submittedAt: at("2025-10-01") },
    status: "Valid", codes: [],
  },
  {
    name: "a visit the day before the programme start", report: { visitDay: d("2025-09-30"), submittedAt: at("2025-09-30") },
    status: "Ditolak", codes: ["VISIT_BEFORE_PROGRAM"],
  },
  { name: "progress 0", report: { progress: 0, stage: "BELUM_MULAI" }, status: "Valid", codes: [] },
  { name: "progress 100", report: { progress: 100, stage: "SELESAI" }, status: "Valid", codes: [] },
  { name: "progress -1", report: { progress: -1 }, status: "Ditolak", codes: ["PROGRESS_OUT_OF_RANGE"] },
  { name: "progress 100.5", report: { progress: 100.5, stage: "SELESAI" }, status: "Ditolak", codes: ["PROGRESS_OUT_OF_RANGE"] },
  { name: "progress NaN", report: { progress: Number.NaN }, status: "Ditolak", codes: ["PROGRESS_OUT_OF_RANGE"] },
  { name: "progress Infinity", report: { progress: Number.POSITIVE_INFINITY }, status: "Ditolak", codes: ["PROGRESS_OUT_OF_RANGE"] },
  {
    name: "several rejections at once", report: { koperasiId: "K9", pendampingId: "P9", progress: 120, visitDay: d("2026-11-25") },
    status: "Ditolak", codes: ["UNKNOWN_KOPERASI", "UNKNOWN_PENDAMPING", "VISIT_AFTER_SUBMIT", "PROGRESS_OUT_OF_RANGE"],
  },
];

const WARNINGS: Case[] = [
  { name: "another pendamping's cooperative", report: { pendampingId: "P2" }, status: "Peringatan", codes: ["NOT_ASSIGNED"] },
  { name: "a cooperative nobody is assigned to", report: { pendampingId: "P2", koperasiId: "K0" }, status: "Valid", codes: [] },
  { name: "STRUKTUR at its lower bound 30", report: { progress: 30 }, status: "Valid", codes: [] },
  { name: "STRUKTUR at its upper bound 65", report: { progress: 65 }, status: "Valid", codes: [] },
  { name: "STRUKTUR at 29", report: { progress: 29 }, status: "Peringatan", codes: ["STAGE_MISMATCH"] },
  { name: "STRUKTUR at 66", report: { progress: 66 }, status: "Peringatan", codes: ["STAGE_MISMATCH"] },
  { name: "progress 0 on land in process", report: { progress: 0, stage: "BELUM_MULAI", landStatus: "PROSES" }, status: "Valid", codes: [] },
  { name: "progress 1 on land in process", report: { progress: 1, stage: "BELUM_MULAI", landStatus: "PROSES" }, status: "Peringatan", codes: ["PROGRESS_WITHOUT_LAND"] },
  { name: "progress on land with a problem", report: { landStatus: "BERMASALAH" }, status: "Peringatan", codes: ["PROGRESS_WITHOUT_LAND"] },
  { name: "land of exactly 1000 m²", report: { landArea: 1000 }, status: "Valid", codes: [] },
  { name: "land of 999 m²", report: { landArea: 999 }, status: "Peringatan", codes: ["LAND_TOO_SMALL"] },
  { name: "no land area", report: { landArea: null }, status: "Valid", codes: [] },
  { name: "readable coordinates nearby", report: { coordinates: "-8.58, 116.1" }, status: "Valid", codes: [] },
  { name: "comma decimals and a semicolon", report: { coordinates: "-8,58; 116,1" }, status: "Valid", codes: [] },
  { name: "unreadable coordinates", report: { coordinates: "dekat masjid" }, status: "Peringatan", codes: ["COORD_UNREADABLE"] },
  { name: "longitude first", report: { coordinates: "116.1, -8.58" }, status: "Peringatan", codes: ["COORD_UNREADABLE"] },
  {
    name: "coordinates in Jakarta", report: { coordinates: "-6.2, 106.8" }, status: "Peringatan",
    codes: ["COORD_OUTSIDE_REGION", "COORD_TOO_FAR"],
  },
  {
    name: "coordinates outside the box, no box set", report: { coordinates: "-6.2, 106.8" }, settings: { regionBox: null },
    status: "Peringatan", codes: ["COORD_TOO_FAR"],
  },
  { name: "4.9 km from the registered place", report: { coordinates: "-8.624, 116.1" }, status: "Valid", codes: [] },
  { name: "5.1 km from the registered place", report: { coordinates: "-8.626, 116.1" }, status: "Peringatan", codes: ["COORD_TOO_FAR"] },
  { name: "far, but the cooperative has no location", report: { koperasiId: "K0", pendampingId: "P2", coordinates: "-8.9, 116.5" }, status: "Valid", codes: [] },
  {
    name: "every warning rule that fires is listed",
    report: { pendampingId: "P2", progress: 90, landStatus: "PROSES", landArea: 500, coordinates: "x" },
    status: "Peringatan", codes: ["NOT_ASSIGNED", "STAGE_MISMATCH", "PROGRESS_WITHOUT_LAND", "LAND_TOO_SMALL", "COORD_UNREADABLE"],
  },
];

const registry = aRegistry(
  [aKoperasi({ id: "K1" }), aKoperasi({ id: "K0", pendampingId: "", lat: null, lon: null })],
  [aPendamping({ id: "P1" }), aPendamping({ id: "P2" }), aPendamping({ id: "PX", active: false })],
);

describe.each([["rejection", REJECTIONS], ["warning", WARNINGS]])("%s rules", (_kind, cases) => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const out = check(aReport(c.report), someSettings(c.settings), registry);
    expect(out.codes).toEqual(c.codes);
    expect(out.status).toBe(c.status);
    const severity = c.status === "Ditolak" ? "reject" : "warn";
    for (const f of out.findings) expect(f.severity).toBe(severity);
  });
});

test("a rejected report skips the warning rules", () => {
  const out = check(aReport({ koperasiId: "K1", pendampingId: "P2", progress: 90, visitDay: d("2026-11-30") }), someSettings(), registry);
  expect(out.codes).toEqual(["VISIT_AFTER_SUBMIT"]);
});

test("the rejection params carry the local days", () => {
  const out = check(aReport({ visitDay: d("2026-11-25"), submittedAt: Date.parse("2026-11-21T23:30:00+08:00") }));
  expect(out.findings[0]?.params).toEqual({ visitDay: d("2026-11-25"), submitDay: d("2026-11-21") });
});
