// Reading one response row into a Report: ids, dates across zones, numbers and labels the Indonesian way.
import fc from "fast-check";
import type { CellValue } from "../../../src/core/model";
import { mapResponseColumns, parseCoordinates, parseResponseRow, parseTimestamp } from "../../../src/core/reports/parse";
import { fnv1a64 } from "../../../src/core/reports/hash";
import { defaultSettings } from "../../../src/core/settings/defaults";
import { dayFromYmd } from "../../../src/core/time/localDay";
import { instantOfLocal } from "../../../src/core/time/timeZone";
import { RESPONSE_HEADER, aResponseRow, someAnswers, witaDate, type Answers } from "../../builders/sheetRows";

const settings = defaultSettings();
const { columns } = mapResponseColumns(RESPONSE_HEADER);

function parse(over: Answers = {}, header = RESPONSE_HEADER) {
  const cols = header === RESPONSE_HEADER ? columns : mapResponseColumns(header).columns;
  return parseResponseRow(aResponseRow(header, someAnswers(over)), 5, cols, settings);
}

describe("parseResponseRow", () => {
  it("reads a complete form answer", () => {
    const r = parse();
    expect(r).toEqual({
      row: 5,
      submittedAt: instantOfLocal(dayFromYmd(2026, 11, 21), 18, 5, "Asia/Makassar"),
      pendampingId: "P001",
      koperasiId: "K-0001",
      regency: "Lombok Barat",
      visitDay: dayFromYmd(2026, 11, 21),
      landStatus: "SIAP",
      landArea: 1200,
      progress: 45,
      stage: "STRUKTUR",
      obstacles: "",
      obstacleKinds: [],
      unknownObstacles: [],
      source: null,
      sourceText: "",
      outletOpen: null,
      outletText: "",
      photoUrl: "https://drive.google.com/foto1",
      coordinates: "-8.65, 116.12",
      problems: [],
      contentHash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it("takes the cooperative from whichever Koperasi (...) column is filled", () => {
    const r = parse({
      "Kabupaten/Kota": "Kota Mataram", "Koperasi (Lombok Barat)": "", "Koperasi (Kota Mataram)": "K-0200 — KDKMP Ampenan",
    });
    expect(r.koperasiId).toBe("K-0200");
    expect(r.regency).toBe("Kota Mataram");
    expect(r.problems).toEqual([]);
  });

  it("accepts bare ids typed by hand", () => {
    const r = parse({ "ID Pendamping": " P001 ", "Koperasi (Lombok Barat)": "K-0001" });
    expect([r.pendampingId, r.koperasiId]).toEqual(["P001", "K-0001"]);
  });

  it("a visit date cell at 23:30 WITA is that day, also when the spreadsheet's zone is another", () => {
    expect(parse({ "Tanggal Kunjungan": witaDate(2026, 11, 21, 23, 30) }).visitDay).toBe(dayFromYmd(2026, 11, 21));
    // A date cell is read in the spreadsheet's own zone, whatever ZONA_WAKTU says.
    const jakarta = { ...settings, sheetTimeZone: "Asia/Jakarta" };
    const cell = new Date(instantOfLocal(dayFromYmd(2026, 11, 21), 23, 30, "Asia/Jakarta"));
    const r = parseResponseRow(aResponseRow(RESPONSE_HEADER, someAnswers({ "Tanggal Kunjungan": cell })), 2, columns, jakarta);
    expect(r.visitDay).toBe(dayFromYmd(2026, 11, 21));
  });

  it.each<[CellValue, number]>([
    ["21/11/2026", dayFromYmd(2026, 11, 21)],
    ["1/2/2026", dayFromYmd(2026, 2, 1)],
    ["2026-11-21", dayFromYmd(2026, 11, 21)],
    ["21-11-2026", dayFromYmd(2026, 11, 21)],
  ])("reads the visit date text %j", (text, day) => {
    const r = parse({ "Tanggal Kunjungan": text });
    expect(r.visitDay).toBe(day);
    expect(r.problems).toEqual([]);
  });

  it.each<[CellValue, number]>([["45", 45], ["45,5", 45.5], ["45.5", 45.5], ["45%", 45], [" 12,25 % ", 12.25], [0, 0]])(
    "reads the progress %j", (cell, value) => {
      expect(parse({ "Progres Fisik (%)": cell }).progress).toBe(value);
    },
  );

  it.each<[CellValue, number]>([["1.000", 1000], ["1000 m2", 1000], ["1.250,5 m²", 1250.5], ["850", 850], [12.5, 12.5]])(
    "reads the land area %j", (cell, value) => {
      expect(parse({ "Luas Lahan (m²)": cell }).landArea).toBe(value);
    },
  );

  it("keeps a progress outside 0..100 for the validation to reject", () => {
    const r = parse({ "Progres Fisik (%)": 120 });
    expect(r.progress).toBe(120);
    expect(r.problems).toEqual([]);
  });

  it.each([
    ["Siap bangun", "SIAP"], ["siap bangun (clear & clean)", "SIAP"], ["SIAP", "SIAP"], ["Belum ada lahan", "BELUM_ADA"],
    ["proses", "PROSES"], ["Bermasalah (sengketa)", "BERMASALAH"],
  ])("reads the land status %j", (text, code) => {
    expect(parse({ "Status Lahan": text }).landStatus).toBe(code);
  });

  it.each([
    ["Belum mulai", "BELUM_MULAI"], ["persiapan", "PERSIAPAN"], ["Fondasi", "PONDASI"],
    ["Struktur dan dinding", "STRUKTUR"], ["ATAP", "ATAP"], ["finishing", "FINISHING"], ["Selesai", "SELESAI"],
  ])("reads the stage %j", (text, code) => {
    expect(parse({ "Tahap Pembangunan": text }).stage).toBe(code);
  });

  it("reports each missing required answer by question", () => {
    const r = parse({
      "ID Pendamping": "", "Koperasi (Lombok Barat)": "", "Tanggal Kunjungan": " ", "Status Lahan": "",
      "Progres Fisik (%)": "", "Tahap Pembangunan": "", "Luas Lahan (m²)": "",
    });
    expect(r.problems).toEqual([
      "ID Pendamping", "Koperasi (Lombok Barat)", "Tanggal Kunjungan", "Status Lahan", "Progres Fisik (%)", "Tahap Pembangunan",
    ].map((question) => ({ code: "MISSING_ANSWER", severity: "reject", params: { question } })));
    expect(r.landArea).toBeNull();
  });

  it("reports unreadable answers with the value", () => {
    const r = parse({
      "Tanggal Kunjungan": "kemarin", "Status Lahan": "Hampir siap?", "Progres Fisik (%)": "empat puluh",
      "Tahap Pembangunan": "Pengecatan", "Luas Lahan (m²)": "luas", timestamp: "bukan waktu",
    });
    expect(r.problems.map((p) => [p.code, p.params.question, p.params.value])).toEqual([
      ["UNREADABLE_ANSWER", "Stempel waktu", "bukan waktu"],
      ["UNREADABLE_ANSWER", "Tanggal Kunjungan", "kemarin"],
      ["UNREADABLE_ANSWER", "Status Lahan", "Hampir siap?"],
      ["UNREADABLE_ANSWER", "Luas Lahan (m²)", "luas"],
      ["UNREADABLE_ANSWER", "Progres Fisik (%)", "empat puluh"],
      ["UNREADABLE_ANSWER", "Tahap Pembangunan", "Pengecatan"],
    ]);
    expect(r.problems.every((p) => p.severity === "reject")).toBe(true);
    expect([r.visitDay, r.landStatus, r.progress, r.stage, r.submittedAt]).toEqual([null, null, null, null, null]);
  });

  it("reads reordered columns and ignores a column of a deleted question", () => {
    const header = ["Timestamp", "Pertanyaan lama", "Koperasi (Dompu)", "Progres Fisik (%)", "Tahap Pembangunan",
      "ID Pendamping", "Status Lahan", "Tanggal Kunjungan"];
    const r = parse({ "Pertanyaan lama": "=HAPUS()", "Koperasi (Dompu)": "K-9 — KDKMP Kempo" }, header);
    expect(r).toMatchObject({ koperasiId: "K-9", regency: "Dompu", pendampingId: "P001", progress: 45, problems: [] });
    expect(r.landArea).toBeNull();
    expect(r.coordinates).toBe("");
  });

  it("the fingerprint ignores the timestamp and spacing but not the answers", () => {
    const a = parse();
    expect(parse({ timestamp: witaDate(2026, 11, 22, 7, 0) }).contentHash).toBe(a.contentHash);
    expect(parse({ "Progres Fisik (%)": "45" }).contentHash).toBe(a.contentHash);
    expect(parse({ Kendala: "" }).contentHash).toBe(a.contentHash);
    expect(parse({ "Progres Fisik (%)": 46 }).contentHash).not.toBe(a.contentHash);
    expect(parse({ Kendala: "Hujan" }).contentHash).not.toBe(a.contentHash);
    expect(parse({ "Tanggal Kunjungan": "22/11/2026" }).contentHash).not.toBe(a.contentHash);
  });

  it("never throws, whatever the cells hold", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string(), fc.string({ unit: "grapheme", maxLength: 50 }), fc.double(), fc.integer(), fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constantFrom("=HYPERLINK(\"x\")", "+62", "-", "@x", "\t\n", "١٢٣", "x".repeat(100_000), "45\n%", NaN, Infinity),
    );
    fc.assert(fc.property(fc.array(cell, { maxLength: 16 }), (cells) => {
      const r = parseResponseRow(cells, 2, columns, settings);
      expect(r.row).toBe(2);
      expect(r.contentHash).toMatch(/^[0-9a-f]{16}$/);
      for (const p of r.problems) expect(["MISSING_ANSWER", "UNREADABLE_ANSWER"]).toContain(p.code);
    }), { numRuns: 500 });
  });

  it("hostile text is kept as text or reported, never evaluated", () => {
    const r = parse({ "ID Pendamping": "=IMPORTXML(\"x\")", "Progres Fisik (%)": NaN, Kendala: "\t+62 812\n@halo " });
    expect(r.pendampingId).toBe("=IMPORTXML(\"x\")");
    expect(r.problems).toEqual([{ code: "UNREADABLE_ANSWER", severity: "reject", params: { question: "Progres Fisik (%)", value: "NaN" } }]);
    expect(r.obstacles).toBe("+62 812\n@halo");
  });
});

describe("parseTimestamp", () => {
  const tz = "Asia/Makassar";
  const at = (y: number, m: number, d: number, h: number, mi: number, s = 0) =>
    instantOfLocal(dayFromYmd(y, m, d), h, mi, tz) + s * 1000;
  it.each<[CellValue, number]>([
    ["21/11/2026 23:30:15", at(2026, 11, 21, 23, 30, 15)],
    ["1/2/2026 8:05:00", at(2026, 2, 1, 8, 5)],
    ["11/21/2026 23:30:00", at(2026, 11, 21, 23, 30)],
    ["2026-11-21 23:30", at(2026, 11, 21, 23, 30)],
    ["2026-11-21T15:30:00Z", at(2026, 11, 21, 23, 30)],
    ["21/11/2026", at(2026, 11, 21, 0, 0)],
  ])("reads %j", (text, instant) => {
    expect(parseTimestamp(text, tz)).toBe(instant);
  });

  it("reads a date cell exactly and rejects junk", () => {
    expect(parseTimestamp(new Date(Date.UTC(2026, 10, 21, 15, 30)), tz)).toBe(at(2026, 11, 21, 23, 30));
    expect(parseTimestamp("kemarin", tz)).toBeNull();
    expect(parseTimestamp("32/13/2026 10:00", tz)).toBeNull();
    expect(parseTimestamp(new Date(NaN), tz)).toBeNull();
  });
});

describe("parseCoordinates", () => {
  it.each(["-8.58, 116.1", "-8,58; 116,1", "-8.58 116.1", " -8.58,116.1 ", "-8,58, 116,1"])("reads %j", (text) => {
    expect(parseCoordinates(text)).toEqual({ lat: -8.58, lon: 116.1 });
  });

  it.each(["", "Gerung", "-8.58", "-95, 116", "-8.58, 200", "1, 2, 3"])("rejects %j", (text) => {
    expect(parseCoordinates(text)).toBeNull();
  });
});

describe("fnv1a64", () => {
  it("matches the published test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes the UTF-8 bytes of any text, ASCII runs around other characters and lone surrogates included", () => {
    const reference = (text: string): string => {
      let h = 0xcbf29ce484222325n;
      // UTF-8 of each code point; a lone surrogate is encoded as its own three bytes (as the add-on always has).
      const bytes: number[] = [];
      for (const ch of text) {
        const c = ch.codePointAt(0)!;
        if (c < 0x80) bytes.push(c);
        else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
      for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h.toString(16).padStart(16, "0");
    };
    for (const text of ["é", "Kop. Desa — Lombok Barat", "aé€𝄞b", "日本語".repeat(40), "x\ud800y", "\udc00", "z\ud83d"]) {
      expect(fnv1a64(text)).toBe(reference(text));
    }
  });
});
