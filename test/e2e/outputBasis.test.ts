// Issue 13: a change no report's outcome depends on (a zone threshold, a colour, working days, a
// cooperative's name…) is applied by the next rebuild from the kept states, without reading every report;
// every output sheet then equals, cell for cell, a twin that read every report with the same change. A
// change a result depends on still makes the rebuild read every report. Through dist/Code.js.
import * as fc from "fast-check";
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { ADMIN, backgrounds, koperasiRows, paste, PENDAMPING, records, report, setSetting, values, wita } from "./agency";
import { outputsOf, rebuildAt, STATE_LINE, twins } from "./statePathSupport";

const APPLIED = /diterapkan dari status tersimpan/;

function submit(pair: Driver[], a: Record<string, string>, at: string): void {
  for (const d of pair) d.submitForm(a, wita(at));
}

/** Twins after two days of submits and a rebuild each (the state twin's from its checkpoint). */
function twoDays(): [Driver, Driver] {
  const pair = twins();
  submit(pair, report("K-01", "2026-11-16", 10), "2026-11-16T09:00:00");
  submit(pair, report("K-02", "2026-11-16", 5), "2026-11-16T10:00:00");
  submit(pair, report("K-04", "2026-11-16", 40), "2026-11-16T11:00:00");
  rebuildAt(pair[0], wita("2026-11-16T16:00:00"));
  rebuildAt(pair[1], wita("2026-11-16T16:00:00"), true);
  submit(pair, report("K-01", "2026-11-17", 10), "2026-11-17T09:00:00");
  submit(pair, report("K-05", "2026-11-17", 15), "2026-11-17T10:00:00");
  return pair;
}

/** Replaces one cell of a registry row (row 2 = the first cooperative or pendamping). */
function editCell(sheet: string, row: number, col: number, value: CellValue): (d: Driver) => void {
  return (d) => {
    const rows = sheet === "Koperasi" ? koperasiRows() : PENDAMPING.map((r) => [...r]);
    const line = [...rows[row - 1]!];
    line[col - 1] = value;
    paste(d, sheet, [line], row);
  };
}

function settings(pairs: Array<[string, CellValue]>): (d: Driver) => void {
  return (d) => {
    for (const [k, v] of pairs) setSetting(d, k, v);
  };
}

/** `RENTANG_TAHAP` as the sheet holds it, with one range changed. */
function stageRangesEdited(d: Driver): void {
  const text = String(values(d, "Pengaturan").find((r) => r[0] === "RENTANG_TAHAP")?.[1] ?? "");
  setSetting(d, "RENTANG_TAHAP", text.replace("0-5", "0-7"));
}

