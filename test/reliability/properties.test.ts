// Issue 7 (3): hostile input. fast-check feeds random and hostile cells (wrong types, empty, huge,
// unicode, dates as text in several formats, negative and NaN numbers, text starting with = + - @, tabs,
// newlines) to every reader and rule: nothing throws past the boundary, every report gets exactly one
// status, and every text a person reads (reasons, zone reasons, messages, summaries) is readable.
import * as fc from "fast-check";
import type { CellValue, LatestReport, Registry } from "../../src/core/model";
import { readSettings } from "../../src/core/settings/read";
import { defaultSettingRows } from "../../src/core/settings/keys";
import { defaultSettings } from "../../src/core/settings/defaults";
import { buildRegistry, readKoperasi, readPendamping } from "../../src/core/registry";
import { mapResponseColumns, parseResponseRow } from "../../src/core/reports/parse";
import { validateAll } from "../../src/core/validation/validate";
import { latestReportOf } from "../../src/core/validation/state";
import { computeZone } from "../../src/core/zones/computeZone";
import { coopStatuses } from "../../src/core/zones/statuses";
import { reasonsText } from "../../src/core/text/findings";
import { zoneReasonsText } from "../../src/core/text/zones";
import { statusTable } from "../../src/core/summaries/status";
import { ringkasanTable } from "../../src/core/summaries/ringkasan";
import { kepatuhanTable } from "../../src/core/summaries/kepatuhan";
import { tindakLanjutSections } from "../../src/core/summaries/tindakLanjut";
import { percontohanTable } from "../../src/core/summaries/percontohan";
import { riwayatRows } from "../../src/core/summaries/riwayat";
import { whatsappText } from "../../src/core/summaries/whatsapp";
import { validasiRow } from "../../src/core/summaries/validasi";
import type { Table } from "../../src/core/summaries/table";
import { HEADERS } from "../../src/core/text/sheets";
import { aKoperasi, at, d, someSettings } from "../builders/validation";

const RUNS = { numRuns: 150, seed: 7 };
const TODAY = d("2026-11-21");
const NOW = at("2026-11-21", 9);

// ---- hostile cells ----
const formulaLike = fc.constantFrom("=1+1", "=IMPORTXML(\"http://x\",\"//a\")", "+62 812", "-Nama", "@SUM(A1)", "=HYPERLINK(\"x\")", "+A1", "-2+3");
const datesAsText = fc.constantFrom(
  "21/11/2026", "2026-11-21", "11/21/2026", "21-11-2026", "21 Nov 2026", "21 November 2026", "2026/11/21",
  "21/11/26", "21.11.2026", "31/02/2026", "00/00/0000", "21/11/2026 10:00", "2026-11-21T10:00:00Z", "kemarin",
);
const oddText = fc.constantFrom("", " ", "\t", "\n", "a\tb\nc", "undefined", "null", "NaN", "Infinity", "-0", "1e400",
  "ID Koperasi", "😀🏗️", "Ÿ̷̢ä̵", "\u0000\u001f", "Ya", "Tidak", "ya ", "TIDAK", "100%", "50,5", "1.000", "-5", "101");
const huge = fc.string({ minLength: 2000, maxLength: 6000 });
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 30 }), formulaLike, datesAsText, oddText);
const number = fc.oneof(fc.double(), fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 100, 100.0001, 1e21));
const date = fc.oneof(fc.date({ min: new Date("1899-12-30"), max: new Date("2100-01-01") }), fc.constant(new Date(NaN)));
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: text }, { weight: 3, arbitrary: number }, { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: date }, { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 600 }) },
);
const row = (width: number) => fc.array(cell, { minLength: 0, maxLength: width + 3 });

