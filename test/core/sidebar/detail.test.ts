// Sidebar detail: one cooperative's zone, reasons, latest figures, pendamping and newest reports.
import { koperasiView, lineOfResult, reasonsOfCell } from "../../../src/core/sidebar/detail";
import { reasonsText } from "../../../src/core/text/findings";
import { aKoperasi, aLatest, aPendamping, aRegistry, aResult, aStatus, aWarning, summarySettings, TODAY } from "../../builders/summaries";

const settings = summarySettings();
const koperasi = aKoperasi({ id: "K001", pendampingId: "P01", pilot: true, inPortal: true, targetDay: TODAY + 100 });
const registry = aRegistry([koperasi], [aPendamping({ id: "P01", name: "Baiq Nurul", phone: "081234", active: false })]);

function view(over: { latest?: ReturnType<typeof aLatest> | null; results?: ReturnType<typeof aResult>[]; limit?: number; complete?: boolean } = {}) {
  const latest = over.latest === undefined ? aLatest({ visitDay: TODAY - 5, progress: 42.5 }) : over.latest;
  const progress = new Map<number, number | null>([[3, 42.5]]);
  const lines = (over.results ?? []).filter((r) => r.koperasiId === koperasi.id).map(lineOfResult);
  return koperasiView({
    status: aStatus(koperasi, latest, settings), registry, lines, progress, complete: over.complete ?? true, settings,
    ...(over.limit ? { limit: over.limit } : {}),
  });
}

describe("koperasiView", () => {
  it("gives the zone with its colour and every reason as a sentence", () => {
    const v = view();
    expect(v.zone).toBe("MERAH");
    expect(v.color).toBe(settings.colors.MERAH);
    expect(v.reasons).toHaveLength(2);
    expect(v.reasons[0]).toMatch(/^Progres 42,5% tertinggal .* poin dari rencana .*%/);
    expect(v.reasons[1]).toBe("Tidak ada laporan sah selama 5 hari (batas kuning 3 hari).");
  });

  it("formats the latest figures as people read them (dd/MM/yyyy, Indonesian decimals)", () => {
    expect(view().latest).toEqual({
      land: "Siap bangun (clear & clean)", progress: "42,5%", stage: "Struktur & dinding",
      lastReport: "15/11/2026", daysSince: "5 hari", obstacles: "", photoUrl: "",
    });
    expect(view().target).toBe("28/02/2027");
    expect(view().pilot).toBe("Ya");
  });

  it("opens with the programme funnel, and shows the latest obstacles and photo link (SPEC section 8)", () => {
    const v = view({ latest: aLatest({ visitDay: TODAY - 1, progress: 30, stage: "PONDASI", landStatus: "SIAP",
      obstacles: ["Material", "Cuaca"], photoUrl: "https://drive.google.com/foto" }) });
    expect(v.programStage).toBe("Mulai Dibangun");
    expect(v.blocked).toBe("Terkendala");
    expect(v.latest).toMatchObject({ obstacles: "Material, Cuaca", photoUrl: "https://drive.google.com/foto" });
    // Only http(s) addresses become a link; anything else typed as a photo link is not offered.
    const odd = view({ latest: aLatest({ photoUrl: "javascript:alert(1)" }) });
    expect(odd.latest!.photoUrl).toBe("");
    expect(view({ latest: null }).programStage).toBe("Masuk Portal");
  });

  it("has no latest figures and a MERAH reason when never reported", () => {
    const v = view({ latest: null });
    expect(v.latest).toBeNull();
    expect(v.zone).toBe("MERAH");
    expect(v.reasons[0]).toContain("Belum pernah ada laporan sah");
  });

  it("names the pendamping and says when they are inactive", () => {
    expect(view().pendamping).toEqual({ id: "P01", name: "Baiq Nurul", phone: "081234", email: "", note: "tidak aktif" });
  });

  it("lists this cooperative's reports newest first with status, progress and reasons, up to the limit", () => {
    const results = [
      aResult({ row: 2, visitDay: TODAY - 3 }),
      aResult({ row: 3, visitDay: TODAY - 1, status: "Peringatan", findings: [aWarning("LAND_TOO_SMALL", { area: 500, min: 1000 })] }),
      aResult({ row: 4, visitDay: TODAY - 1, koperasiId: "K999" }),
      aResult({ row: 5, visitDay: null, submittedDay: TODAY - 2, status: "Ditolak" }),
    ];
    const v = view({ results, limit: 2 });
    expect(v.reports.map((r) => r.row)).toEqual([3, 5]);
    expect(v.reports[0]).toMatchObject({ visit: "19/11/2026", status: "Peringatan", progress: "42,5%" });
    expect(v.reports[0]!.reasons[0]).toMatch(/1\.000/);
    expect(v.reports[1]).toMatchObject({ visit: "", submitted: "18/11/2026 09:30", progress: "" });
    expect(v.reportsMessage).toBe("2 laporan terbaru dari 3.");
  });

  it("says older reports are in Validasi when only the newest were read", () => {
    const v = view({ results: [aResult({ row: 2, visitDay: TODAY - 3 }), aResult({ row: 3, visitDay: TODAY - 1 })], limit: 1, complete: false });
    expect(v.reports.map((r) => r.row)).toEqual([3]);
    expect(v.reportsMessage).toBe("1 laporan terbaru; laporan yang lebih lama ada di lembar Validasi.");
  });

  it("reads an Alasan cell back into the messages it was written from", () => {
    const findings = [aWarning("LAND_TOO_SMALL", { area: 500, min: 1000 }), aWarning("LAND_TOO_SMALL", { area: 600, min: 1000 })];
    expect(reasonsOfCell(reasonsText(findings))).toEqual(lineOfResult(aResult({ findings })).reasons);
    expect(reasonsOfCell("")).toEqual([]);
  });

  it("is plain JSON with no Date in it (google.script.run drops Dates)", () => {
    const v = view({ results: [aResult({ row: 3 })] });
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});
