// `Bantuan` through the bundle: the sidebar it opens (dist/Sidebar.html evaluated as Apps Script would)
// and its google.script.run targets, which only read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml } from "../../src/app/html/escape";
import { HELP_TEXT } from "../../src/core/text/help";
import { agencyWorkbook, answers, values, wita, CODE } from "./agency";

type Result = { ok: boolean; value?: Record<string, unknown>; message?: string };

describe("Bantuan", () => {
  it("opens a sidebar (IFRAME sandbox, Indonesian title) with the search box and a help line per menu item", () => {
    const driver = agencyWorkbook();
    const alertsBefore = driver.alerts.length;
    driver.clickMenu("Bantuan");
    const sidebars = driver.runtime.ui.__sidebars;
    expect(sidebars).toHaveLength(1);
    const { title, html } = sidebars[0]!;
    expect(title).toBe("Bantuan Pantau KDKMP");
    expect(driver.ledger.count("HtmlOutput.setSandboxMode")).toBe(1);
    expect(html).toMatch(/<input id="cari" name="cari" type="search"/);
    expect(html).toContain('<label for="cari">ID, nama, atau desa/kelurahan</label>');
    for (const item of HELP_TEXT.items) {
      expect(html).toContain(`<dt>${escapeHtml(item.caption)}</dt>`);
      expect(html).toContain(`<dd>${escapeHtml(item.text)}</dd>`);
    }
    expect(html).not.toContain("<?"); // every scriptlet was evaluated
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|https?:\/\//); // self-contained
    expect(driver.alerts).toHaveLength(alertsBefore); // the sidebar is the answer; no closing alert
  });

  it("talks only to script functions the bundle declares at top level", () => {
    const page = readFileSync(join(__dirname, "../../dist/Sidebar.html"), "utf8");
    const source = readFileSync(CODE, "utf8");
    const targets = [...page.matchAll(/call\("(\w+)"/g)].map((m) => m[1]!);
    expect(targets.sort()).toEqual(["sidebarKoperasi", "sidebarSearch", "sidebarSettingsCheck"]);
    for (const name of targets) expect(source).toMatch(new RegExp(`^function ${name}\\(`, "m"));
  });

  it("answers search, detail and settings check with plain JSON and writes nothing", () => {
    const driver = agencyWorkbook();
    driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "10", stage: "Persiapan lahan" }), wita("2026-11-16T10:00:00"));
    const written = driver.ledger.cellsWritten;
    const logRows = values(driver, "Log").length;

    const found = driver.newExecution().call("sidebarSearch", "gerung") as Result;
    expect(found.ok).toBe(true);
    expect(found.value).toMatchObject({ total: 1, hits: [{ id: "K-01", zone: "HIJAU", color: "#b7e1cd" }] });

    const detail = driver.newExecution().call("sidebarKoperasi", "K-01") as Result;
    expect(detail.value).toMatchObject({
      id: "K-01", zone: "HIJAU", latest: { progress: "10%", lastReport: "16/11/2026" },
      reports: [{ visit: "16/11/2026", submitted: "16/11/2026 10:00", status: "Valid" }],
    });
    expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);

    // The workbook's size against Google's 10-million-cell limit, blank cells of every sheet included.
    const sheets = (driver.spreadsheet as unknown as { __sheets: { __grid: { maxRows: number; maxCols: number } }[] }).__sheets;
    const cells = sheets.reduce((n, s) => n + s.__grid.maxRows * s.__grid.maxCols, 0);
    const shown = cells.toLocaleString("de-DE");
    expect(driver.newExecution().call("sidebarSettingsCheck")).toEqual({
      ok: true,
      value: {
        ok: true, summary: "Pengaturan sudah benar.", problems: [],
        notes: [expect.stringContaining(`Ukuran lembar kerja: ${shown} sel dari batas Google 10.000.000 sel (`)],
      },
    });
    expect(driver.newExecution().call("sidebarKoperasi", "K-99")).toEqual({
      ok: false, message: 'Koperasi dengan ID "K-99" tidak ada di lembar Koperasi.',
    });
    expect(driver.newExecution().call("sidebarSearch", { not: "text" })).toMatchObject({ ok: true, value: { total: 0 } });
    expect(driver.ledger.cellsWritten).toBe(written);
    expect(values(driver, "Log")).toHaveLength(logRows);
  });

  it("gives an Indonesian message instead of an error when the workbook is not set up", () => {
    const driver = agencyWorkbook();
    (driver.spreadsheet as unknown as { deleteSheet(s: unknown): void; getSheetByName(n: string): unknown })
      .deleteSheet((driver.spreadsheet as unknown as { getSheetByName(n: string): unknown }).getSheetByName("Koperasi"));
    const result = driver.newExecution().call("sidebarSearch", "K-01") as Result;
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Koperasi");
  });
});
