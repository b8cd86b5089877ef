// The sample-province generator: reproducible, and shaped like the NTB/NTT facts in DOMAIN.md.
import { generateProvince } from "../../scripts/sample";

const ntb = generateProvince({ province: "NTB", seed: 1 });
const coops = ntb.koperasiRows.slice(1);
const pend = ntb.pendampingRows.slice(1);
const count = <T>(items: T[], f: (x: T) => boolean): number => items.filter(f).length;

describe("reproducible", () => {
  it("gives identical output for the same seed and a different one for another seed", () => {
    expect(generateProvince({ province: "NTB", seed: 1 })).toEqual(ntb);
    const other = generateProvince({ province: "NTB", seed: 2 });
    expect(other.koperasiRows).not.toEqual(ntb.koperasiRows);
    expect(other.submissions).not.toEqual(ntb.submissions);
  });

  it("generates NTB for 30 days quickly (a guard, not a benchmark)", () => {
    const t0 = Date.now();
    generateProvince({ province: "NTB", seed: 5, days: 30 });
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});

describe("NTB registry", () => {
  it("has the 10 kabupaten/kota with their BPS codes and 1,166 cooperatives, roughly by size", () => {
    expect(ntb.province.regencies.map((g) => g.code)).toEqual(
      ["5201", "5202", "5203", "5204", "5205", "5206", "5207", "5208", "5271", "5272"]);
    expect(coops).toHaveLength(1166);
    expect(ntb.koperasiRows[0]).toEqual(["ID Koperasi", "Nama Koperasi", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota",
      "ID Pendamping", "Percontohan", "Masuk Portal", "Latitude", "Longitude", "Target Selesai"]);
    const sizes = ntb.province.regencies.map((g) => ({ name: g.name, n: count(coops, (r) => r[4] === g.name) }))
      .sort((a, b) => b.n - a.n);
    expect(sizes[0]?.name).toBe("Lombok Timur");
    expect(sizes[sizes.length - 1]?.name).toBe("Kota Bima");
    expect(sizes.slice(-3).map((s) => s.name)).toContain("Kota Mataram");
  });

  it("uses unique ids and plausible names, places and dates", () => {
    expect(new Set(coops.map((r) => r[0])).size).toBe(1166);
    const box = ntb.province.box;
    for (const r of coops) {
      expect(r[0]).toMatch(/^KDKMP-52\d\d-\d{4}$/);
      expect(String(r[0]).slice(6, 10)).toBe(ntb.province.regencies.find((g) => g.name === r[4])?.code);
      expect(r[1]).toBe(`Koperasi Merah Putih ${String(r[4]).startsWith("Kota ") ? "Kelurahan" : String(r[1]).includes("Kelurahan") ? "Kelurahan" : "Desa"} ${r[2]}`);
      expect(String(r[3]).length).toBeGreaterThan(2);
      if (r[8] !== "") {
        expect(r[8]).toBeGreaterThan(box.minLat);
        expect(r[8]).toBeLessThan(box.maxLat);
        expect(r[9]).toBeGreaterThan(box.minLon);
        expect(r[9]).toBeLessThan(box.maxLon);
      }
      // Target Selesai: a date cell at midnight WITA (UTC+8), set from each site so the plan is near its progress.
      if (r[10] !== "") expect(new Date((r[10] as Date).getTime() + 8 * 3_600_000).toISOString()).toMatch(/^20(2[5-9]|3\d)-\d\d-\d\dT00:00:00/);
    }
    expect(count(coops, (r) => r[10] === "")).toBeGreaterThan(50);
    expect(count(coops, (r) => r[8] === "")).toBeGreaterThan(0);
  });

  it("has 50 pilots, 5 per kabupaten/kota, and 454 cooperatives in the national portal", () => {
    expect(count(coops, (r) => r[6] === "Ya")).toBe(50);
    for (const g of ntb.province.regencies) expect(count(coops, (r) => r[4] === g.name && r[6] === "Ya")).toBe(5);
    expect(count(coops, (r) => r[7] === "Ya")).toBe(454);
  });

  it("has 78 pendamping: 28 Koperasi (2 no longer active), 10 UKM, 10 KUR, 30 with blank Jenis", () => {
    expect(ntb.pendampingRows[0]).toEqual(["ID Pendamping", "Nama", "Email", "Jenis", "Kabupaten/Kota", "Aktif", "No. HP", "Tanggal Nonaktif"]);
    expect(pend).toHaveLength(78);
    expect(count(pend, (r) => r[3] === "Koperasi")).toBe(28);
    expect(count(pend, (r) => r[3] === "UKM")).toBe(10);
    expect(count(pend, (r) => r[3] === "KUR")).toBe(10);
    expect(count(pend, (r) => r[3] === "")).toBe(30);
    expect(count(pend, (r) => r[5] === "Tidak")).toBe(2);
    expect(new Set(pend.map((r) => r[0])).size).toBe(78);
    expect(new Set(pend.map((r) => r[2])).size).toBe(78);
    for (const r of pend) {
      expect(r[0]).toMatch(/^P-52\d\d-\d\d$/);
      expect(r[6]).toMatch(/^08\d{9,10}$/);
      expect(r[2]).toMatch(/^[a-z]+\.[a-z]+\d+@gmail\.com$/);
    }
  });

  it("assigns every cooperative to an active pendamping koperasi of its own kabupaten/kota", () => {
    const byId = new Map(pend.map((r) => [r[0], r]));
    for (const r of coops) {
      const p = byId.get(r[5]);
      expect(p).toBeDefined();
      expect([p?.[3], p?.[4], p?.[5]]).toEqual(["Koperasi", r[4], "Ya"]);
    }
  });

  it("sets the province name, box, program start, the silence thresholds its staffing allows, zones for the portal", () => {
    expect(ntb.settingsOverrides).toEqual({
      NAMA_PROVINSI: "Nusa Tenggara Barat", BATAS_WILAYAH: "-9.10..-8.05; 115.80..119.10", TANGGAL_MULAI_PROGRAM: "01/10/2025",
      HARI_TANPA_LAPORAN_KUNING: "7", HARI_TANPA_LAPORAN_MERAH: "14", ZONA_HANYA_PORTAL: "Ya",
    });
  });

  it("builds only inside the portal (seed 003: the 454 in the portal are the construction sites)", () => {
    const portal = new Set(coops.filter((r) => r[7] === "Ya").map((r) => r[0]));
    expect(portal.size).toBe(454);
    const koperasiOf = (s: (typeof ntb.submissions)[number]) => Object.entries(s.answers)
      .find(([k]) => k.startsWith("Koperasi ("))?.[1]?.split(" — ")[0] ?? "";
    const building = ntb.submissions.filter((s) => s.kind === "ok" && Number(s.answers["Progres Fisik (%)"]) > 0);
    expect(building.length).toBeGreaterThan(500);
    for (const s of building) expect(portal.has(koperasiOf(s))).toBe(true);
  });
});

describe("NTT", () => {
  it("has the 22 kabupaten/kota and about 3,440 cooperatives, and scales down", () => {
    const ntt = generateProvince({ province: "NTT", seed: 1 });
    expect(ntt.province.regencies).toHaveLength(22);
    expect(ntt.province.regencies[21]).toEqual({ code: "5371", name: "Kota Kupang" });
    expect(ntt.koperasiRows).toHaveLength(3441);
    expect(ntt.settingsOverrides.NAMA_PROVINSI).toBe("Nusa Tenggara Timur");
    const small = generateProvince({ province: "NTT", seed: 1, scale: 0.1 });
    expect(small.koperasiRows).toHaveLength(345);
    expect(new Set(small.koperasiRows.slice(1).map((r) => r[4])).size).toBe(22);
    // 23 asked for, but every kabupaten/kota keeps one active pendamping koperasi: rows are added.
    const workers = small.pendampingRows.slice(1).filter((r) => r[3] === "Koperasi" && r[5] === "Ya");
    expect(new Set(workers.map((r) => r[4])).size).toBe(22);
    expect(small.submissions.length).toBeGreaterThan(100);
  });
});

describe("a registry far past a real province (the --input scale files)", () => {
  it("still names every village uniquely once a regency has used up its names", () => {
    // 20,000 NTB cooperatives: Lombok Timur alone gets more than its name parts make; this used to loop forever.
    const big = generateProvince({ province: "NTB", seed: 1, days: 1, koperasiCount: 20_000, pendampingCount: 1_300 });
    const rows = big.koperasiRows.slice(1);
    expect(rows).toHaveLength(20_000);
    for (const g of big.province.regencies) {
      const names = rows.filter((r) => r[4] === g.name).map((r) => r[2]);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
