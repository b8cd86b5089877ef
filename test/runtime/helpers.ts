// Shared helpers for the runtime tests: a runtime plus loosely typed access to the fakes.
import { createRuntime, type RuntimeOptions } from "../../runtime/globals";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export function runtime(opts: RuntimeOptions = {}) {
  const rt = createRuntime({ user: "admin@dinas.go.id", ...opts });
  const g = rt.globals as Loose;
  return { rt, g, ss: g.SpreadsheetApp.getActiveSpreadsheet() as Loose };
}

/** A small KDKMP-like form: a regency question branching to one page per regency. */
export function buildForm(g: Loose, ss: Loose) {
  const form = g.FormApp.create("Laporan Harian Pendamping KDKMP");
  form.addListItem().setTitle("ID Pendamping").setChoiceValues(["P01 — Ani", "P02 — Budi"]).setRequired(true);
  const regency = form.addMultipleChoiceItem().setTitle("Kabupaten/Kota").setRequired(true);
  const pageA = form.addPageBreakItem().setTitle("Kota Kupang");
  form.addListItem().setTitle("Koperasi (Kota Kupang)").setChoiceValues(["K01 — Kop A (Oebobo)"]);
  const pageB = form.addPageBreakItem().setTitle("Kab. Alor");
  form.addListItem().setTitle("Koperasi (Kab. Alor)").setChoiceValues(["K02 — Kop B (Kalabahi)"]);
  const details = form.addPageBreakItem().setTitle("Laporan");
  pageA.setGoToPage(details);
  regency.setChoices([regency.createChoice("Kota Kupang", pageA), regency.createChoice("Kab. Alor", pageB)]);
  form.addDateItem().setTitle("Tanggal Kunjungan").setRequired(true);
  form.addTextItem().setTitle("Progres Fisik (%)").setRequired(true)
    .setValidation(g.FormApp.createTextValidation().setHelpText("0-100").requireNumberBetween(0, 100).build());
  form.addTextItem().setTitle("Koordinat")
    .setValidation(g.FormApp.createTextValidation().requireTextMatchesPattern("-?\\d+(\\.\\d+)?, ?-?\\d+(\\.\\d+)?").build());
  form.addParagraphTextItem().setTitle("Kendala");
  form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
  return { form, regency, pageA, pageB, details };
}
