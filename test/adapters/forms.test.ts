// FormsAdapter over the local Apps Script runtime: create, re-sync in place, registry changes,
// the linked `Laporan Harian` sheet, and submissions that keep landing in it.
import { FormsAdapter } from "../../src/adapters/forms/formsAdapter";
import { buildFormSpec } from "../../src/core/forms/build";
import type { FormSpec } from "../../src/core/forms/spec";
import type { Koperasi } from "../../src/core/model";
import { createRuntime } from "../../runtime/globals";
import { aKoperasi, aPendamping, aRegistry, summarySettings } from "../builders/summaries";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const COOPS: Koperasi[] = [
  aKoperasi({ id: "K001", name: "Koperasi Merah Putih Sukamaju", village: "Sukamaju", regency: "Lombok Barat" }),
  aKoperasi({ id: "K002", name: "Koperasi Merah Putih Gerung", village: "Gerung", regency: "Lombok Barat" }),
  aKoperasi({ id: "K010", name: "Koperasi Merah Putih Ampenan", village: "Ampenan", regency: "Kota Mataram" }),
  aKoperasi({ id: "K020", name: "Koperasi Merah Putih Tanjung", village: "Tanjung", regency: "Lombok Utara" }),
];
const PEOPLE = [aPendamping({ id: "P01", name: "Baiq Nurul" }), aPendamping({ id: "P02", name: "Lalu Hasan" })];

function specOf(coops: Koperasi[] = COOPS): FormSpec {
  return buildFormSpec(aRegistry(coops, PEOPLE), summarySettings());
}

function setup() {
  const rt = createRuntime({ user: "admin@dinas.go.id" });
  const g = rt.globals as Loose;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const adapter = new FormsAdapter(g.FormApp, ss, () => g.SpreadsheetApp.flush());
  const form = (id: string): Loose => g.FormApp.openById(id);
  const items = (id: string): Array<{ id: number; type: string; title: string }> =>
    form(id).__data().items.map((i: Loose) => ({ id: i.id, type: i.type, title: i.title }));
  const header = (name: string): unknown[] => {
    const sheet = ss.getSheetByName(name);
    return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  };
  return { rt, g, ss, adapter, form, items, header, ssId: ss.getId() as string };
}

const DETAILS = {
  "Tanggal Kunjungan": "2026-11-20", "Status Lahan": "Siap bangun (clear & clean)", "Luas Lahan (m²)": "1200",
  "Progres Fisik (%)": "35", "Tahap Pembangunan": "Pondasi", "Koordinat": "-8.58, 116.1",
};
const AT = new Date("2026-11-21T02:00:00Z");

function answers(regency: string, koperasi: string, extra: Record<string, string> = {}) {
  return {
    "ID Pendamping": "P01 — Baiq Nurul", "Kabupaten/Kota": regency, [`Koperasi (${regency})`]: koperasi, ...DETAILS, ...extra,
  };
}

