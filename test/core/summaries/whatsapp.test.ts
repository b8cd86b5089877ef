// `Salin ringkasan untuk WhatsApp`: the short text a person pastes into a group.
import { whatsappText } from "../../../src/core/summaries/whatsapp";
import { instantOfLocal } from "../../../src/core/time/timeZone";
import { coopStatuses } from "../../../src/core/zones/statuses";
import { aKoperasi, aLatest, aRegistry, summarySettings } from "../../builders/summaries";
import { latestById, registry, results, settings, statuses, T } from "../../builders/summaryWorkbook";

describe("whatsappText", () => {
  const now = instantOfLocal(T, 6, 5, "Asia/Makassar");

  it("gives province, date, zones, recent reporting, worst kabupaten/kota and the follow-up count", () => {
    expect(whatsappText(statuses, results, settings, T, now)).toBe([
      "*Pantau KDKMP Nusa Tenggara Barat*",
      "Kondisi 20/11/2026 (diperbarui 20/11/2026 06:05)",
      "",
      "6 koperasi berbadan hukum, 3 masuk portal, 5 mulai dibangun, 1 selesai, 1 beroperasi; 1 terkendala.",
      "",
      "Jumlah koperasi: 6",
      "🟢 Hijau: 2 (33,3%)",
      "🟡 Kuning: 1 (16,7%)",
      "🔴 Merah: 3 (50,0%)",
      "",
      "Melapor 7 hari terakhir: 4 dari 6 koperasi (66,7%)",
      "Zona merah terbanyak: Lombok Timur, 2 dari 3 koperasi (66,7%)",
      "Perlu tindak lanjut (merah + kuning): 4 koperasi",
      "",
      "Rincian: lembar Tindak Lanjut.",
    ].join("\n"));
  });

  it("uses Indonesian thousands and says when no cooperative is MERAH", () => {
    const s = summarySettings();
    const koperasi = Array.from({ length: 1166 }, (_, i) => aKoperasi({ id: `K${i}` }));
    const latest = new Map(koperasi.map((k) => [k.id, aLatest()]));
    const st = coopStatuses(aRegistry(koperasi), latest, T, s);
    const text = whatsappText(st, [], s, T, now);
    expect(text).toContain("Jumlah koperasi: 1.166");
    expect(text).toContain("🟢 Hijau: 1.166 (100,0%)");
    expect(text).toContain("Tidak ada koperasi di zona merah.");
    expect(text).toContain("Perlu tindak lanjut (merah + kuning): 0 koperasi");
  });

  it("with ZONA_HANYA_PORTAL = Ya, gives the zones of the sites in the portal and counts the others apart", () => {
    const s = { ...settings, portalOnly: true };
    const text = whatsappText(coopStatuses(registry, latestById, T, s), results, s, T, now);
    expect(text).toContain("Zona lokasi pembangunan (masuk portal): 3 koperasi");
    expect(text).toContain("🔴 Merah: 1 (33,3%)");
    expect(text).toContain("⚪ Belum portal: 3 koperasi (tanpa zona)");
    expect(text).toContain("Perlu tindak lanjut (merah + kuning): 1 koperasi");
  });
});
