// ringkasan.html: a self-contained page (inline CSS and SVG, nothing external) with the `Ringkasan` table,
// the TOTAL row, the `Diperbarui:` line, a stacked zone bar per kabupaten/kota and the Tindak Lanjut counts.
import type { CellValue, Zone } from "../../src/core/model";
import { funnelSentence, type FunnelFacts } from "../../src/core/text/summaries";
import { idNumber, orderedStatuses } from "./report";
import type { RingkasanRead, TindakLanjutCounts } from "./sheets";

export interface HtmlInput {
  title: string;
  subtitle: string;
  ringkasan: RingkasanRead | null;
  colours: Record<Zone, string>;
  tindakLanjut: TindakLanjutCounts | null;
  validasi: Record<string, number>;
  /** Messages to show above the table (e.g. what an --input workbook lacked). */
  notes: string[];
}

export function escapeHtml(v: unknown): string {
  return String(v ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ZONES: Array<[Zone, string, string]> = [["HIJAU", "Hijau", "Hijau"], ["KUNING", "Kuning", "Kuning"], ["MERAH", "Merah", "Merah"]];

function cell(v: CellValue, header: string): string {
  if (v instanceof Date) return escapeHtml(v.toISOString().slice(0, 10));
  return escapeHtml(idNumber(v, /Progres/.test(header) ? 1 : 0));
}

function table(r: RingkasanRead): string {
  const head = r.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = r.rows.map((row) => {
    const cls = row === r.total ? ' class="total"' : "";
    return `<tr${cls}>${r.headers.map((h, i) => `<td${i === 0 ? "" : ' class="n"'}>${cell(row[i] ?? "", h)}</td>`).join("")}</tr>`;
  }).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** One horizontal stacked bar per kabupaten/kota: share of HIJAU, KUNING, MERAH among its cooperatives. */
function chart(r: RingkasanRead, colours: Record<Zone, string>): string {
  const col = (h: string): number => r.headers.indexOf(h);
  const [iName, iH, iK, iM] = [col("Kabupaten/Kota"), col("Hijau"), col("Kuning"), col("Merah")];
  if (iName < 0 || iH < 0 || iK < 0 || iM < 0) return "";
  const rows = r.rows.filter((row) => row !== r.total);
  const labelW = 170, barW = 520, rowH = 26, top = 30;
  const height = top + rows.length * rowH + 10;
  const num = (v: CellValue | undefined): number => (typeof v === "number" && v > 0 ? v : 0);
  const legend = ZONES.map(([z, label], i) =>
    `<rect x="${labelW + i * 110}" y="6" width="14" height="14" fill="${escapeHtml(colours[z])}" stroke="#999"/>` +
    `<text x="${labelW + i * 110 + 20}" y="18">${escapeHtml(label)}</text>`).join("") +
    `<text x="${labelW + barW + 8}" y="18" fill="#5f6368">hijau / kuning / merah</text>`;
  const bars = rows.map((row, i) => {
    const counts = [num(row[iH]), num(row[iK]), num(row[iM])];
    const sum = counts.reduce((a, b) => a + b, 0);
    const y = top + i * rowH;
    let x = labelW;
    const parts = counts.map((n, z) => {
      const w = sum === 0 ? 0 : (n / sum) * barW;
      const zone = ZONES[z]!;
      const rect = w <= 0 ? "" : `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" ` +
        `fill="${escapeHtml(colours[zone[0]])}"><title>${escapeHtml(`${row[iName]}: ${zone[1]} ${n}`)}</title></rect>` +
        (w >= 28 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle">${escapeHtml(idNumber(n))}</text>` : "");
      x += w;
      return rect;
    }).join("");
    const tally = `${idNumber(counts[0]!)} / ${idNumber(counts[1]!)} / ${idNumber(counts[2]!)}`;
    return `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(row[iName])}</text>${parts}` +
      `<text x="${labelW + barW + 8}" y="${y + 15}" fill="#5f6368">${escapeHtml(tally)}</text>`;
  }).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Zona koperasi per kabupaten/kota" ` +
    `width="${labelW + barW + 130}" height="${height}" font-family="sans-serif" font-size="12">${legend}\n${bars}</svg>`;
}

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#202124}
h1{font-size:22px;margin:0 0 4px}.funnel{font-size:16px;font-weight:600;margin:8px 0 16px}h2{font-size:17px;margin:28px 0 8px}.sub{color:#5f6368;margin:0 0 16px}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #dadce0;padding:4px 8px}
th{background:#f1f3f4;text-align:left}td.n{text-align:right}tr.total td{font-weight:bold;background:#f8f9fa}
.note{background:#fef7e0;border:1px solid #f9ab00;padding:8px 12px;margin:8px 0;white-space:pre-wrap}
ul.counts{padding-left:18px}.chip{display:inline-block;width:12px;height:12px;border:1px solid #999;margin-right:6px;vertical-align:-1px}`;

/** The funnel sentence leadership quotes (SPEC section 8), from the TOTAL row as the sheet holds it. */
function funnel(r: RingkasanRead | null): string {
  const t = r?.total;
  if (!r || !t) return "";
  const n = (h: string): number | null => { const i = r.headers.indexOf(h); return i >= 0 && typeof t[i] === "number" ? (t[i] as number) : null; };
  const f = { legal: n("Jumlah Koperasi"), inPortal: n("Masuk Portal"), started: n("Mulai Dibangun"), finished: n("Selesai"),
    operating: n("Beroperasi"), blocked: n("Terkendala") };
  if (Object.values(f).some((v) => v === null)) return "";
  return `<p class="funnel">${escapeHtml(funnelSentence(f as FunnelFacts))}</p>`;
}

export function ringkasanHtml(input: HtmlInput): string {
  const { ringkasan: r, colours, tindakLanjut: tl } = input;
  const notes = input.notes.map((n) => `<div class="note">${escapeHtml(n)}</div>`).join("\n");
  const main = r === null || r.rows.length === 0
    ? `<p class="note">Lembar Ringkasan belum berisi data.</p>`
    : `${table(r)}\n<p>${escapeHtml(r.updatedLine ?? "Diperbarui: (tidak tercatat)")}</p>\n` +
      `<h2>Zona koperasi per kabupaten/kota</h2>\n${chart(r, colours)}`;
  const chip = (z: Zone): string => `<span class="chip" style="background:${escapeHtml(colours[z])}"></span>`;
  const follow = tl === null ? "<p>Lembar Tindak Lanjut tidak ada.</p>" : `<ul class="counts">
<li>${chip("MERAH")}Koperasi zona MERAH: ${escapeHtml(idNumber(tl.MERAH))}</li>
<li>${chip("KUNING")}Koperasi zona KUNING: ${escapeHtml(idNumber(tl.KUNING))}</li>
<li>Laporan 7 hari terakhir dengan status Peringatan: ${escapeHtml(idNumber(tl.peringatan))}</li></ul>`;
  const validasi = orderedStatuses(input.validasi).map(([k, n]) => `${escapeHtml(k)} ${escapeHtml(idNumber(n))}`).join(" · ");
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(input.title)}</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(input.title)}</h1><p class="sub">${escapeHtml(input.subtitle)}</p>
${funnel(r)}
${notes}
<h2>Ringkasan per kabupaten/kota</h2>
${main}
<h2>Tindak lanjut</h2>
${follow}
<h2>Validasi laporan</h2>
<p>${validasi || "Belum ada laporan yang divalidasi."}</p>
</body></html>
`;
}