/** What a person reads must not show a program's leftovers. */
function readable(s: string): boolean {
  return !/undefined|NaN|\[object|Invalid Date|Infinity/.test(s);
}

function expectReadable(what: string, s: string): void {
  if (!readable(s)) throw new Error(`${what} is not readable: ${JSON.stringify(s.slice(0, 300))}`);
}

function expectTableReadable(name: string, t: Table): void {
  for (const r of [t.headers, ...t.rows]) {
    for (const c of r) {
      if (typeof c === "number" && !Number.isFinite(c)) throw new Error(`${name}: number cell ${c}`);
      if (c instanceof Date && Number.isNaN(c.getTime())) throw new Error(`${name}: invalid date cell`);
      if (typeof c === "string") expectReadable(name, c);
    }
  }
}

/** A reported value shows up as typed (a user may have typed "NaN"): only our own text is checked. */
const stripTyped = (s: string, typed: readonly string[]) =>
  typed.flatMap((t) => [t, t.trim()]).sort((a, b) => b.length - a.length).reduce((acc, t) => (t ? acc.split(t).join("") : acc), s);

describe("Pengaturan", () => {
  const keys = defaultSettingRows().map((r) => String(r[0]));
  it("any rows: settings or errors naming key, value and what is expected; never a throw", () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), text), cell, text), { maxLength: 30 }),
      (rows) => {
        const result = readSettings(rows);
        if (result.ok) {
          expect(result.settings.timeZone.length).toBeGreaterThan(0);
          for (const w of result.warnings) expect(w.length).toBeGreaterThan(0);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(e.message).toContain(e.key);
            expectReadable("setting error", stripTyped(e.message, [e.value]));
          }
        }
      }), RUNS);
  });

  it("every single key with a hostile value: accepted or refused with a message naming it", () => {
    fc.assert(fc.property(fc.constantFrom(...keys), cell, (key, value) => {
      const rows = defaultSettingRows().map((r) => (r[0] === key ? [key, value, r[2] ?? ""] : r));
      const result = readSettings(rows);
      if (!result.ok) expect(result.errors.some((e) => e.message.includes(key))).toBe(true);
    }), RUNS);
  });
});

describe("Koperasi and Pendamping", () => {
  const settings = someSettings();
  const header = (h: readonly string[]) => fc.shuffledSubarray([...h], { minLength: Math.max(1, h.length - 2) });
  it("any header and rows: items with text fields, or issues in plain words; never a throw", () => {
    fc.assert(fc.property(header(HEADERS.koperasi), fc.array(row(11), { maxLength: 25 }), header(HEADERS.pendamping),
      fc.array(row(7), { maxLength: 15 }), (kh, krows, ph, prows) => {
        const kop = readKoperasi([kh, ...krows], settings);
        const pen = readPendamping([ph, ...prows], settings);
        for (const i of [...kop.issues, ...pen.issues]) expect(i.message.length).toBeGreaterThan(10);
        for (const k of kop.items) {
          expect(typeof k.id).toBe("string");
          expect(k.id.trim()).not.toBe("");
          expect(k.lat === null || Number.isFinite(k.lat)).toBe(true);
        }
        expect(new Set(kop.items.map((k) => k.id)).size).toBe(kop.items.length);
        for (const p of pen.items) expect(typeof p.active).toBe("boolean");
      }), RUNS);
  });
});

