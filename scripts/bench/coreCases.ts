// National scale, pure core only (one workbook cannot hold it): synthetic registry and response rows,
// then what a full rebuild computes: read the registry and the rows, validate every row, zones, and
// every output table (Validasi rows included); what one form submit computes from a cooperative's
// state; a catch-up of 1,000 new rows (every row validated again, `Validasi` and `Status Koperasi`);
// and loading the bundle. No runtime, no service calls.
import { readKoperasi, readPendamping, buildRegistry } from "../../src/core/registry";
import { readSettings } from "../../src/core/settings/read";
import { defaultSettingRows } from "../../src/core/settings/keys";
import { mapResponseColumns, parseResponseRow } from "../../src/core/reports/parse";
import { validateAll, validateReport } from "../../src/core/validation/validate";
import { latestReportOf } from "../../src/core/validation/state";
import { coopStatus, coopStatuses } from "../../src/core/zones/statuses";
import { statusRow, statusTable } from "../../src/core/summaries/status";
import { ringkasanTable } from "../../src/core/summaries/ringkasan";
import { kepatuhanTable } from "../../src/core/summaries/kepatuhan";
import { tindakLanjutSections } from "../../src/core/summaries/tindakLanjut";
import { percontohanTable } from "../../src/core/summaries/percontohan";
import { riwayatRows } from "../../src/core/summaries/riwayat";
import { validasiRow } from "../../src/core/summaries/validasi";
import { localDayOf } from "../../src/core/time/timeZone";
import { HEADERS, LAND_LABELS, STAGE_LABELS } from "../../src/core/text/sheets";
import { QUESTIONS } from "../../src/core/text/form";
import type { CellValue, LatestReport, LocalDay, Registry, Report } from "../../src/core/model";
import type { Settings } from "../../src/core/settings/types";
import { emit, median, peakMb, timed } from "./measure";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
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
  const none = { calls: null, cellsRead: null, cellsWritten: null };
  emit({ size, case: "full rebuild (core)", runs, medianMs: median(all), peakMb: peakMb(), ...none,
    note: `${n.koperasi} koperasi, ${n.pendamping} pendamping, ${n.reports} reports; ${split}` });

  const { columns } = mapResponseColumns(data.rows[0]!);
  const registry = buildRegistry(readKoperasi(data.koperasiRows, settings).items, readPendamping(data.pendampingRows, settings).items);
  const submitAt = end + 3_600_000;
  collect();
  submitCase(size, data.rows, registry, settings, today, submitAt);

  // Catch-up: 1,000 rows no trigger validated; every row is validated again (as the add-on does).
  collect();
  const grown = data.rows.concat(data.rows.slice(-1000).map((row, i) => later(row, submitAt + i * 1000)));
  const catchUp = timed(runs, () => {
    const reports = new Array<Report>(grown.length - 1);
    for (let i = 1; i < grown.length; i++) reports[i - 1] = parseResponseRow(grown[i]!, i + 1, columns, settings);
    const run = validateAll(reports, registry, settings);
    const latest = new Map<string, LatestReport>();
    for (const [id, st] of run.states) {
      const l = latestReportOf(st);
      if (l) latest.set(id, l);
    }
    const statuses = coopStatuses(registry, latest, today, settings);
    for (const r of run.results) validasiRow(r, submitAt, settings);
    statusTable(statuses, settings, today);
  }, collect);
  emit({ size, case: "catch up 1,000 rows (core)", runs, medianMs: median(catchUp), peakMb: peakMb(), ...none,
    note: "validates all rows again, then Validasi and Status Koperasi" });

  // The bundle does not depend on the size: compiled and run in a fresh context, as Apps Script does per execution.
  const code = readFileSync(join(process.cwd(), "dist/Code.js"), "utf8");
  const load = timed(5, () => new vm.Script(code).runInContext(vm.createContext({})));
  emit({ size, case: "load the bundle", runs: 5, medianMs: median(load), peakMb: peakMb(), calls: 0, cellsRead: 0, cellsWritten: 0 });
}

/** One form submit: one report validated from its cooperative's state, its status and `Validasi` rows (own scope: the states are freed after). */
function submitCase(size: string, rows: CellValue[][], registry: Registry, settings: Settings, today: LocalDay, submitAt: number): void {
  const { columns } = mapResponseColumns(rows[0]!);
  const { states } = validateAll(rows.slice(1).map((row, i) => parseResponseRow(row, i + 2, columns, settings)), registry, settings);
  const random = seededRandom(7);
  const submits = timed(201, () => {
    const source = rows[1 + Math.floor(random() * (rows.length - 1))]!;
    const report = parseResponseRow(later(source, submitAt), rows.length + 1, columns, settings);
    const step = validateReport(report, { registry, settings, state: states.get(report.koperasiId) });
    const koperasi = registry.koperasiById.get(report.koperasiId);
    if (koperasi) statusRow(coopStatus(koperasi, latestReportOf(step.state ?? states.get(koperasi.id) ?? null), today, settings), settings, today);
    validasiRow(step.result, submitAt, settings);
  });
  emit({ size, case: "one form submit (core)", runs: 201, medianMs: median(submits), peakMb: peakMb(), calls: null, cellsRead: null, cellsWritten: null,
    note: "one report from its cooperative's state: validation, zone, its Status Koperasi and Validasi rows" });
}

function later(row: CellValue[], at: number): CellValue[] {
  const copy = row.slice();
  copy[0] = new Date(at);
  copy[4] = new Date(at - (at % DAY));
  return copy;
}
