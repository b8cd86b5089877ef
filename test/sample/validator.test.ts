// The sample agrees with the real validation engine: every planted kind gets the status it was planted for.
import { buildRegistry, readKoperasi, readPendamping } from "../../src/core/registry";
import { mapResponseColumns, parseResponseRow } from "../../src/core/reports/parse";
import { readSettings } from "../../src/core/settings/read";
import { QUESTIONS, koperasiQuestionTitle } from "../../src/core/text/form";
import { validateAll } from "../../src/core/validation";
import type { CellValue, FindingCode } from "../../src/core/model";
import { generateProvince, type SampleProvince } from "../../scripts/sample";

/** The response sheet the form would write: timestamp first, then every question, one `Koperasi (...)` per regency. */
function responseSheet(p: SampleProvince): CellValue[][] {
  const titles = [
    QUESTIONS.pendamping, QUESTIONS.regency, ...p.province.regencies.map((g) => koperasiQuestionTitle(g.name)),
    QUESTIONS.visitDate, QUESTIONS.landStatus, QUESTIONS.landArea, QUESTIONS.progress, QUESTIONS.stage,
    QUESTIONS.obstacles, QUESTIONS.photo, QUESTIONS.coordinates,
  ];
  return [["Stempel waktu", ...titles], ...p.submissions.map((s) => [new Date(s.at), ...titles.map((t) => s.answers[t] ?? "")])];
}

function validate(p: SampleProvince) {
  const read = readSettings(Object.entries(p.settingsOverrides));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const settings = read.settings;
  const koperasi = readKoperasi(p.koperasiRows, settings);
  const pendamping = readPendamping(p.pendampingRows, settings);
  expect(koperasi.issues).toEqual([]);
  expect(pendamping.issues).toEqual([]);
  const registry = buildRegistry(koperasi.items, pendamping.items);
  const sheet = responseSheet(p);
  const { columns } = mapResponseColumns(sheet[0] as CellValue[]);
  const reports = sheet.slice(1).map((cells, i) => parseResponseRow(cells, i + 2, columns, settings));
  return validateAll(reports, registry, settings).results;
}

const WARNING_OF: Partial<Record<string, FindingCode>> = {
  not_assigned: "NOT_ASSIGNED", progress_down: "PROGRESS_DECREASED", progress_jump: "PROGRESS_JUMP",
  stage_mismatch: "STAGE_MISMATCH", no_land_progress: "PROGRESS_WITHOUT_LAND", small_land: "LAND_TOO_SMALL",
  coord_bad: "COORD_UNREADABLE", coord_outside: "COORD_OUTSIDE_REGION", coord_far: "COORD_TOO_FAR",
};

describe("sample province through the validator", () => {
  it.each([["NTB", 1], ["NTT", 7]] as const)("%s seed %i: every submission gets its planted status", (province, seed) => {
    const p = generateProvince({ province, seed, scale: province === "NTT" ? 0.2 : 1 });
    const results = validate(p);
    const wrong = p.submissions
      .map((s, i) => ({ kind: s.kind, expect: s.expect, got: results[i]?.status, findings: results[i]?.findings.map((f) => f.code) }))
      .filter((x) => x.got !== x.expect);
    expect(wrong.slice(0, 10)).toEqual([]);
    // A planted warning fires its own rule only (COORD_OUTSIDE_REGION may come with COORD_TOO_FAR).
    p.submissions.forEach((s, i) => {
      const code = WARNING_OF[s.kind];
      if (code) {
        const codes = results[i]?.findings.map((f) => f.code).filter((c) => !(s.kind === "coord_outside" && c === "COORD_TOO_FAR"));
        expect({ kind: s.kind, codes }).toEqual({ kind: s.kind, codes: [code] });
      }
      if (s.kind === "ok" || s.kind === "late") expect(results[i]?.findings).toEqual([]);
    });
  });
});
