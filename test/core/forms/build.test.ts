// buildFormSpec: the pendamping form as the registry says it should be (titles, choices, pages, checks).
import { buildFormSpec, COORDINATE_PATTERN, emptyChoiceQuestions } from "../../../src/core/forms/build";
import type { FormSpec, PageSpec, QuestionSpec } from "../../../src/core/forms/spec";
import { FORM_TITLE } from "../../../src/core/text/form";
import { aKoperasi, aPendamping, aRegistry, summarySettings } from "../../builders/summaries";

const coops = [
  aKoperasi({ id: "K003", name: "Koperasi Merah Putih Tanjung", village: "Tanjung", regency: "Lombok Utara" }),
  aKoperasi({ id: "K001", name: "Koperasi Merah Putih Sukamaju", village: "Sukamaju", regency: "Lombok Barat" }),
  aKoperasi({ id: "K002", name: "Koperasi Merah Putih Gerung", village: "", regency: "Lombok Barat" }),
  aKoperasi({ id: "K010", name: "Koperasi Merah Putih Ampenan", village: "Ampenan", regency: "Kota Mataram" }),
];
const people = [
  aPendamping({ id: "P10", name: "Lalu Hasan" }),
  aPendamping({ id: "P2", name: "Baiq Nurul" }),
  aPendamping({ id: "P03", name: "Made Sari", active: false }),
];

function spec(k = coops, p = people): FormSpec {
  return buildFormSpec(aRegistry(k, p), summarySettings());
}
function allQuestions(s: FormSpec): QuestionSpec[] {
  return s.pages.flatMap((p) => p.questions);
}
function question(s: FormSpec, title: string): QuestionSpec {
  const q = allQuestions(s).find((x) => x.title === title);
  if (!q) throw new Error(`no question ${title}`);
  return q;
}
function choicesOf(q: QuestionSpec): string[] {
  return q.kind === "list" || q.kind === "multipleChoice" || q.kind === "checkbox" ? q.choices.map((c) => c.value) : [];
}
function regencyPages(s: FormSpec): PageSpec[] {
  return s.pages.filter((p) => p.kind === "regency");
}

