// A small hand-computed workbook for summary tests: 6 cooperatives in 2 kabupaten/kota, 13 responses.
// Funnel: K1 building in the portal with obstacles (Terkendala), K4 finished and operating, K2/K5/K6 building outside it.
// TODAY is Friday 20/11/2026; Monday 16/11 is a holiday; the compliance window is 10 days (11/11 .. 20/11).
import type { LatestReport, ValidationResult } from "../../src/core/model";
import { coopStatuses } from "../../src/core/zones/statuses";
import { aKoperasi, aLatest, aPendamping, aRegistry, aResult, aWarning, summarySettings, TODAY } from "./summaries";

export const T = TODAY;

export const settings = summarySettings({ holidays: [T - 4], complianceWindowDays: 10 });

export const registry = aRegistry(
  [
    aKoperasi({ id: "K1", name: "KDKMP Aikmel", village: "Aikmel", regency: "Lombok Timur", pendampingId: "P01", pilot: true, inPortal: true }),
    aKoperasi({ id: "K2", name: "KDKMP Sakra", village: "Sakra", regency: "Lombok Timur", pendampingId: "P01", pilot: true }),
    aKoperasi({ id: "K3", name: "=HYPERLINK(\"x\")", village: "Selong", regency: "Lombok Timur", pendampingId: "P01", inPortal: true }),
    aKoperasi({ id: "K4", name: "KDKMP Ampenan", village: "Ampenan", regency: "Kota Mataram", pendampingId: "P02", pilot: true, inPortal: true }),
    aKoperasi({ id: "K5", name: "KDKMP Cakranegara", village: "Cakranegara", regency: "Kota Mataram", pendampingId: "P02" }),
    aKoperasi({ id: "K6", name: "KDKMP Mataram", village: "Mataram", regency: "Kota Mataram", pendampingId: "P02", pilot: true }),
  ],
  [
    aPendamping({ id: "P01", name: "Baiq Nurul", regency: "Lombok Timur" }),
    aPendamping({ id: "P02", name: "Made Wirawan", regency: "Kota Mataram" }),
    aPendamping({ id: "P03", name: "Tidak Aktif", regency: "Kota Mataram", active: false }),
    aPendamping({ id: "P04", name: "Lalu Ahmad", regency: "Lombok Timur" }),
  ],
);

const r = (row: number, koperasiId: string, pendampingId: string, visitDay: number, status: ValidationResult["status"],
  findings = status === "Peringatan" ? [aWarning()] : []) => aResult({ row, koperasiId, pendampingId, visitDay, status, findings });

export const results: ValidationResult[] = [
  r(2, "K2", "P01", T - 9, "Valid"), // Wed 11/11
  r(3, "K1", "P01", T - 3, "Valid"), // Tue 17/11
  r(4, "K1", "P01", T - 1, "Peringatan"), // Thu 19/11
  r(5, "K4", "P02", T - 5, "Valid"), // Sun 15/11: weekend
  r(6, "K5", "P02", T - 4, "Valid"), // Mon 16/11: holiday
  r(7, "K6", "P02", T, "Peringatan", [aWarning("PROGRESS_WITHOUT_LAND", { progress: 20, landStatus: "BERMASALAH" })]),
  r(8, "K3", "P01", T, "Ditolak"),
  r(9, "K6", "P02", T, "Duplikat"),
  r(10, "K1", "P01", T - 2, "Dikoreksi"),
  r(11, "K4", "P02", T - 40, "Valid"), // outside the window, counted all-time
  r(12, "K5", "P02", T - 10, "Peringatan"), // older than 7 days and outside the window
  r(13, "KX", "P01", T, "Ditolak"), // unknown cooperative
  r(14, "K1", "P03", T, "Ditolak"), // inactive pendamping
];

export const latestById = new Map<string, LatestReport>([
  ["K1", aLatest({ row: 4, visitDay: T - 1, progress: 40, landStatus: "SIAP", stage: "STRUKTUR", progressSinceDay: T - 1,
    obstacles: ["Material", "Cuaca"], photoUrl: "https://drive.google.com/k1" })],
  ["K2", aLatest({ row: 2, visitDay: T - 9, progress: 10, landStatus: "PROSES", stage: "PERSIAPAN", progressSinceDay: T - 9 })],
  ["K4", aLatest({ row: 5, visitDay: T - 5, progress: 100, landStatus: "SIAP", stage: "SELESAI", progressSinceDay: T - 40, outletOpen: true })],
  ["K5", aLatest({ row: 6, visitDay: T - 4, progress: 31, landStatus: "SIAP", stage: "PONDASI", progressSinceDay: T - 4 })],
  ["K6", aLatest({ row: 7, visitDay: T, progress: 20, landStatus: "BERMASALAH", stage: "PONDASI", progressSinceDay: T })],
]);

export const statuses = coopStatuses(registry, latestById, T, settings);
