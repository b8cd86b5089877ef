// The results digest: the tables from merged digests (checkpoint made on an earlier day, saved as JSON,
// corrections taken back) equal the tables from one pass over the whole list.
import * as fc from "fast-check";
import type { ValidationResult, ValidationStatus } from "../../../src/core/model";
import {
  digestFromJson, digestResults, digestToJson, mergeDigests, retractRows, type ResultsDigest,
} from "../../../src/core/digest";
import { kepatuhanFromDigest, kepatuhanTable } from "../../../src/core/summaries/kepatuhan";
import { ringkasanFromDigest, ringkasanTable } from "../../../src/core/summaries/ringkasan";
import { tindakLanjutFromDigest, tindakLanjutSections } from "../../../src/core/summaries/tindakLanjut";
import { instantOfLocal } from "../../../src/core/time/timeZone";
import { aWarning, TZ } from "../../builders/summaries";
import { registry, settings, statuses, T } from "../../builders/summaryWorkbook";

const NOW = instantOfLocal(T, 9, 0, TZ);
const STATUSES: ValidationStatus[] = ["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"];

const result = fc.record({
  koperasiId: fc.constantFrom("K1", "K2", "K3", "K4", "K5", "K6", "KX"),
  pendampingId: fc.constantFrom("P01", "P02", "P03", "P04", "PX"),
  visitDay: fc.option(fc.integer({ min: T - 45, max: T + 2 }), { nil: null }),
  submitDay: fc.option(fc.integer({ min: T - 45, max: T }), { nil: null }),
  hour: fc.integer({ min: 0, max: 23 }),
  status: fc.constantFrom(...STATUSES),
  warning: fc.constantFrom("LAND_TOO_SMALL", "PROGRESS_WITHOUT_LAND") as fc.Arbitrary<"LAND_TOO_SMALL" | "PROGRESS_WITHOUT_LAND">,
});
const resultsList = fc.array(result, { maxLength: 60 }).map((xs): ValidationResult[] => xs.map((x, i) => ({
  row: i + 2, koperasiId: x.koperasiId, pendampingId: x.pendampingId, visitDay: x.visitDay, status: x.status,
  submittedAt: x.submitDay === null ? null : instantOfLocal(x.submitDay, x.hour, 15, TZ),
  findings: x.status === "Peringatan" ? [aWarning(x.warning)] : [],
})));

/** Every table a rebuild writes from results, for `today`. */
function tables(d: ResultsDigest, today = T): unknown {
  return {
    kepatuhan: kepatuhanFromDigest(registry, d, settings, today),
    ringkasan: ringkasanFromDigest(statuses, d, settings, today, NOW),
    tindakLanjut: tindakLanjutFromDigest(statuses, d, registry, settings, today),
    counts: d.counts,
  };
}

function wholeTables(results: ValidationResult[], today = T): unknown {
  return {
    kepatuhan: kepatuhanTable(registry, results, settings, today),
    ringkasan: ringkasanTable(statuses, results, settings, today, NOW),
    tindakLanjut: tindakLanjutSections(statuses, results, registry, settings, today),
    counts: digestResults(results, settings, today).counts,
  };
}

const viaJson = (d: ResultsDigest): ResultsDigest => digestFromJson(digestToJson(d))!;

describe("results digest", () => {
  it("gives the tables of the whole list for any split, a checkpoint made days earlier, and a JSON round trip", () => {
    fc.assert(fc.property(resultsList, fc.nat(), fc.integer({ min: 0, max: 10 }), (results, cut, daysEarlier) => {
      const at = cut % (results.length + 1);
      const earlier = viaJson(digestResults(results.slice(0, at), settings, T - daysEarlier));
      const later = digestResults(results.slice(at), settings, T);
      expect(tables(mergeDigests(earlier, later))).toEqual(wholeTables(results));
    }), { numRuns: 300, seed: 13 });
  });

  it("merges in three parts as in one (a checkpoint merged again the next day)", () => {
    fc.assert(fc.property(resultsList, fc.nat(), fc.nat(), (results, c1, c2) => {
      const [a, b] = [c1 % (results.length + 1), c2 % (results.length + 1)].sort((x, y) => x - y) as [number, number];
      const first = viaJson(mergeDigests(digestResults(results.slice(0, a), settings, T - 2), digestResults(results.slice(a, b), settings, T - 1)));
      const merged = mergeDigests(first, digestResults(results.slice(b), settings, T));
      expect(tables(merged)).toEqual(wholeTables(results));
      expect(merged.through).toBe(results.length === 0 ? 0 : results.length + 1);
    }), { numRuns: 200, seed: 5 });
  });

  it("takes back a counted row a later report corrected: the tables are those of the corrected list", () => {
    fc.assert(fc.property(resultsList, fc.nat(), fc.nat(), (results, cut, pick) => {
      const at = cut % (results.length + 1);
      const counted = results.slice(0, at).filter((r) => r.status === "Valid" || r.status === "Peringatan");
      if (counted.length === 0) return;
      const old = counted[pick % counted.length]!;
      const row = results.length + 2;
      // The correction: same cooperative, pendamping and visit day, sent now; the old row becomes Dikoreksi.
      const fix: ValidationResult = { ...old, row, status: "Valid", findings: [], submittedAt: NOW };
      const dikoreksi: ValidationResult = { ...old, status: "Dikoreksi", findings: [] };
      const final = results.map((r) => (r.row === old.row ? dikoreksi : r)).concat(fix);
      const checkpoint = viaJson(digestResults(results.slice(0, at), settings, T - 1));
      const since = digestResults([...results.slice(at), dikoreksi, fix], settings, T);
      expect(tables(mergeDigests(retractRows(checkpoint, [old.row]), since))).toEqual(wholeTables(final));
    }), { numRuns: 300, seed: 21 });
  });

  it("refuses to take back a row it cannot (not counted, or too far back)", () => {
    const d = digestResults([{ row: 2, koperasiId: "K1", pendampingId: "P01", visitDay: T, status: "Ditolak", submittedAt: NOW, findings: [] }], settings, T);
    expect(() => retractRows(d, [2])).toThrow();
    expect(digestFromJson("{\"v\":1")).toBeNull();
  });
});
