// National scale, pure core only (one workbook cannot hold it): synthetic registry and response rows,
// then what a full rebuild computes: read the registry and the rows, validate every row, zones, and
// every output table (Validasi rows included). No runtime, no service calls.
import { readKoperasi, readPendamping, buildRegistry } from "../../src/core/registry";
import { readSettings } from "../../src/core/settings/read";
import { defaultSettingRows } from "../../src/core/settings/keys";
import { mapResponseColumns, parseResponseRow } from "../../src/core/reports/parse";
import { validateAll } from "../../src/core/validation/validate";
import { latestReportOf } from "../../src/core/validation/state";
import { coopStatuses } from "../../src/core/zones/statuses";
import { statusTable } from "../../src/core/summaries/status";
import { ringkasanTable } from "../../src/core/summaries/ringkasan";
import { kepatuhanTable } from "../../src/core/summaries/kepatuhan";
import { tindakLanjutSections } from "../../src/core/summaries/tindakLanjut";
import { percontohanTable } from "../../src/core/summaries/percontohan";
import { riwayatRows } from "../../src/core/summaries/riwayat";
import { validasiRow } from "../../src/core/summaries/validasi";
import { localDayOf } from "../../src/core/time/timeZone";
import { HEADERS, LAND_LABELS, STAGE_LABELS } from "../../src/core/text/sheets";
import { QUESTIONS } from "../../src/core/text/form";
import type { CellValue, LatestReport, Report } from "../../src/core/model";
import { emit, median, peakMb, timed } from "./measure";
import { seededRandom } from "../../runtime/calls";

const DAY = 86_400_000;
const STAGES = Object.values(STAGE_LABELS);


export interface NationalSize {
  koperasi: number;
  pendamping: number;
  reports: number;
}

function synthesize(n: NationalSize, end: number) {
  const random = seededRandom(42);
  const regencies = 514;
  const koperasiRows: CellValue[][] = [[...HEADERS.koperasi]];
  for (let i = 0; i < n.koperasi; i++) {
    const reg = `Kabupaten ${i % regencies}`;
    koperasiRows.push([`K-${i}`, `Koperasi Merah Putih Desa ${i}`, `Desa ${i}`, `Kecamatan ${i % 7000}`, reg,
      `P-${i % n.pendamping}`, i % 20 === 0 ? "Ya" : "Tidak", i % 3 === 0 ? "Ya" : "Tidak", -8 + random(), 116 + random(),
      new Date(end + 200 * DAY)]);
  }
  const pendampingRows: CellValue[][] = [[...HEADERS.pendamping]];
  for (let i = 0; i < n.pendamping; i++) {
    pendampingRows.push([`P-${i}`, `Pendamping ${i}`, `p${i}@example.id`, "Koperasi", `Kabupaten ${i % regencies}`, "Ya", "0812"]);
  }
  const header: CellValue[] = ["Timestamp", QUESTIONS.pendamping, QUESTIONS.regency, `${QUESTIONS.koperasiPrefix}Kabupaten/Kota)`,
    QUESTIONS.visitDate, QUESTIONS.landStatus, QUESTIONS.landArea, QUESTIONS.progress, QUESTIONS.stage, QUESTIONS.obstacles,
    QUESTIONS.photo, QUESTIONS.coordinates];
  const rows: CellValue[][] = [header];
  const days = Math.ceil(n.reports / (n.pendamping * 4));
  const start = end - days * DAY;
  // Answers are the form's choices, so the same few strings repeat (as in a real sheet's strings).
  const pendampingAnswers = Array.from({ length: n.pendamping }, (_, p) => `P-${p} — Pendamping ${p}`);
  const koperasiAnswers = Array.from({ length: n.koperasi }, (_, k) => `K-${k} — Koperasi Merah Putih Desa ${k} (Desa ${k})`);
  const regencyAnswers = Array.from({ length: regencies }, (_, r) => `Kabupaten ${r}`);
  for (let i = 0; i < n.reports; i++) {
    const at = start + Math.floor((i / n.reports) * days * DAY);
    const k = Math.floor(random() * n.koperasi);
    const progress = Math.min(100, Math.floor((at - start) / DAY / 2) + (k % 30));
    rows.push([new Date(at), pendampingAnswers[k % n.pendamping]!, regencyAnswers[k % regencies]!, koperasiAnswers[k]!,
      new Date(at - (at % DAY)), LAND_LABELS.SIAP, "", progress, STAGES[Math.min(6, Math.floor(progress / 17))]!, "", "", ""]);
  }
  return { koperasiRows, pendampingRows, rows };
}

export function coreCases(size: string, n: NationalSize, runs: number): void {
  const end = Date.parse("2026-11-20T12:00:00+08:00");
  const data = synthesize(n, end);
  const settingsResult = readSettings(defaultSettingRows());
  if (!settingsResult.ok) throw new Error("default settings do not parse");
  const settings = { ...settingsResult.settings, programStart: localDayOf(end - 400 * DAY, "Asia/Makassar"), regionBox: null };
  const today = localDayOf(end, settings.timeZone);
  const phases: Record<string, number[]> = { read: [], validate: [], zones: [], tables: [] };
  // Each run starts from a collected heap (child runs with --expose-gc): the peak is one rebuild's.
  const collect = () => (globalThis as { gc?: () => void }).gc?.();
  const all = timed(runs, () => {
    let t = performance.now();
    const registry = buildRegistry(readKoperasi(data.koperasiRows, settings).items, readPendamping(data.pendampingRows, settings).items);
    const { columns } = mapResponseColumns(data.rows[0]!);
    const reports = new Array<Report>(data.rows.length - 1);
    for (let i = 1; i < data.rows.length; i++) reports[i - 1] = parseResponseRow(data.rows[i]!, i + 1, columns, settings);
    phases.read!.push(performance.now() - t);
    t = performance.now();
    const { results, states } = validateAll(reports, registry, settings);
    phases.validate!.push(performance.now() - t);
    t = performance.now();
    const latest = new Map<string, LatestReport>();
    for (const [id, s] of states) {
      const l = latestReportOf(s);
      if (l) latest.set(id, l);
    }
    const statuses = coopStatuses(registry, latest, today, settings);
    phases.zones!.push(performance.now() - t);
    t = performance.now();
    for (const r of results) validasiRow(r, end, settings);
    statusTable(statuses, settings, today);
    ringkasanTable(statuses, results, settings, today, end);
    kepatuhanTable(registry, results, settings, today);
    tindakLanjutSections(statuses, results, registry, settings, today);
    percontohanTable(statuses, settings, today);
    riwayatRows(statuses, today, settings);
    phases.tables!.push(performance.now() - t);
  }, collect);
  const split = Object.entries(phases).map(([k, v]) => `${k} ${(median(v) / 1000).toFixed(1)} s`).join(", ");
  emit({ size, case: "full rebuild (core)", runs, medianMs: median(all), peakMb: peakMb(), calls: null, cellsRead: null, cellsWritten: null,
    note: `${n.koperasi} koperasi, ${n.pendamping} pendamping, ${n.reports} reports; ${split}` });
}
