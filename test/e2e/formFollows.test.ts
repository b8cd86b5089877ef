// SPEC section 2: the form is kept in step with `Koperasi` and `Pendamping` — choices follow the
// registry when the summaries are rebuilt (from the menu or by the daily trigger), not only when
// someone remembers `Buat / perbarui formulir`.
import type { Driver } from "../../runtime/driver";
import { KOPERASI, agencyWorkbook, koperasiRows, lastAlert, paste, wita } from "./agency";

type Item = { type: string; title: string; choices: Array<{ value: string }> };
const items = (d: Driver) => ((d.linkedForm() as any).__data() as { items: Item[] }).items;
const choices = (d: Driver, title: string) => items(d).find((i) => i.title === title)?.choices.map((c) => c.value);

describe("the form follows the registry", () => {
  it("gets a new kabupaten/kota page and cooperative at the next rebuild", () => {
    const driver = agencyWorkbook();
    const added = { id: "K-07", name: "KMP Desa Masbagik", village: "Masbagik", district: "Masbagik", regency: "Lombok Timur", pendamping: "P-02" };
    paste(driver, "Koperasi", koperasiRows([...KOPERASI, added]));
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).toMatch(/Formulir diperbarui mengikuti lembar Koperasi/);
    expect(choices(driver, "Kabupaten/Kota")).toEqual(["Lombok Barat", "Lombok Tengah", "Lombok Timur"]);
    expect(choices(driver, "Koperasi (Lombok Timur)")).toEqual(["K-07 — KMP Desa Masbagik (Masbagik)"]);
  });

  it("leaves the form alone when nothing it shows changed, also at the daily run", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastAlert(driver)).not.toMatch(/Formulir diperbarui/);
    driver.ledger.reset();
    driver.fireTimeTriggers(wita("2026-11-17T06:05:00"));
    expect(Object.keys(driver.ledger.snapshot()).filter((k) => k.startsWith("Form"))).toEqual([]);
  });
});
