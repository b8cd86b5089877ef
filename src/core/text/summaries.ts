// Catalogue: texts of the summary sheets that are not column headers, and the WhatsApp summary.
import { formatDay } from "../time/localDay";
import type { LocalDay } from "../model";
import { formatNumberId, formatPercentId } from "./numbers";

/** Header of the zone-per-kabupaten/kota chart data on `Ringkasan`. */
export const CHART_ZONE_HEADERS = ["Kabupaten/Kota", "Hijau", "Kuning", "Merah"] as const;
export const CHART_ZONE_TITLE = "Zona per Kabupaten/Kota";
export const CHART_TREND_TITLE = "Tren Zona (Riwayat)";

/** Section titles on `Tindak Lanjut`. */
export const TINDAK_LANJUT_TITLES = {
  coops: "Koperasi zona MERAH dan KUNING",
  warnings: "Laporan 7 hari terakhir dengan status Peringatan",
  noCoops: "Tidak ada koperasi di zona MERAH atau KUNING.",
  noWarnings: "Tidak ada laporan berstatus Peringatan dalam 7 hari terakhir.",
} as const;

/** Shown where a cooperative's kabupaten/kota is blank. */
export const NO_REGENCY = "(tanpa kabupaten/kota)";

/** The programme funnel as leadership quotes it (SPEC section 8). */
const n0 = (n: number): string => formatNumberId(n, 0);

export interface FunnelFacts {
  legal: number;
  inPortal: number;
  started: number;
  finished: number;
  operating: number;
  blocked: number;
}

/** `1.166 koperasi berbadan hukum, 454 masuk portal, 249 mulai dibangun, 70 selesai, 12 beroperasi; 176 terkendala.` */
export function funnelSentence(f: FunnelFacts): string {
  return `${n0(f.legal)} koperasi berbadan hukum, ${n0(f.inPortal)} masuk portal, ${n0(f.started)} mulai dibangun, ` +
    `${n0(f.finished)} selesai, ${n0(f.operating)} beroperasi; ${n0(f.blocked)} terkendala.`;
}

export interface WhatsappFacts {
  province: string;
  today: LocalDay;
  updated: string;
  funnel: FunnelFacts;
  /** ZONA_HANYA_PORTAL = Ya: zones are about the sites in the portal; `notInPortal` are outside it. */
  portalOnly: boolean;
  notInPortal: number;
  total: number;
  hijau: number;
  kuning: number;
  merah: number;
  reportedRecently: number;
  worst: { regency: string; merah: number; coops: number } | null;
  followUp: number;
  /** Name of the `Tindak Lanjut` sheet (it can be renamed in the settings). */
  followUpSheet: string;
  /** Staff follow-up entries on that sheet still `Terbuka`, and those past their `Batas Waktu`. */
  entries?: { open: number; overdue: number };
}

/** The short summary to paste into WhatsApp (`*bold*` is WhatsApp's own markup); the funnel comes first. */
export function whatsappSummary(f: WhatsappFacts): string {
  const zoned = f.hijau + f.kuning + f.merah;
  const lines = [
    `*Pantau KDKMP ${f.province}*`,
    `Kondisi ${formatDay(f.today)} (diperbarui ${f.updated})`,
    "",
    funnelSentence(f.funnel),
    "",
    f.portalOnly ? `Zona lokasi pembangunan (masuk portal): ${n0(zoned)} koperasi` : `Jumlah koperasi: ${n0(f.total)}`,
    `🟢 Hijau: ${n0(f.hijau)} (${formatPercentId(f.hijau, zoned)})`,
    `🟡 Kuning: ${n0(f.kuning)} (${formatPercentId(f.kuning, zoned)})`,
    `🔴 Merah: ${n0(f.merah)} (${formatPercentId(f.merah, zoned)})`,
    ...(f.portalOnly ? [`⚪ Belum portal: ${n0(f.notInPortal)} koperasi (tanpa zona)`] : []),
    "",
    `Melapor 7 hari terakhir: ${n0(f.reportedRecently)} dari ${n0(f.total)} koperasi ` +
      `(${formatPercentId(f.reportedRecently, f.total)})`,
    f.worst
      ? `Zona merah terbanyak: ${f.worst.regency}, ${n0(f.worst.merah)} dari ${n0(f.worst.coops)} koperasi ` +
        `(${formatPercentId(f.worst.merah, f.worst.coops)})`
      : "Tidak ada koperasi di zona merah.",
    `Perlu tindak lanjut (merah + kuning): ${n0(f.followUp)} koperasi`,
    ...(f.entries ? [`Tindak lanjut staf terbuka: ${n0(f.entries.open)}, lewat batas waktu: ${n0(f.entries.overdue)}`] : []),
    "",
    `Rincian: lembar ${f.followUpSheet}.`,
  ];
  return lines.join("\n");
}
