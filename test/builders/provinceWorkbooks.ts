// Generated province workbooks for the national roll-up: each with a `Ringkasan` as the province add-on
// writes it (table, update line, chart data to the right) and several days of `Riwayat`, put into one
// runtime under its own id. Figures are seeded, so expected values can be computed from the same data.
import type { Runtime } from "../../runtime/globals";
import type { CellValue } from "../../src/core/model";
import { seededRandom } from "../../runtime/calls";

export const PROVINCES = [
  "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan", "Bengkulu", "Lampung",
  "Kepulauan Bangka Belitung", "Kepulauan Riau", "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta",
  "Jawa Timur", "Banten", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat",
  "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
  "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat", "Maluku",
  "Maluku Utara", "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
] as const;

/** The province add-on's `Ringkasan` columns today, and with issue 14's funnel columns after `Masuk Portal`. */
export const RINGKASAN_OLD = [
  "Kabupaten/Kota", "Jumlah Koperasi", "Sudah Melapor", "Melapor 7 Hari Terakhir", "Hijau", "Kuning", "Merah",
  "Rata-rata Progres (%)", "Selesai", "Lahan Siap", "Masuk Portal",
];
export const RINGKASAN_FUNNEL = [...RINGKASAN_OLD, "Mulai Dibangun", "Beroperasi", "Terkendala"];

export interface RegencyRow {
  regency: string;
  coops: number; reported: number; recent: number; green: number; yellow: number; red: number;
  progress: number | ""; finished: number; landReady: number; inPortal: number;
  started: number; operating: number; constrained: number;
}

export interface ProvinceFixture {
  id: string;
  name: string;
  funnel: boolean;
  regencies: RegencyRow[];
  /** Riwayat days (WITA midnights), oldest first; the last is the latest. */
  days: Date[];
  /** Riwayat rows: [Tanggal, Kabupaten/Kota, Hijau, Kuning, Merah, Rata-rata Progres (%)]. */
  riwayat: CellValue[][];
}

const WITA_MIDNIGHT = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 8 * 3_600_000);

/** A province with 4..14 kabupaten/kota, seeded by its index; `funnel` = has the three funnel columns. */
export function aProvince(index: number, over: Partial<Pick<ProvinceFixture, "id" | "funnel">> = {}): ProvinceFixture {
  const rnd = seededRandom(1000 + index);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const name = PROVINCES[index]!;
  const regencies: RegencyRow[] = Array.from({ length: int(4, 14) }, (_, r) => {
    const coops = int(20, 400);
    const reported = int(0, coops);
    const green = int(0, coops);
    const yellow = int(0, coops - green);
    const inPortal = int(0, coops);
    const started = int(0, inPortal);
    return {
      regency: `Kab. ${name} ${r + 1}`, coops, reported, recent: int(0, reported), green, yellow, red: coops - green - yellow,
      progress: reported > 0 ? Math.round(rnd() * 1000) / 10 : "", finished: int(0, started), landReady: int(0, coops),
      inPortal, started, operating: int(0, 3), constrained: int(0, inPortal),
    };
  });
  const days = [WITA_MIDNIGHT(2026, 11, 18), WITA_MIDNIGHT(2026, 11, 19), WITA_MIDNIGHT(2026, 11, 20)];
  const riwayat: CellValue[][] = [];
  days.forEach((day, d) => {
    for (const r of regencies) {
      const shift = d === days.length - 1 ? 0 : int(0, Math.min(r.green, 5));
      riwayat.push([day, r.regency, r.green - shift, r.yellow + shift, r.red, r.progress]);
    }
  });
  return { id: over.id ?? `1Prov${String(index + 11).padStart(2, "0")}KDKMP`, name, funnel: over.funnel ?? index % 4 !== 3, regencies, days, riwayat };
}

function ringkasanRow(r: RegencyRow, funnel: boolean): CellValue[] {
  const base: CellValue[] = [r.regency, r.coops, r.reported, r.recent, r.green, r.yellow, r.red, r.progress, r.finished, r.landReady, r.inPortal];
  return funnel ? [...base, r.started, r.operating, r.constrained] : base;
}

/** The province's TOTAL row as the province add-on computes it (mean progress over cooperatives that have one). */
export function totalRow(p: ProvinceFixture): RegencyRow {
  const sum = (k: keyof RegencyRow) => p.regencies.reduce((s, r) => s + (r[k] as number), 0);
  const weight = p.regencies.reduce((s, r) => s + (r.progress === "" ? 0 : r.reported), 0);
  const progressSum = p.regencies.reduce((s, r) => s + (r.progress === "" ? 0 : r.progress * r.reported), 0);
  return {
    regency: "TOTAL", coops: sum("coops"), reported: sum("reported"), recent: sum("recent"), green: sum("green"),
    yellow: sum("yellow"), red: sum("red"), progress: weight > 0 ? Math.round((progressSum / weight) * 10) / 10 : "",
    finished: sum("finished"), landReady: sum("landReady"), inPortal: sum("inPortal"), started: sum("started"),
    operating: sum("operating"), constrained: sum("constrained"),
  };
}

/** The `Ringkasan` grid: table, TOTAL, a blank row, the update line, and chart data two columns to the right. */
export function ringkasanGrid(p: ProvinceFixture): CellValue[][] {
  const header = p.funnel ? RINGKASAN_FUNNEL : RINGKASAN_OLD;
  const table = [header, ...p.regencies.map((r) => ringkasanRow(r, p.funnel)), ringkasanRow(totalRow(p), p.funnel)];
  const grid: CellValue[][] = table.map((l) => [...l]);
  grid.push([], ["Diperbarui: 20/11/2026 06:00"]);
  const chartCol = header.length + 1; // one blank column, then Kabupaten/Kota, Hijau, Kuning, Merah
  const chart = [["Kabupaten/Kota", "Hijau", "Kuning", "Merah"], ...p.regencies.map((r) => [r.regency, r.green, r.yellow, r.red])];
  chart.forEach((line, i) => {
    const row = grid[i] ?? (grid[i] = []);
    while (row.length < chartCol) row.push("");
    row.push(...line);
  });
  return grid;
}

export function putSheet(ss: { __insertSheetRaw(name: string): { __setRaw(r: number, c: number, v: CellValue): unknown } }, name: string, grid: CellValue[][]): void {
  const sheet = ss.__insertSheetRaw(name);
  grid.forEach((line, r) => line.forEach((v, c) => {
    if (v !== "") sheet.__setRaw(r + 1, c + 1, v);
  }));
}

/** Puts the province workbook into the runtime (owned by `owner`, shared with `sharedWith`). */
export function addProvince(rt: Runtime, p: ProvinceFixture, access: { owner?: string; sharedWith?: string[] } = {}): void {
  const ss = rt.addSpreadsheet({ id: p.id, name: `Pantau KDKMP ${p.name}`, timeZone: "Asia/Makassar", ...access });
  putSheet(ss, "Ringkasan", ringkasanGrid(p));
  putSheet(ss, "Riwayat", [["Tanggal", "Kabupaten/Kota", "Hijau", "Kuning", "Merah", "Rata-rata Progres (%)"], ...p.riwayat]);
}