describe("buildFormSpec", () => {
  it("uses the exact form title and question titles in the SPEC order", () => {
    const s = spec();
    expect(s.title).toBe(FORM_TITLE);
    expect(s.title).toBe("Laporan Harian Pendamping KDKMP");
    expect(s.description.length).toBeGreaterThan(20);
    expect(s.confirmation.length).toBeGreaterThan(10);
    expect(allQuestions(s).map((q) => q.title)).toEqual([
      "ID Pendamping", "Kabupaten/Kota",
      "Koperasi (Kota Mataram)", "Koperasi (Lombok Barat)", "Koperasi (Lombok Utara)",
      "Tanggal Kunjungan", "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan",
      "Kendala", "Jenis Kendala", "Sumber Data", "Gerai Beroperasi", "Tautan Foto", "Koordinat",
    ]);
  });

  it("lists only active pendamping as `ID — Nama`, sorted by id", () => {
    const q = question(spec(), "ID Pendamping");
    expect(q.kind).toBe("list");
    expect(q.required).toBe(true);
    expect(choicesOf(q)).toEqual(["P2 — Baiq Nurul", "P10 — Lalu Hasan"]);
  });

  it("leaves UKM and KUR staff out of the pendamping list unless a cooperative is assigned to them", () => {
    const withKinds = [
      aPendamping({ id: "P1", name: "Koperasi Staff", kind: "Koperasi" }),
      aPendamping({ id: "P4", name: "UKM Staff", kind: "UKM" }),
      aPendamping({ id: "P5", name: "KUR Staff", kind: "KUR" }),
      aPendamping({ id: "P6", name: "UKM Assigned", kind: "UKM" }),
      aPendamping({ id: "P7", name: "No Kind", kind: "" }),
    ];
    const assigned = [...coops, aKoperasi({ id: "K020", name: "Koperasi Merah Putih Lendang", regency: "Lombok Barat", pendampingId: "P6" })];
    const q = question(spec(assigned, withKinds), "ID Pendamping");
    expect(choicesOf(q)).toEqual(["P1 — Koperasi Staff", "P6 — UKM Assigned", "P7 — No Kind"]);
  });

  it("has one page per kabupaten/kota, and each regency choice jumps to its page", () => {
    const s = spec();
    const pages = regencyPages(s);
    expect(pages.map((p) => p.regency)).toEqual(["Kota Mataram", "Lombok Barat", "Lombok Utara"]);
    for (const p of pages) {
      expect(p.questions).toHaveLength(1);
      expect(p.questions[0]!.title).toBe(`Koperasi (${p.regency})`);
      expect(p.next).toBe("details");
      expect(p.title).toContain(p.regency!);
    }
    const regency = question(s, "Kabupaten/Kota");
    expect(regency.kind).toBe("multipleChoice");
    if (regency.kind !== "multipleChoice") return;
    expect(regency.choices).toEqual(pages.map((p) => ({ value: p.regency, goToRegency: p.regency })));
    expect(s.pages[0]!.kind).toBe("start");
    expect(s.pages[s.pages.length - 1]!.kind).toBe("details");
  });

  it("shows cooperatives as `ID — Nama Koperasi (Desa)`, sorted by name", () => {
    const q = question(spec(), "Koperasi (Lombok Barat)");
    expect(q.required).toBe(true);
    expect(choicesOf(q)).toEqual([
      "K002 — Koperasi Merah Putih Gerung",
      "K001 — Koperasi Merah Putih Sukamaju (Sukamaju)",
    ]);
  });

  it("gives a kabupaten/kota added to the registry its own page and choice", () => {
    const before = spec();
    const after = spec([...coops, aKoperasi({ id: "K020", name: "Koperasi Merah Putih Dompu", village: "Dompu", regency: "Dompu" })]);
    expect(regencyPages(before).map((p) => p.regency)).not.toContain("Dompu");
    expect(regencyPages(after).map((p) => p.regency)).toEqual(["Dompu", "Kota Mataram", "Lombok Barat", "Lombok Utara"]);
    expect(choicesOf(question(after, "Kabupaten/Kota"))).toContain("Dompu");
    expect(choicesOf(question(after, "Koperasi (Dompu)"))).toEqual(["K020 — Koperasi Merah Putih Dompu (Dompu)"]);
  });

  it("asks the visit details with the four land labels and seven stages", () => {
    const s = spec();
    expect(question(s, "Tanggal Kunjungan")).toMatchObject({ kind: "date", required: true });
    expect(choicesOf(question(s, "Status Lahan"))).toEqual([
      "Belum ada lahan", "Proses (usulan/verifikasi)", "Siap bangun (clear & clean)", "Bermasalah (sengketa/tidak layak)",
    ]);
    expect(choicesOf(question(s, "Tahap Pembangunan"))).toEqual([
      "Belum mulai", "Persiapan lahan", "Pondasi", "Struktur & dinding", "Atap", "Finishing", "Selesai",
    ]);
    expect(question(s, "Tahap Pembangunan").required).toBe(true);
    expect(question(s, "Kendala")).toMatchObject({ kind: "paragraph", required: false });
    expect(question(s, "Tautan Foto")).toMatchObject({ kind: "text", required: false });
  });

  it("asks the funnel questions of SPEC section 8, all optional, obstacle categories from JENIS_KENDALA", () => {
    expect(question(spec(), "Jenis Kendala")).toMatchObject({ kind: "checkbox", required: false });
    expect(choicesOf(question(spec(), "Jenis Kendala"))).toEqual([
      "Tidak ada", "Lahan", "Anggaran/dana", "Material", "Tenaga kerja", "Cuaca", "Perizinan", "Lainnya",
    ]);
    expect(question(spec(), "Sumber Data")).toMatchObject({ kind: "multipleChoice", required: false });
    expect(choicesOf(question(spec(), "Sumber Data"))).toEqual(["Kunjungan lapangan", "Telepon/WhatsApp", "Foto/laporan dari pengurus"]);
    expect(choicesOf(question(spec(), "Gerai Beroperasi"))).toEqual(["Ya", "Tidak"]);
    const agency = buildFormSpec(aRegistry(coops, people), { ...summarySettings(), obstacleKinds: ["Lahan", "Banjir"] });
    expect(choicesOf(question(agency, "Jenis Kendala"))).toEqual(["Tidak ada", "Lahan", "Banjir"]);
  });

  it("carries the form's own checks: land area > 0, progress 0..100, coordinates `lat, lon`", () => {
    const s = spec();
    expect(question(s, "Luas Lahan (m²)")).toMatchObject({
      kind: "text", required: false, validation: { type: "numberGreaterThan", min: 0 },
    });
    expect(question(s, "Progres Fisik (%)")).toMatchObject({
      kind: "text", required: true, validation: { type: "numberBetween", min: 0, max: 100 },
    });
    const coord = question(s, "Koordinat");
    expect(coord).toMatchObject({ kind: "text", required: false, validation: { type: "pattern" } });
    for (const q of allQuestions(s)) {
      if (q.kind === "text" && q.validation) expect(q.validation.message).toMatch(/Contoh: /);
    }
  });

  it("accepts coordinates as people type them and refuses other text", () => {
    const re = new RegExp(COORDINATE_PATTERN);
    for (const ok of ["-8.58, 116.1", "-8.583333,116.116667", "-8,58; 116,1", " -10.2 , 123.6 ", "-8, 116"]) {
      expect(re.test(ok)).toBe(true);
    }
    for (const bad of ["", "-8.58 116.1", "Lombok", "-8.58,", "http://maps.app/x", "-123.5, 116.1"]) {
      expect(re.test(bad)).toBe(false);
    }
  });

  it("gives every question plain help text, with examples where something is typed", () => {
    const s = spec();
    for (const q of allQuestions(s)) expect(q.help.length).toBeGreaterThan(10);
    for (const t of ["Tanggal Kunjungan", "Luas Lahan (m²)", "Progres Fisik (%)", "Koordinat"]) {
      expect(question(s, t).help).toMatch(/Contoh: /);
    }
    expect(question(s, "Tanggal Kunjungan").help).toContain("7 hari");
  });

  it("flags choice questions that would be empty (no active pendamping)", () => {
    const s = spec(coops, [aPendamping({ active: false })]);
    expect(emptyChoiceQuestions(s)).toEqual(["ID Pendamping"]);
    expect(emptyChoiceQuestions(spec())).toEqual([]);
  });
});
