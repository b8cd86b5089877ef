// Catalogue: the daily feedback email to pendamping (KIRIM_UMPAN_BALIK) and its `Log` lines.
import type { ValidationStatus } from "../model";

export interface FeedbackItem {
  row: number;
  visit: string;
  koperasi: string;
  status: ValidationStatus;
  reasons: string;
}

const RESEND = "kirim ulang laporan lewat formulir dengan Tanggal Kunjungan yang sama; laporan baru menggantikan yang lama.";
const FIX: Partial<Record<ValidationStatus, string>> = {
  Ditolak: `Tidak dihitung. Perbaiki isian di atas, lalu ${RESEND}`,
  Peringatan: `Tetap dihitung. Bila ada isian yang keliru, ${RESEND}`,
};

export const FEEDBACK_TEXT = {
  subject: (day: string, n: number) => `Pantau KDKMP: ${n} laporan tanggal ${day} perlu diperiksa`,
  body: (name: string, day: string, items: readonly FeedbackItem[], formUrl: string | null, province: string): string => {
    const lines = [
      `Yth. ${name},`,
      "",
      `Berikut laporan harian yang Anda kirim pada ${day} dan berstatus Ditolak atau Peringatan.`,
      "",
    ];
    items.forEach((it, i) => {
      lines.push(`${i + 1}. Koperasi ${it.koperasi}, kunjungan ${it.visit || "(tanggal tidak terbaca)"} (baris ${it.row} lembar Validasi): ${it.status}`);
      lines.push(`   Alasan: ${it.reasons || "-"}`);
      lines.push(`   Cara memperbaiki: ${FIX[it.status] ?? ""}`);
      lines.push("");
    });
    if (formUrl) lines.push(`Formulir laporan: ${formUrl}`, "");
    lines.push("Email ini dikirim otomatis oleh Pantau KDKMP; tidak perlu dibalas.", `Dinas Koperasi dan UKM ${province}`);
    return lines.join("\n");
  },
  sent: (n: number, day: string) => `Umpan balik: ${n} email terkirim ke pendamping (laporan ${day}).`,
  none: (day: string) => `Umpan balik: tidak ada laporan ${day} yang perlu dikirim.`,
  noEmail: (who: string) => `Umpan balik: ${who} tidak punya Email di lembar Pendamping; email tidak dikirim.`,
  malformed: (who: string, addresses: string) =>
    `Umpan balik: alamat ${addresses} milik ${who} tidak sah; perbaiki kolom Email di lembar Pendamping.`,
  failed: (who: string, message: string) => `Umpan balik: email ke ${who} gagal (${message}).`,
  quota: (left: number, who: string) =>
    `Umpan balik: kuota email harian habis (sisa ${left} penerima); tidak terkirim hari ini: ${who}.`,
  capped: (n: number) => `Umpan balik: hanya ${n} baris terakhir Validasi yang dibaca; laporan di atasnya tidak disertakan.`,
  uncertain: (who: string) =>
    `Umpan balik: proses sebelumnya terputus saat mengirim ke ${who}; email itu mungkin sudah terkirim, jadi tidak dikirim ulang.`,
} as const;
