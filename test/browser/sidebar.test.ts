// The `Bantuan` sidebar in a real browser: the page the bundle serves, in headless Chromium, talking to
// the real bundle (dist/Code.js in the local runtime) through a google.script.run shim.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Driver } from "../../runtime/driver";
import { MENU_ITEMS } from "../../src/core/text/menu";
import { agencyWorkbook, answers, paste, values, wita } from "../e2e/agency";
import { CHROMIUM, HAVE_CHROMIUM, SidebarBrowser } from "./harness";

const RESULTS = join(__dirname, "../../test-results");
const XSS_NAME = "<img src=x onerror=alert(1)>";
const XSS_VILLAGE = "<script>alert(2)</script>";

/** The agency workbook with a few days of reports and a cooperative whose name is markup. Clock: 20/11 08:00. */
function workbook(): Driver {
  const driver = agencyWorkbook();
  paste(driver, "Koperasi", [["K-06", XSS_NAME, XSS_VILLAGE, "Narmada", "Lombok Barat", "P-01", "Tidak", "Tidak", "", "", ""]], 7);
  const send = (a: Parameters<typeof answers>[0], at: string, validate = true) =>
    driver.submitForm(answers(a), wita(at), { validate } as never);
  send({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "10", stage: "Persiapan lahan" }, "2026-11-16T10:00:00");
  send({ pendamping: "P-02", koperasi: "K-04", visit: "2026-11-17", land: "Belum ada lahan", progress: "0", stage: "Belum mulai" }, "2026-11-17T10:00:00");
  send({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-18", land: "Proses (usulan/verifikasi)", progress: "50", stage: "Struktur & dinding" }, "2026-11-18T10:00:00");
  send({ pendamping: "P-01", koperasi: "K-01", visit: "2026-11-25", progress: "55", stage: "Struktur & dinding" }, "2026-11-19T10:00:00", false);
  driver.runtime.clock.set(wita("2026-11-20T08:00:00").getTime());
  return driver;
}

/** Clicks `Bantuan` through the bundle and returns the HTML of the sidebar it opened. */
function sidebarHtml(driver: Driver): string {
  driver.newExecution().clickMenu("Bantuan");
  const sidebars = driver.runtime.ui.__sidebars;
  return sidebars[sidebars.length - 1]!.html;
}

async function search(page: Page, text: string): Promise<void> {
  await page.fill("#cari", text);
}

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, " ");

if (!HAVE_CHROMIUM) {
  console.warn(`test/browser skipped: no Chromium at ${CHROMIUM}. Install Debian's chromium (apt-get install -y chromium) to run the browser tests.`);
}
const describeInBrowser = HAVE_CHROMIUM ? describe : describe.skip;

describeInBrowser("the Bantuan sidebar in headless Chromium", () => {
  const browser = new SidebarBrowser();
  let driver: Driver;
  let html: string;

  beforeAll(async () => {
    driver = workbook();
    html = sidebarHtml(driver);
    browser.driver = driver;
    await browser.start();
  });
  afterAll(() => browser.stop());
  afterEach(() => {
    expect(browser.dialogs).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.strayRequests).toEqual([]);
  });

  it("checks the settings on opening and shows help on every menu item", async () => {
    const page = await browser.open(html);
    await page.waitForSelector("#settings-status.ok");
    expect(await text(page, "#settings-status")).toBe("Pengaturan sudah benar.");
    expect(await page.locator("dl.help dt").allInnerTexts()).toEqual(MENU_ITEMS.map((m) => m.caption));
    await page.close();
  });

  it("finds a cooperative by id and shows its zone, reasons, latest figures, pendamping and last reports", async () => {
    const page = await browser.open(html);
    const writtenBefore = driver.ledger.cellsWritten;
    await search(page, "K-01");
    await page.waitForSelector('#koperasi[data-id="K-01"]');
    expect(await text(page, "#koperasi h3")).toBe("KMP Desa Gerung");
    expect(await text(page, "#zona")).toBe("KUNING");
    expect(await page.evaluate('getComputedStyle(document.getElementById("zona")).backgroundColor')).toBe("rgb(252, 232, 178)");
    expect(await text(page, "#alasan")).toContain("Lahan masih dalam proses (usulan/verifikasi).");
    const latest = await text(page, "#terakhir");
    for (const part of ["Proses (usulan/verifikasi)", "50%", "Struktur & dinding", "18/11/2026", "2 hari"]) expect(latest).toContain(part);
    expect(await text(page, "#pendamping")).toContain("Baiq Nurul");
    const reports = await page.locator("#laporan > li").allInnerTexts();
    expect(reports).toHaveLength(3);
    expect(reports[0]).toMatch(/^25\/11\/2026\s+Ditolak/);
    expect(reports[0]).toContain("Tanggal kunjungan 25/11/2026 lebih lambat dari waktu kirim 19/11/2026");
    expect(reports[1]).toMatch(/^18\/11\/2026\s+Peringatan\s+50%/);
    expect(reports[1]).toContain("naik 40 poin");
    expect(reports[2]).toMatch(/^16\/11\/2026\s+Valid\s+10%/);
    expect(driver.ledger.cellsWritten).toBe(writtenBefore); // the sidebar only reads
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, "sidebar.png"), fullPage: true });
    await page.close();
  });

  it("finds by part of a name, lists the matches and opens the one clicked", async () => {
    const page = await browser.open(html);
    await search(page, "kmp desa");
    await page.waitForSelector("#results .hit");
    expect(await text(page, "#search-status")).toBe("5 koperasi ditemukan.");
    await page.click('#results .hit[data-id="K-04"]');
    await page.waitForSelector('#koperasi[data-id="K-04"]');
    expect(await text(page, "#zona")).toBe("MERAH");
    expect(await text(page, "#alasan")).toContain("Belum ada lahan.");
    expect(await text(page, "#pendamping")).toContain("Lalu Ahmad");
    await page.click("#detail button.link");
    expect(await page.locator("#results .hit").count()).toBe(5);
    await page.close();
  });

  it("finds by village too, and says so when nothing matches", async () => {
    const page = await browser.open(html);
    await search(page, "Kuripan");
    await page.waitForSelector('#koperasi[data-id="K-02"]');
    await search(page, "tidak ada desa ini");
    await page.waitForFunction('document.getElementById("search-status").textContent === "Tidak ada koperasi yang cocok."');
    await page.close();
  });

  it("shows a name and village that contain HTML as text: no element is made, no script runs", async () => {
    const page = await browser.open(html);
    await search(page, "onerror");
    await page.waitForSelector('#koperasi[data-id="K-06"]');
    expect(await page.locator("#koperasi h3").textContent()).toBe(XSS_NAME);
    expect(await page.locator("#koperasi > .muted").first().textContent()).toContain(XSS_VILLAGE);
    expect(await page.locator(".hit-name").textContent()).toBe(XSS_NAME);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    await page.waitForTimeout(200); // an onerror handler would have fired by now
    await page.close();
  });

  it("lists a bad Pengaturan value with its key, and search then says what to fix", async () => {
    const bad = workbook();
    const rows = values(bad, "Pengaturan");
    const at = rows.findIndex((r) => r[0] === "MAKS_UMUR_LAPORAN_HARI");
    paste(bad, "Pengaturan", [["MAKS_UMUR_LAPORAN_HARI", "tujuh"]], at + 1);
    paste(bad, "Pengaturan", [["HARI_TANPA_LAPORN_MERAH", 7]], rows.length + 1);
    browser.driver = bad;
    try {
      const page = await browser.open(sidebarHtml(bad));
      await page.waitForSelector("#settings-status.error");
      expect(await text(page, "#settings-status")).toBe("Ditemukan 2 masalah di lembar Pengaturan.");
      const problem = await text(page, '#settings-problems li[data-key="MAKS_UMUR_LAPORAN_HARI"]');
      expect(problem).toContain('bernilai "tujuh"');
      expect(await text(page, '#settings-problems li[data-key="HARI_TANPA_LAPORN_MERAH"]')).toContain("tidak dikenal");
      await search(page, "K-01");
      await page.waitForSelector("#search-status.error");
      expect(await text(page, "#search-status")).toContain("MAKS_UMUR_LAPORAN_HARI");
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: join(RESULTS, "sidebar-settings.png"), fullPage: true });
      await page.close();
    } finally {
      browser.driver = driver;
    }
  });
});
