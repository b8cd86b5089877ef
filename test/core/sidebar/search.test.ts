// Sidebar search: a cooperative is found by id, part of its name or its village, best match first.
import { foldText, searchKoperasi } from "../../../src/core/sidebar/search";
import { aKoperasi, aLatest, aStatus, summarySettings } from "../../builders/summaries";

const settings = summarySettings();
const statuses = [
  aStatus(aKoperasi({ id: "K-010", name: "KMP Desa Sukamaju", village: "Sukamaju" }), aLatest()),
  aStatus(aKoperasi({ id: "K-01", name: "KMP Desa Gerung", village: "Gerung" }), aLatest()),
  aStatus(aKoperasi({ id: "K-02", name: "KMP Kelurahan Dasan Agung", village: "Dasan Agung" }), null),
  aStatus(aKoperasi({ id: "K-03", name: "Koperasi Mandiri", village: "Gerung Utara" }), aLatest()),
];
const ids = (q: string) => searchKoperasi(statuses, q, settings).hits.map((h) => h.id);

describe("searchKoperasi", () => {
  it("puts the exact id first, then ids that start with it", () => {
    expect(ids("k-01")).toEqual(["K-01", "K-010"]);
  });

  it("finds by part of the name or of the village, ignoring case and spaces around", () => {
    expect(ids("  dasan ")).toEqual(["K-02"]);
    expect(ids("gerung")).toEqual(["K-01", "K-03"]);
    expect(ids("mandiri")).toEqual(["K-03"]);
  });

  it("needs every word of the query somewhere (id, name or village)", () => {
    expect(ids("desa gerung")).toEqual(["K-01"]);
    expect(ids("desa utara")).toEqual([]);
  });

  it("ignores accents", () => {
    expect(foldText("Désa  Gérung ")).toBe("desa gerung");
  });

  it("returns the zone and its colour from the settings with every hit", () => {
    const view = searchKoperasi(statuses, "K-02", settings);
    expect(view.hits[0]).toMatchObject({ id: "K-02", zone: "MERAH", color: settings.colors.MERAH, village: "Dasan Agung" });
    expect(view.message).toBe("1 koperasi ditemukan.");
  });

  it("shows at most the limit and says how many matched", () => {
    const view = searchKoperasi(statuses, "k", settings, 2);
    expect(view.hits).toHaveLength(2);
    expect(view.total).toBe(4);
    expect(view.message).toBe("2 dari 4 koperasi ditampilkan; perjelas pencarian.");
  });

  it("finds nothing for a blank query", () => {
    expect(searchKoperasi(statuses, "   ", settings)).toMatchObject({ hits: [], total: 0 });
  });

  it("returns plain JSON (what google.script.run can carry)", () => {
    const view = searchKoperasi(statuses, "gerung", settings);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