describe("FormsAdapter.sync", () => {
  test("creates the form with its pages, links it and names the response sheet `Laporan Harian`", () => {
    const { adapter, items, header, ss, ssId, form } = setup();
    const r = adapter.sync(null, specOf(), ssId);
    expect(r.created).toBe(true);
    expect(r.responseSheetName).toBe("Laporan Harian");
    expect(form(r.formId).getTitle()).toBe("Laporan Harian Pendamping KDKMP");
    expect(r.editUrl).toContain(r.formId);
    expect(items(r.formId).map((i) => `${i.type}:${i.title}`)).toEqual([
      "LIST:ID Pendamping", "MULTIPLE_CHOICE:Kabupaten/Kota",
      "PAGE_BREAK:Koperasi di Kota Mataram", "LIST:Koperasi (Kota Mataram)",
      "PAGE_BREAK:Koperasi di Lombok Barat", "LIST:Koperasi (Lombok Barat)",
      "PAGE_BREAK:Koperasi di Lombok Utara", "LIST:Koperasi (Lombok Utara)",
      "PAGE_BREAK:Hasil Kunjungan", "DATE:Tanggal Kunjungan", "MULTIPLE_CHOICE:Status Lahan", "TEXT:Luas Lahan (m²)",
      "TEXT:Progres Fisik (%)", "MULTIPLE_CHOICE:Tahap Pembangunan", "PARAGRAPH_TEXT:Kendala",
      "CHECKBOX:Jenis Kendala", "MULTIPLE_CHOICE:Sumber Data", "MULTIPLE_CHOICE:Gerai Beroperasi", "TEXT:Tautan Foto",
      "TEXT:Koordinat",
    ]);
    // The header Forms writes: timestamp, then every question in form order.
    expect(header("Laporan Harian")).toEqual([
      "Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Kota Mataram)", "Koperasi (Lombok Barat)",
      "Koperasi (Lombok Utara)", "Tanggal Kunjungan", "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)",
      "Tahap Pembangunan", "Kendala", "Jenis Kendala", "Sumber Data", "Gerai Beroperasi", "Tautan Foto", "Koordinat",
    ]);
    expect(ss.getSheetByName("Laporan Harian").getFormUrl()).toBe(adapter.formUrl(r.formId));
  });

  test("every regency choice leads through its own page to the details page, then the form ends", () => {
    const { adapter, form, ss, ssId } = setup();
    const { formId } = adapter.sync(null, specOf(), ssId);
    const f = form(formId);
    // __submit walks the pages like the Forms UI: an answer on a page not visited, or a required
    // question left blank on a visited page, would throw.
    f.__submit(answers("Kota Mataram", "K010 — Koperasi Merah Putih Ampenan (Ampenan)"), AT);
    f.__submit(answers("Lombok Barat", "K002 — Koperasi Merah Putih Gerung (Gerung)"), AT);
    f.__submit(answers("Lombok Utara", "K020 — Koperasi Merah Putih Tanjung (Tanjung)"), AT);
    expect(ss.getSheetByName("Laporan Harian").getLastRow()).toBe(4);
    expect(() => f.__submit(answers("Lombok Barat", "K010 — Koperasi Merah Putih Ampenan (Ampenan)"), AT)).toThrow(
      "is not a choice",
    );
  });

  test("the form's own checks: progress 0..100, land area > 0, coordinates `lat, lon`", () => {
    const { adapter, form, ssId } = setup();
    const f = form(adapter.sync(null, specOf(), ssId).formId);
    const k = "K001 — Koperasi Merah Putih Sukamaju (Sukamaju)";
    expect(() => f.__submit(answers("Lombok Barat", k, { "Progres Fisik (%)": "150" }), AT)).toThrow("Tulis angka 0 sampai 100");
    expect(() => f.__submit(answers("Lombok Barat", k, { "Luas Lahan (m²)": "0" }), AT)).toThrow("lebih dari 0");
    expect(() => f.__submit(answers("Lombok Barat", k, { Koordinat: "di depan masjid" }), AT)).toThrow("lintang, bujur");
    expect(() => f.__submit(answers("Lombok Barat", k, { "Progres Fisik (%)": "" }), AT)).toThrow("is required");
    expect(() => f.__submit(answers("Lombok Barat", k, { "Luas Lahan (m²)": "", Koordinat: "" }), AT)).not.toThrow();
  });

  test("syncing again keeps the same form, items and response sheet, and moves nothing", () => {
    const { adapter, items, ss, ssId, rt } = setup();
    const first = adapter.sync(null, specOf(), ssId);
    const before = items(first.formId);
    const sheets = ss.getSheets().length;
    rt.ledger.reset();
    const again = adapter.sync(first.formId, specOf(), ssId);
    expect(again.created).toBe(false);
    expect(again.formId).toBe(first.formId);
    expect(again.responseSheetName).toBe("Laporan Harian");
    expect(items(first.formId)).toEqual(before);
    expect(ss.getSheets().length).toBe(sheets);
    expect(rt.ledger.count("Form.moveItem")).toBe(0);
    expect(rt.ledger.count("Form.deleteItem")).toBe(0);
    expect(rt.ledger.count("Form.setDestination")).toBe(0);
    expect(rt.ledger.count("Form.addListItem") + rt.ledger.count("Form.addPageBreakItem")).toBe(0);
    // Choices go in one call per question: the jumping regency choices via setChoices, others via setChoiceValues.
    expect(rt.ledger.count("MultipleChoiceItem.setChoices")).toBe(1);
    expect(rt.ledger.count("ListItem.setChoiceValues")).toBe(4);
  });

  test("a registry change re-syncs choices and pages in place; answers keep landing in the same sheet", () => {
    const { adapter, items, header, form, ss, ssId } = setup();
    const { formId } = adapter.sync(null, specOf(), ssId);
    const f = form(formId);
    f.__submit(answers("Lombok Utara", "K020 — Koperasi Merah Putih Tanjung (Tanjung)"), AT);
    const ids = new Map(items(formId).map((i) => [i.title, i.id]));

    // K001 removed, K003 added to Lombok Barat, Lombok Utara gone, Dompu new.
    const changed = [
      COOPS[1]!, COOPS[2]!,
      aKoperasi({ id: "K003", name: "Koperasi Merah Putih Banyumulek", village: "Banyumulek", regency: "Lombok Barat" }),
      aKoperasi({ id: "K030", name: "Koperasi Merah Putih Kempo", village: "Kempo", regency: "Dompu" }),
    ];
    const r = adapter.sync(formId, specOf(changed), ssId);
    expect(r.formId).toBe(formId);
    const after = items(formId);
    expect(after.map((i) => i.title)).toEqual([
      "ID Pendamping", "Kabupaten/Kota",
      "Koperasi di Dompu", "Koperasi (Dompu)",
      "Koperasi di Kota Mataram", "Koperasi (Kota Mataram)",
      "Koperasi di Lombok Barat", "Koperasi (Lombok Barat)",
      "Hasil Kunjungan", "Tanggal Kunjungan", "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)",
      "Tahap Pembangunan", "Kendala", "Jenis Kendala", "Sumber Data", "Gerai Beroperasi", "Tautan Foto", "Koordinat",
    ]);
    // Questions that still exist are the same items (same response columns).
    for (const i of after) if (ids.has(i.title)) expect(i.id).toBe(ids.get(i.title));
    const lombokBarat = f.getItemById(ids.get("Koperasi (Lombok Barat)")).asListItem();
    expect(lombokBarat.getChoices().map((c: Loose) => c.getValue())).toEqual([
      "K003 — Koperasi Merah Putih Banyumulek (Banyumulek)", "K002 — Koperasi Merah Putih Gerung (Gerung)",
    ]);
    const regency = f.getItemById(ids.get("Kabupaten/Kota")).asMultipleChoiceItem();
    expect(regency.getChoices().map((c: Loose) => [c.getValue(), c.getGotoPage().getTitle()])).toEqual([
      ["Dompu", "Koperasi di Dompu"], ["Kota Mataram", "Koperasi di Kota Mataram"], ["Lombok Barat", "Koperasi di Lombok Barat"],
    ]);

    // Same sheet: the old columns stay (Lombok Utara's too, with its answer), Dompu's column is added at the end.
    expect(ss.getSheets().filter((s: Loose) => s.getFormUrl()).length).toBe(1);
    const h = header("Laporan Harian");
    expect(h).toContain("Koperasi (Lombok Utara)");
    expect(h[h.length - 1]).toBe("Koperasi (Dompu)");
    const at2 = new Date("2026-11-21T03:00:00Z");
    const res = f.__submit(answers("Dompu", "K030 — Koperasi Merah Putih Kempo (Kempo)"), at2);
    f.__submit(answers("Lombok Barat", "K003 — Koperasi Merah Putih Banyumulek (Banyumulek)"), at2);
    expect(res.sheetName).toBe("Laporan Harian");
    const sheet = ss.getSheetByName("Laporan Harian");
    const rows = sheet.getRange(1, 1, sheet.getLastRow(), h.length).getValues();
    const col = (title: string) => h.indexOf(title);
    expect(rows.length).toBe(4);
    expect(rows[1]![col("Koperasi (Lombok Utara)")]).toBe("K020 — Koperasi Merah Putih Tanjung (Tanjung)");
    expect(rows[2]![col("Koperasi (Dompu)")]).toBe("K030 — Koperasi Merah Putih Kempo (Kempo)");
    expect(rows[3]![col("Koperasi (Lombok Barat)")]).toBe("K003 — Koperasi Merah Putih Banyumulek (Banyumulek)");
    expect(rows[3]![col("Progres Fisik (%)")]).toBe(35);
    expect(() => f.__submit(answers("Lombok Utara", "K020 — Koperasi Merah Putih Tanjung (Tanjung)"), at2)).toThrow();
  });

  test("keeps questions the agency added by hand, after the form's own", () => {
    const { adapter, items, form, ssId } = setup();
    const { formId } = adapter.sync(null, specOf(), ssId);
    form(formId).addTextItem().setTitle("Nomor Surat Tugas");
    form(formId).moveItem(form(formId).getItems().length - 1, 0);
    adapter.sync(formId, specOf(), ssId);
    const titles = items(formId).map((i) => i.title);
    expect(titles[titles.length - 1]).toBe("Nomor Surat Tugas");
    expect(titles[0]).toBe("ID Pendamping");
  });

  test("a deleted form is created anew; the response sheet name follows the settings' override", () => {
    const { adapter, rt, ss, ssId } = setup();
    const first = adapter.sync(null, specOf(), ssId, "Laporan Pendamping");
    expect(first.responseSheetName).toBe("Laporan Pendamping");
    rt.forms.store.forms.delete(first.formId);
    expect(adapter.formUrl(first.formId)).toBeNull();
    const second = adapter.sync(first.formId, specOf(), ssId, "Laporan Pendamping");
    expect(second.created).toBe(true);
    expect(second.formId).not.toBe(first.formId);
    // The old sheet still holds that name, so the new response sheet keeps the one Forms gave it.
    expect(second.responseSheetName).not.toBe("Laporan Pendamping");
    expect(ss.getSheetByName(second.responseSheetName!).getFormUrl()).toBe(adapter.formUrl(second.formId));
  });

  test("a renamed question (formerTitles) is renamed in place; a question of the wrong type is retired", () => {
    const { adapter, items, header, g, ssId } = setup();
    // A form made by hand earlier, already linked, with `Kendala` as a short-answer question.
    const old = g.FormApp.create("Laporan Harian Pendamping KDKMP");
    old.addTextItem().setTitle("Kendala");
    old.setDestination(g.FormApp.DestinationType.SPREADSHEET, ssId);
    const spec = specOf();
    const first = adapter.sync(old.getId(), spec, ssId);
    expect(first.created).toBe(false);
    expect(first.responseSheetName).toBe("Laporan Harian");
    expect(items(old.getId()).filter((i) => i.title.startsWith("Kendala")).map((i) => `${i.type}:${i.title}`)).toEqual([
      "PARAGRAPH_TEXT:Kendala",
    ]);
    let h = header("Laporan Harian");
    expect(h.slice(0, 2)).toEqual(["Timestamp", "Kendala (lama)"]);
    expect(h.filter((t) => t === "Kendala")).toHaveLength(1);

    const photo = items(old.getId()).find((i) => i.title === "Tautan Foto")!;
    const renamed: FormSpec = {
      ...spec,
      pages: spec.pages.map((p) => ({
        ...p,
        questions: p.questions.map((q) => (q.title === "Tautan Foto" ? { ...q, title: "Tautan Foto Lokasi", formerTitles: ["Tautan Foto"] } : q)),
      })),
    };
    adapter.sync(old.getId(), renamed, ssId);
    expect(items(old.getId()).find((i) => i.title === "Tautan Foto Lokasi")!.id).toBe(photo.id);
    h = header("Laporan Harian");
    expect(h).toContain("Tautan Foto Lokasi");
    expect(h).not.toContain("Tautan Foto");
  });
});
