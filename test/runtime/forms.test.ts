// FormApp fake: items, branching, linking to the spreadsheet, and responses written like Forms does.
import { buildForm, runtime } from "./helpers";

const HEADER = [
  "Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Kota Kupang)", "Koperasi (Kab. Alor)",
  "Tanggal Kunjungan", "Progres Fisik (%)", "Koordinat", "Kendala",
];

describe("FormApp", () => {
  test("linking creates 'Form Responses 1' first with the timestamp and one column per question", () => {
    const { g, ss } = runtime();
    const { form } = buildForm(g, ss);
    const sheet = ss.getSheets()[0];
    expect(sheet.getName()).toBe("Form Responses 1");
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]).toEqual(HEADER);
    expect(sheet.getFormUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/viewform`);
    expect(g.FormApp.openByUrl(sheet.getFormUrl()).getId()).toBe(form.getId());
    expect(form.getDestinationId()).toBe(ss.getId());
    // Linking again makes a second sheet.
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(ss.getSheets()[0].getName()).toBe("Form Responses 2");
    expect(ss.getSheetByName("Form Responses 1").getFormUrl()).toBeNull();
  });

  test("Indonesian account: 'Respons Formulir 1' and 'Stempel waktu'", () => {
    const { g, ss } = runtime({ responseLanguage: "id" });
    buildForm(g, ss);
    const sheet = ss.getSheetByName("Respons Formulir 1");
    expect(sheet.getRange(1, 1).getValue()).toBe("Stempel waktu");
  });

  test("new questions append a column; renamed questions rename their header", () => {
    const { g, ss } = runtime();
    const { form } = buildForm(g, ss);
    form.addTextItem().setTitle("Tautan Foto");
    const item = form.getItems(g.FormApp.ItemType.PARAGRAPH_TEXT)[0];
    item.setTitle("Kendala di lapangan");
    const sheet = ss.getSheets()[0];
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(header[HEADER.length]).toBe("Tautan Foto");
    expect(header[HEADER.indexOf("Kendala")]).toBe("Kendala di lapangan");
  });

  test("items: types, conversions, branching choices and page navigation", () => {
    const { g, ss } = runtime();
    const { form, pageA, details } = buildForm(g, ss);
    const items = form.getItems();
    expect(items.map((i: { getType(): string }) => i.getType())).toContain("PAGE_BREAK");
    const mc = items[1].asMultipleChoiceItem();
    const [kupang] = mc.getChoices();
    expect(kupang.getValue()).toBe("Kota Kupang");
    expect(kupang.getPageNavigationType()).toBe(g.FormApp.PageNavigationType.GO_TO_PAGE);
    expect(kupang.getGotoPage().getId()).toBe(pageA.getId());
    expect(pageA.getGoToPage().getId()).toBe(details.getId());
    expect(() => items[0].asTextItem()).toThrow("Invalid conversion for item type: LIST.");
    expect(() => items[0].getChoices()).toThrow("Item.getChoices is not implemented");
    expect(form.getItemById(items[0].getId()).getTitle()).toBe("ID Pendamping");
  });

  test("__submit appends a typed row and returns e.values / e.namedValues", () => {
    const { g, ss } = runtime({ timeZone: "Asia/Makassar" });
    const { form } = buildForm(g, ss);
    const at = new Date("2026-11-21T02:05:03Z"); // 10:05:03 in Makassar (UTC+8)
    const r = form.__submit({
      "ID Pendamping": "P01 — Ani", "Kabupaten/Kota": "Kota Kupang", "Koperasi (Kota Kupang)": "K01 — Kop A (Oebobo)",
      "Tanggal Kunjungan": "2026-11-20", "Progres Fisik (%)": "45", "Koordinat": "-10.17, 123.6",
    }, at);
    expect(r.row).toBe(2);
    const row = ss.getSheets()[0].getRange(2, 1, 1, HEADER.length).getValues()[0];
    expect(row[0]).toEqual(at);
    expect(row[4]).toBe("");
    expect(row[5]).toEqual(new Date("2026-11-19T16:00:00Z")); // midnight in Makassar
    expect(row[6]).toBe(45);
    expect(r.values).toEqual([
      "11/21/2026 10:05:03", "P01 — Ani", "Kota Kupang", "K01 — Kop A (Oebobo)", "", "11/20/2026", "45",
      "-10.17, 123.6", "",
    ]);
    expect(r.namedValues["Timestamp"]).toEqual(["11/21/2026 10:05:03"]);
    expect(r.namedValues["Progres Fisik (%)"]).toEqual(["45"]);
    expect(r.range.getRow()).toBe(2);
    // The bounds as plain fields, as JSON.stringify(e) shows them for Sheets events: no call counted.
    const range = r.range as unknown as Record<string, number>;
    const before = ss.__ledger.total();
    expect([range.rowStart, range.rowEnd, range.columnStart, range.columnEnd]).toEqual([2, 2, 1, 9]);
    expect(ss.__ledger.total()).toBe(before);
  });

  test("__submit refuses what the form would refuse", () => {
    const { g, ss } = runtime();
    const { form } = buildForm(g, ss);
    const base = {
      "ID Pendamping": "P02 — Budi", "Kabupaten/Kota": "Kab. Alor", "Koperasi (Kab. Alor)": "K02 — Kop B (Kalabahi)",
      "Tanggal Kunjungan": "2026-11-20", "Progres Fisik (%)": "10",
    };
    const at = new Date("2026-11-21T02:00:00Z");
    expect(() => form.__submit({ ...base, "Progres Fisik (%)": "120" }, at)).toThrow("fails its validation");
    expect(() => form.__submit({ ...base, "Koordinat": "dekat pasar" }, at)).toThrow("fails its validation");
    expect(() => form.__submit({ ...base, "Tanggal Kunjungan": "" }, at)).toThrow("is required");
    expect(() => form.__submit({ ...base, "Koperasi (Kota Kupang)": "K01 — Kop A (Oebobo)" }, at)).toThrow("does not visit");
    expect(() => form.__submit({ ...base, "ID Pendamping": "P09" }, at)).toThrow("not a choice");
    expect(form.__submit(base, at).row).toBe(2);
  });

  test("form calls are counted; Forms' own writes to the sheet are not", () => {
    const { rt, g, ss } = runtime();
    const { form } = buildForm(g, ss);
    rt.ledger.reset();
    form.__submit({ "ID Pendamping": "P01 — Ani", "Kabupaten/Kota": "Kota Kupang", "Tanggal Kunjungan": "2026-11-20", "Progres Fisik (%)": "5" },
      new Date("2026-11-21T02:00:00Z"));
    expect(rt.ledger.total()).toBe(0);
    form.getTitle();
    expect(rt.ledger.snapshot()).toEqual({ "Form.getTitle": 1 });
    expect(() => g.FormApp.openById("nope")).toThrow("No item with the given ID could be found");
  });
});