describe("responses → validation → zones → every summary", () => {
  const settings = someSettings();
  const registry: Registry = buildRegistry(
    [aKoperasi({ id: "K1" }), aKoperasi({ id: "K2", row: 3, regency: "Lombok Tengah", targetDay: d("2026-12-31") }),
      aKoperasi({ id: "=K3", name: "=HYPERLINK(\"x\")", row: 4, regency: "+Sumbawa", pilot: true })],
    [{ id: "P1", name: "Satu", email: "", kind: "Koperasi", regency: "Lombok Barat", active: true, phone: "", row: 2 },
      { id: "-P2", name: "@Dua", email: "", kind: "UKM", regency: "", active: false, phone: "", row: 3 }],
  );
  const header = ["Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Lombok Barat)", "Koperasi (Lombok Tengah)",
    "Tanggal Kunjungan", "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan", "Kendala",
    "Tautan Foto", "Koordinat"];
  const plausible: fc.Arbitrary<CellValue[]> = fc.tuple(
    fc.oneof(date, cell), fc.oneof(fc.constantFrom("P1 — Satu", "-P2 — @Dua", "P9"), cell),
    fc.oneof(fc.constantFrom("Lombok Barat", "Lombok Tengah"), cell),
    fc.oneof(fc.constantFrom("K1 — Koperasi Satu (Desa Satu)", "=K3 — x", ""), cell), fc.oneof(fc.constant(""), cell),
    fc.oneof(fc.date({ min: new Date("2026-11-01"), max: new Date("2026-11-30") }), datesAsText, cell),
    fc.oneof(fc.constantFrom("Siap bangun (clear & clean)", "Belum ada lahan", "Proses (usulan/verifikasi)"), cell),
    fc.oneof(number, cell), fc.oneof(fc.integer({ min: -10, max: 120 }), number, cell),
    fc.oneof(fc.constantFrom("Pondasi", "Atap", "Selesai", "Belum mulai"), cell),
    fc.oneof(formulaLike, huge, cell, fc.constant("")), cell, fc.oneof(fc.constantFrom("-8.58, 116.1", "abc", "91, 200"), cell),
  ).map((t) => [...t]);

  it("every row gets exactly one status; every reason and every summary cell is readable", () => {
    fc.assert(fc.property(fc.array(fc.oneof(plausible, row(13)), { minLength: 1, maxLength: 30 }), (rows) => {
      const { columns, missing } = mapResponseColumns(header);
      expect(missing).toEqual([]);
      const reports = rows.map((cells, i) => parseResponseRow(cells, i + 2, columns, settings));
      const { results, states } = validateAll(reports, registry, settings);
      expect(results.map((r) => r.row).sort((a, b) => a - b)).toEqual(reports.map((r) => r.row));
      for (const r of results) {
        expect(["Valid", "Peringatan", "Ditolak", "Duplikat", "Dikoreksi"]).toContain(r.status);
        const reason = reasonsText(r.findings);
        if (r.status !== "Valid") expect(reason.trim().length).toBeGreaterThan(10);
        const typed = rows[r.row - 2]!.map((c) => (c instanceof Date ? "" : String(c)));
        expectReadable(`Alasan of row ${r.row}`, stripTyped(reason, typed));
        const cells = validasiRow(r, NOW, settings);
        expect(cells).toHaveLength(8);
      }
      const latest = new Map<string, LatestReport>();
      for (const [id, s] of states) {
        const l = latestReportOf(s);
        if (l) latest.set(id, l);
      }
      const statuses = coopStatuses(registry, latest, TODAY, settings);
      for (const s of statuses) expectReadable("Alasan Zona", zoneReasonsText(s.reasons));
      expectTableReadable("Status Koperasi", statusTable(statuses, settings, TODAY));
      expectTableReadable("Ringkasan", ringkasanTable(statuses, results, settings, TODAY, NOW).table);
      expectTableReadable("Kepatuhan", kepatuhanTable(registry, results, settings, TODAY));
      const tl = tindakLanjutSections(statuses, results, registry, settings, TODAY);
      expectTableReadable("Tindak Lanjut", tl.coops);
      expectTableReadable("Tindak Lanjut (peringatan)", { ...tl.warnings, rows: [] });
      expectTableReadable("Percontohan", percontohanTable(statuses, settings, TODAY).table);
      for (const r of riwayatRows(statuses, TODAY, settings)) for (const c of r) expect(typeof c !== "number" || Number.isFinite(c)).toBe(true);
      expectReadable("WhatsApp", whatsappText(statuses, results, settings, TODAY, NOW));
    }), { ...RUNS, numRuns: 60 });
  });

  it("any header row maps to columns or names what is missing; never a throw", () => {
    fc.assert(fc.property(row(15), (h) => {
      const { missing } = mapResponseColumns(h);
      for (const m of missing) expectReadable("missing question", m);
    }), RUNS);
  });
});

describe("zones", () => {
  const settings = defaultSettings();
  const latest: fc.Arbitrary<LatestReport> = fc.record({
    row: fc.integer({ min: 2, max: 1e6 }),
    visitDay: fc.oneof(fc.integer({ min: d("2020-01-01"), max: d("2030-01-01") }), fc.constant(NaN)),
    submittedAt: fc.oneof(fc.integer({ min: 0, max: 4e12 }), fc.constant(NaN)),
    pendampingId: text,
    progress: fc.oneof(fc.double({ min: -50, max: 150 }), fc.constantFrom(NaN, Infinity, -1, 0, 100)),
    landStatus: fc.constantFrom("BELUM_ADA", "PROSES", "SIAP", "BERMASALAH") as fc.Arbitrary<LatestReport["landStatus"]>,
    stage: fc.constantFrom("BELUM_MULAI", "PERSIAPAN", "PONDASI", "STRUKTUR", "ATAP", "FINISHING", "SELESAI") as fc.Arbitrary<LatestReport["stage"]>,
    progressSinceDay: fc.oneof(fc.integer({ min: d("2020-01-01"), max: d("2030-01-01") }), fc.constant(NaN)),
  });
  it("any latest report, target and day: one zone and readable reasons", () => {
    fc.assert(fc.property(fc.option(latest, { nil: null }), fc.option(fc.integer({ min: -1e5, max: 1e5 }), { nil: null }),
      fc.integer({ min: d("2020-01-01"), max: d("2035-01-01") }), (l, target, today) => {
        const { zone, reasons } = computeZone(aKoperasi({ targetDay: target }), l, today, settings);
        expect(["HIJAU", "KUNING", "MERAH"]).toContain(zone);
        if (zone !== "HIJAU") expect(reasons.length).toBeGreaterThan(0);
        expectReadable("Alasan Zona", zoneReasonsText(reasons));
      }), RUNS);
  });
});