describe("a change no report's outcome depends on is applied from the kept states", () => {
  const cases: Array<[string, (d: Driver) => void]> = [
    ["zone thresholds of days without a report", settings([["HARI_TANPA_LAPORAN_KUNING", 1], ["HARI_TANPA_LAPORAN_MERAH", 2]])],
    ["the stalled-days threshold", settings([["HARI_MACET_KUNING", 1]])],
    ["behind-plan thresholds, with target dates typed into Koperasi", (d) => {
      const rows = koperasiRows();
      for (const r of rows.slice(1)) r[10] = new Date("2026-12-31T00:00:00+08:00");
      paste(d, "Koperasi", rows);
      settings([["TERTINGGAL_KUNING_POIN", 1], ["TERTINGGAL_MERAH_POIN", 2]])(d);
    }],
    ["zone colours", settings([["WARNA_HIJAU", "#00ff00"], ["WARNA_KUNING", "#ffff00"], ["WARNA_MERAH", "#ff0000"], ["WARNA_BELUM_PORTAL", "#cccccc"]])],
    ["zones for portal cooperatives only", settings([["ZONA_HANYA_PORTAL", "Ya"]])],
    ["working days and holidays (Kepatuhan)", settings([["HARI_KERJA", "Senin-Sabtu"], ["HARI_LIBUR", "17/11/2026"]])],
    ["the schedule, ADMIN, feedback emails and archive settings", settings([
      ["JAM_PERBARUI", 7], ["ADMIN", ADMIN], ["KIRIM_UMPAN_BALIK", "Ya"], ["ARSIP_DATASET", "kdkmp_ntb"],
    ])],
    ["a cooperative's name fixed in Koperasi", editCell("Koperasi", 2, 2, "KMP Desa Gerung Baru")],
    ["a cooperative's village, pilot and portal flags in Koperasi", (d) => {
      editCell("Koperasi", 3, 3, "Kuripan Utara")(d);
      editCell("Koperasi", 4, 7, "Ya")(d);
      editCell("Koperasi", 5, 8, "Ya")(d);
    }],
    ["a pendamping's name and phone in Pendamping", (d) => {
      editCell("Pendamping", 2, 2, "Baiq Nurul Hidayati")(d);
      editCell("Pendamping", 3, 7, "081299990000")(d);
    }],
  ];
  it.each(cases)("%s: the rebuild equals a full read with the same change, and so do the submits and rebuilds after it", (_what, change) => {
    const [state, full] = twoDays();
    for (const d of [state, full]) change(d);
    const log = rebuildAt(state, wita("2026-11-18T07:00:00"));
    expect(log).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-18T07:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
    // The submit path works from the new basis: its cooperative's row as a full read gives it (two
    // cooperatives whose form choices no case renames).
    submit([state, full], report("K-04", "2026-11-18", 45), "2026-11-18T09:00:00");
    submit([state, full], report("K-05", "2026-11-18", 16), "2026-11-18T09:30:00");
    expect(rebuildAt(state, wita("2026-11-19T07:00:00"))).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-19T07:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
  });

  it("new zone colours recolour every row on the same day (nothing else changed), and the submit path colours its row with them", () => {
    const [state, full] = twoDays();
    rebuildAt(state, wita("2026-11-17T12:00:00"));
    rebuildAt(full, wita("2026-11-17T12:00:00"), true);
    for (const d of [state, full]) settings([["WARNA_HIJAU", "#00ff00"], ["WARNA_MERAH", "#ff0000"], ["WARNA_KUNING", "#ffff00"]])(d);
    // A report that leaves K-04 as it was coloured (its zone unchanged): the row takes the new colour.
    state.submitForm(report("K-04", "2026-11-17", 45), wita("2026-11-17T12:30:00"));
    const zona = values(state, "Status Koperasi")[0]!.indexOf("Zona");
    const k04 = values(state, "Status Koperasi").findIndex((r) => r[0] === "K-04");
    const zone = String(values(state, "Status Koperasi")[k04]![zona]);
    expect(backgrounds(state, "Status Koperasi")[k04]![zona]).toBe({ HIJAU: "#00ff00", KUNING: "#ffff00", MERAH: "#ff0000" }[zone]);
    full.submitForm(report("K-04", "2026-11-17", 45), wita("2026-11-17T12:30:00"));
    expect(rebuildAt(state, wita("2026-11-17T13:00:00"))).toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-17T13:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
  });

  it("says in the Log which settings were applied, and a submit before any rebuild colours its row with the new settings", () => {
    const [state] = twoDays();
    setSetting(state, "WARNA_MERAH", "#ff0000");
    setSetting(state, "HARI_TANPA_LAPORAN_MERAH", 1);
    setSetting(state, "HARI_TANPA_LAPORAN_KUNING", 1);
    // The submit path (no rebuild yet): K-02's row takes the new threshold and colour at once.
    const logRows = records(state, "Log").length;
    state.submitForm(report("K-02", "2026-11-16", 6), wita("2026-11-18T08:00:00"));
    // The fast path took it: its `Log` line waits in the note (the general path writes a row at once).
    expect(records(state, "Log")).toHaveLength(logRows);
    const k02 = records(state, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-02");
    expect(k02?.Zona).toBe("MERAH");
    const log = rebuildAt(state, wita("2026-11-18T09:00:00"));
    expect(log).toMatch(STATE_LINE);
    expect(log).toMatch(APPLIED);
    expect(log).toMatch(/WARNA_MERAH/);
    expect(log).toMatch(/HARI_TANPA_LAPORAN_MERAH/);
    // Applied once: the next rebuild has nothing new to apply.
    expect(rebuildAt(state, wita("2026-11-18T10:00:00"))).not.toMatch(APPLIED);
  });

  it("the hourly run outside the daily hour applies an output-only change within the hour, reading no report, once", () => {
    const [state, full] = twoDays();
    rebuildAt(state, wita("2026-11-17T12:00:00"));
    rebuildAt(full, wita("2026-11-17T12:00:00"), true);
    state.ledger.reset();
    state.fireTimeTriggers(wita("2026-11-17T13:00:00"));
    const idle = state.ledger.cellsRead;
    expect(records(state, "Log").at(-1)?.Hasil).toBe("Dilewati");
    const change = settings([["HARI_TANPA_LAPORAN_KUNING", 1], ["WARNA_MERAH", "#aa0000"]]);
    change(state);
    change(full);
    state.ledger.reset();
    state.fireTimeTriggers(wita("2026-11-17T14:00:00"));
    const applied = String(records(state, "Log").at(-1)?.Rincian ?? "");
    // From the kept states (the state path reads no report), naming what it applied.
    expect(applied).toMatch(STATE_LINE);
    expect(applied).toMatch(APPLIED);
    expect(applied).toMatch(/HARI_TANPA_LAPORAN_KUNING/);
    // What a rebuild reading every report with the same change leaves, on every output sheet and colour.
    rebuildAt(full, wita("2026-11-17T14:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
    expect(backgrounds(state, "Status Koperasi")).toEqual(backgrounds(full, "Status Koperasi"));
    // Applied once: the next hour has nothing to do again, reading what an idle hour reads.
    state.ledger.reset();
    state.fireTimeTriggers(wita("2026-11-17T15:00:00"));
    expect(records(state, "Log").at(-1)?.Hasil).toBe("Dilewati");
    expect(state.ledger.cellsRead).toBe(idle);
  });

  it("before the daily hour the hourly run leaves an output-only change to the daily run, whose Riwayat rows are the day's snapshot", () => {
    const [state] = twoDays();
    rebuildAt(state, wita("2026-11-17T12:00:00"));
    setSetting(state, "HARI_TANPA_LAPORAN_KUNING", 1);
    state.fireTimeTriggers(wita("2026-11-18T03:00:00"));
    expect(records(state, "Log").at(-1)?.Hasil).toBe("Dilewati");
    state.fireTimeTriggers(wita("2026-11-18T06:10:00"));
    const daily = String(records(state, "Log").at(-1)?.Rincian ?? "");
    expect(daily).toMatch(APPLIED);
    expect(daily).toMatch(/HARI_TANPA_LAPORAN_KUNING/);
  });
});

describe("a change a report's outcome depends on still makes the rebuild read every report", () => {
  const cases: Array<[string, (d: Driver) => void]> = [
    ["ZONA_WAKTU", settings([["ZONA_WAKTU", "Asia/Jakarta"]])],
    ["NAMA_PROVINSI (in a reason text)", settings([["NAMA_PROVINSI", "NTB"]])],
    ["TANGGAL_MULAI_PROGRAM", settings([["TANGGAL_MULAI_PROGRAM", "01/09/2025"]])],
    ["MAKS_UMUR_LAPORAN_HARI", settings([["MAKS_UMUR_LAPORAN_HARI", 8]])],
    ["LONJAKAN_PROGRES_MAKS", settings([["LONJAKAN_PROGRES_MAKS", 40]])],
    ["LUAS_LAHAN_MIN_M2", settings([["LUAS_LAHAN_MIN_M2", 900]])],
    ["JARAK_KOORDINAT_MAKS_KM", settings([["JARAK_KOORDINAT_MAKS_KM", 6]])],
    ["BATAS_WILAYAH", settings([["BATAS_WILAYAH", "-11.0..-7.9; 115.7..125.3"]])],
    ["JENIS_KENDALA", settings([["JENIS_KENDALA", "Cuaca, Bahan bangunan"]])],
    ["RENTANG_TAHAP", stageRangesEdited],
    ["JENDELA_KEPATUHAN_HARI (the digest's per-day tallies)", settings([["JENDELA_KEPATUHAN_HARI", 14]])],
    ["a cooperative's coordinates", editCell("Koperasi", 2, 9, -8.5)],
    ["a cooperative's pendamping", editCell("Koperasi", 3, 6, "P-02")],
    ["a pendamping made inactive", editCell("Pendamping", 3, 6, "Tidak")],
    ["a cooperative added to Koperasi", (d) => paste(d, "Koperasi", [["K-06", "KMP Desa Batukliang", "Batukliang", "Batukliang", "Lombok Tengah", "P-02", "Tidak", "Tidak", "", "", ""]], 7)],
    ["two cooperatives swapped in Koperasi", (d) => {
      const rows = koperasiRows();
      paste(d, "Koperasi", [rows[2]!, rows[1]!], 2);
    }],
  ];
  it.each(cases)("%s, and leaves what a full read with the same change leaves", (_what, change) => {
    const [state, full] = twoDays();
    for (const d of [state, full]) change(d);
    const log = rebuildAt(state, wita("2026-11-18T07:00:00"));
    expect(log).not.toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-18T07:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
    expect(rebuildAt(state, wita("2026-11-19T07:00:00"))).toMatch(STATE_LINE);
  });
});

/** Random values of every output setting that shows in a sheet (a subset changed per run). */
const outputChange = fc.record({
  HARI_TANPA_LAPORAN_KUNING: fc.integer({ min: 1, max: 3 }),
  extraRed: fc.integer({ min: 0, max: 3 }),
  TERTINGGAL_KUNING_POIN: fc.integer({ min: 0, max: 20 }),
  extraBehind: fc.integer({ min: 0, max: 20 }),
  HARI_MACET_KUNING: fc.integer({ min: 1, max: 3 }),
  WARNA_MERAH: fc.constantFrom("#f4c7c3", "#ff0000", "#ea9999"),
  WARNA_HIJAU: fc.constantFrom("#b7e1cd", "#00ff00"),
  ZONA_HANYA_PORTAL: fc.constantFrom("Ya", "Tidak"),
  HARI_KERJA: fc.constantFrom("Senin-Jumat", "Senin-Sabtu", "Senin-Minggu"),
  HARI_LIBUR: fc.constantFrom("", "17/11/2026", "16/11/2026, 18/11/2026"),
}, { requiredKeys: [] });

describe("any change of output settings (fast-check)", () => {
  it("the state path's rebuild equals a full read with the same settings", () => {
    fc.assert(fc.property(outputChange, (c) => {
      const [state, full] = twoDays();
      const pairs: Array<[string, CellValue]> = [];
      for (const [k, v] of Object.entries(c)) if (k !== "extraRed" && k !== "extraBehind") pairs.push([k, v]);
      if (c.HARI_TANPA_LAPORAN_KUNING !== undefined) pairs.push(["HARI_TANPA_LAPORAN_MERAH", c.HARI_TANPA_LAPORAN_KUNING + (c.extraRed ?? 0)]);
      if (c.TERTINGGAL_KUNING_POIN !== undefined) pairs.push(["TERTINGGAL_MERAH_POIN", c.TERTINGGAL_KUNING_POIN + (c.extraBehind ?? 0)]);
      for (const d of [state, full]) settings(pairs)(d);
      expect(rebuildAt(state, wita("2026-11-18T07:00:00"))).toMatch(STATE_LINE);
      rebuildAt(full, wita("2026-11-18T07:00:00"), true);
      expect(outputsOf(state)).toEqual(outputsOf(full));
    }), { numRuns: 6, seed: 13 });
  });
});

describe("a basis stored by an older version", () => {
  it("makes the next rebuild read every report once (equal to a full read), and the one after it works from the states", () => {
    const [state, full] = twoDays();
    const props = state.runtime.properties.document;
    // The stored basis as version 3 wrote it: no `whole`, its `fp` over everything.
    const head = JSON.parse(props.get("kdkmp.basis") ?? "{}") as { fp: string; n: number };
    props.set("kdkmp.basis", JSON.stringify({ fp: head.fp, n: head.n }));
    props.set("kdkmp.basis.0", String(props.get("kdkmp.basis.0")).replace('"v":4', '"v":3'));
    expect(rebuildAt(state, wita("2026-11-18T07:00:00"))).not.toMatch(STATE_LINE);
    rebuildAt(full, wita("2026-11-18T07:00:00"), true);
    expect(outputsOf(state)).toEqual(outputsOf(full));
    expect(rebuildAt(state, wita("2026-11-19T07:00:00"))).toMatch(STATE_LINE);
  });
});
