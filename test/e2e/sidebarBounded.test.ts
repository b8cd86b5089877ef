// Issue 13, data volume: the `Bantuan` sidebar's search and cooperative view and `Salin ringkasan untuk
// WhatsApp` work from the rebuild's probe (kept states, checkpoint digest, the `Validasi` rows since) and a
// bounded read of `Validasi`, never every report. Through dist/Code.js: what they show equals what reading
// every report shows (a twin without checkpoint, whose short history is read whole as before), and the
// cells they read stay flat as the history grows.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, answers, dialogs, paste, records, report, values, wita } from "./agency";
import { forgetCheckpoint, rebuildAt, twins } from "./statePathSupport";
import { yearRows } from "../support/yearRows";

type Result = { ok: boolean; value?: Record<string, unknown>; message?: string };
const IDS = ["K-01", "K-02", "K-03", "K-04", "K-05"];
const QUERIES = ["gerung", "K-0", "desa", "lombok", "praya"];
const KEPT = /^Angka dari status tersimpan di lembar Status Koperasi/;

/** The same submits into both twins. */
function submit(pair: Driver[], a: Record<string, string>, at: string, opts: { validate?: boolean } = {}): void {
  for (const d of pair) d.submitForm(a, wita(at), opts as never);
}

/**
 * Everything the sidebar and the WhatsApp dialog show, each from a fresh execution. `proven`: the search and
 * the WhatsApp text with one-row ranges, where a refused probe would answer from the notes with a note;
 * the cooperative views (whose bounded read stops at one row range) with the usual ranges.
 */
function shown(d: Driver, proven: boolean): { search: unknown[]; views: unknown[]; whatsapp: string } {
  if (proven) rangeRows(d, 1);
  const search = QUERIES.map((q) => d.newExecution().call("sidebarSearch", q));
  d.newExecution().clickMenu("Salin ringkasan untuk WhatsApp");
  const whatsapp = dialogs(d).at(-1)!.html;
  rangeRows(d, null);
  const views = IDS.map((id) => d.newExecution().call("sidebarKoperasi", id));
  return { search, views, whatsapp };
}

/** Sets (or with null removes) the row-range size: 1 makes any refused probe answer from the notes. */
function rangeRows(d: Driver, n: number | null): void {
  if (n === null) d.runtime.properties.document.delete("kdkmp.rangeRows");
  else d.runtime.properties.document.set("kdkmp.rangeRows", String(n));
}

describe("the sidebar and the WhatsApp text from the kept states", () => {
  it("show what reading every report shows, after a rebuild and submits of every kind, and write nothing", () => {
    const [state, full] = twins();
    const pair = [state, full];
    submit(pair, report("K-01", "2026-11-16", 10), "2026-11-16T09:00:00");
    submit(pair, report("K-02", "2026-11-16", 5), "2026-11-16T10:00:00");
    submit(pair, report("K-04", "2026-11-16", 20), "2026-11-16T11:00:00");
    rebuildAt(state, wita("2026-11-16T16:00:00"));
    rebuildAt(full, wita("2026-11-16T16:00:00"));
    // A correction of a report before the checkpoint, a visit after the submission (rejected), a repeat,
    // progress going back on a small plot (a warning with two reasons), a late report about an earlier day.
    submit(pair, report("K-04", "2026-11-16", 25), "2026-11-17T08:00:00");
    submit(pair, answers({ pendamping: "P-01", koperasi: "K-02", visit: "2026-11-20", progress: "5", stage: "Belum mulai" }), "2026-11-17T09:00:00", { validate: false });
    submit(pair, report("K-01", "2026-11-17", 20), "2026-11-17T10:00:00");
    submit(pair, report("K-01", "2026-11-17", 20), "2026-11-17T10:30:00");
    submit(pair, report("K-02", "2026-11-17", 2, { area: "100" }), "2026-11-17T11:00:00");
    submit(pair, report("K-01", "2026-11-15", 15), "2026-11-17T12:00:00");
    const statuses = records(state, "Validasi").map((r) => r.Status);
    expect(statuses).toEqual(expect.arrayContaining(["Dikoreksi", "Ditolak", "Duplikat", "Peringatan"]));
    expect(records(state, "Validasi").some((r) => String(r.Alasan).includes(" | "))).toBe(true);
    for (const d of pair) d.runtime.clock.set(wita("2026-11-18T08:00:00").getTime());

    forgetCheckpoint(full);
    const fromState = shown(state, true);
    const fromAll = shown(full, false);
    expect(fromState).toEqual(fromAll);
    expect(JSON.stringify(fromState)).not.toMatch(/status tersimpan/);
    // What they show: K-01's reports newest visit first (the late report of the 15th last), the repeat and the rejection listed.
    const k01 = fromState.views[0] as Result;
    expect((k01.value!.reports as Array<{ visit: string; status: string }>).map((r) => `${r.visit} ${r.status}`)).toEqual([
      "17/11/2026 Duplikat", "17/11/2026 Valid", "16/11/2026 Valid", "15/11/2026 Valid",
    ]);
    expect(k01.value!.reportsMessage).toBe("4 laporan.");
    expect(fromState.whatsapp).toContain("Melapor 7 hari terakhir");
    // The sidebar writes nothing.
    const written = state.ledger.cellsWritten;
    for (const id of IDS) state.newExecution().call("sidebarKoperasi", id);
    state.newExecution().call("sidebarSearch", "desa");
    expect(state.ledger.cellsWritten).toBe(written);
  });

  it("list a cooperative's 10 newest reports of more than 15 as reading every report does", () => {
    const [state, full] = twins();
    const pair = [state, full];
    for (let day = 1; day <= 17; day++) {
      const visit = `2026-11-${String(day).padStart(2, "0")}`;
      submit(pair, report("K-03", visit, day), `${visit}T09:00:00`);
      if (day % 5 === 0) submit(pair, report("K-05", visit, day), `${visit}T10:00:00`);
    }
    rebuildAt(state, wita("2026-11-17T16:00:00"));
    rebuildAt(full, wita("2026-11-17T16:00:00"));
    forgetCheckpoint(full);
    const a = state.newExecution().call("sidebarKoperasi", "K-03") as Result;
    const b = full.newExecution().call("sidebarKoperasi", "K-03") as Result;
    // Only the count differs: the bounded read stopped once it had enough of K-03's rows.
    expect({ ...a.value, reportsMessage: "" }).toEqual({ ...b.value, reportsMessage: "" });
    expect(b.value!.reportsMessage).toBe("10 laporan terbaru dari 17.");
    expect(a.value!.reportsMessage).toBe("10 laporan terbaru; laporan yang lebih lama ada di lembar Validasi.");
    expect(state.newExecution().call("sidebarKoperasi", "K-05")).toEqual(full.newExecution().call("sidebarKoperasi", "K-05"));
  });
});

const RESPONSES = "Laporan Harian";

/** A workbook whose response sheet holds `n` report rows of K-01..K-03 over a year (pasted, uncounted), rebuilt, then two submits. */
function workbookWith(n: number): Driver {
  const driver = agencyWorkbook({ now: wita("2027-11-16T08:00:00") });
  driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-01", visit: "2027-11-15", progress: "10", stage: "Persiapan lahan" }), wita("2027-11-15T17:00:00"));
  const coops = ["K-01", "K-02", "K-03"].map((id) => values(driver, RESPONSES)[1]!.map((c) => (typeof c === "string" && c.startsWith("K-01") ? c.replace("K-01", id) : c)));
  const visit = values(driver, RESPONSES)[0]!.indexOf("Tanggal Kunjungan");
  paste(driver, RESPONSES, yearRows(coops, n, visit), 2);
  driver.newExecution().clickMenu("Perbarui status & ringkasan");
  driver.submitForm(answers({ pendamping: "P-01", koperasi: "K-02", visit: "2027-11-16", progress: "20", stage: "Pondasi" }), wita("2027-11-16T07:30:00"));
  driver.submitForm(answers({ pendamping: "P-02", koperasi: "K-04", visit: "2027-11-16", progress: "5", stage: "Persiapan lahan" }), wita("2027-11-16T07:40:00"));
  return driver;
}

function measured(d: Driver, work: () => unknown): { cells: number; calls: number; result: unknown } {
  d.newExecution();
  d.ledger.reset();
  const result = work();
  return { cells: d.ledger.cellsRead, calls: d.ledger.total(), result };
}

describe("the cells they read do not grow with the history", () => {
  // From 2,000 rows on: the probe reads `Validasi` back to the oldest counted row a later report may still
  // correct (CORRECTABLE_ROWS) that no kept state holds, at most that many rows.
  const sizes = [3_000, 12_000];
  const figures: Record<string, Array<{ cells: number; calls: number }>> = { search: [], view: [], whatsapp: [] };

  it.each(sizes)("with %i response rows", (n) => {
    const d = workbookWith(n);
    expect(records(d, "Validasi")).toHaveLength(n + 2);
    const search = measured(d, () => d.call("sidebarSearch", "K-0"));
    const view = measured(d, () => d.call("sidebarKoperasi", "K-02"));
    const whatsapp = measured(d, () => d.clickMenu("Salin ringkasan untuk WhatsApp"));
    expect(JSON.stringify([search.result, view.result, dialogs(d).at(-1)])).not.toMatch(/status tersimpan/);
    expect((view.result as Result).value).toMatchObject({ reportsMessage: "10 laporan terbaru; laporan yang lebih lama ada di lembar Validasi." });
    expect(((view.result as Result).value!.reports as unknown[]).length).toBe(10);
    figures.search!.push(search);
    figures.view!.push(view);
    figures.whatsapp!.push(whatsapp);
    // Reading every report once would be n × 24 cells.
    for (const f of [search, view, whatsapp]) expect(f.cells).toBeLessThan(45_000);
  });

  it.each(["search", "view", "whatsapp"])("%s: the same calls, and cells within 200, at 3,000 and 12,000 rows", (what) => {
    const [small, large] = figures[what]!;
    expect(large!.calls).toBe(small!.calls);
    // The probe's `Validasi` read starts at the oldest correctable row no state holds: a few rows either way.
    expect(Math.abs(large!.cells - small!.cells)).toBeLessThanOrEqual(200);
  });
});

describe("when the probe refuses and the history is longer than one row range", () => {
  it("answers from the Status Koperasi notes with a note saying so, never reading every report", () => {
    const d = workbookWith(600);
    rangeRows(d, 100);
    const before = {
      search: measured(d, () => d.call("sidebarSearch", "K-0")),
      view: measured(d, () => d.call("sidebarKoperasi", "K-04")),
      whatsapp: measured(d, () => d.clickMenu("Salin ringkasan untuk WhatsApp")),
    };
    forgetCheckpoint(d);
    const search = measured(d, () => d.call("sidebarSearch", "K-0"));
    const view = measured(d, () => d.call("sidebarKoperasi", "K-04"));
    const whatsapp = measured(d, () => d.clickMenu("Salin ringkasan untuk WhatsApp"));
    // No more cells than the probe read (the probe reads the status rows, the notes alone are read here).
    expect(search.cells).toBeLessThanOrEqual(before.search.cells);
    expect(view.cells).toBeLessThanOrEqual(before.view.cells);
    expect(whatsapp.cells).toBeLessThanOrEqual(before.whatsapp.cells);
    const note = ((search.result as Result).value as { note: string }).note;
    // The time of the last full count (the rebuild that read the pasted rows, the clock at the first submit's time).
    expect(note).toMatch(KEPT);
    expect(note).toContain("(hitungan lengkap terakhir 15/11/2027 17:00)");
    expect(note).toContain("Jalankan Perbarui status & ringkasan untuk angka terbaru.");
    // The notes follow every submit: the same zones as the probe gave.
    expect({ ...(search.result as Result).value, note: "" }).toEqual({ ...(before.search.result as Result).value, note: "" });
    const v = (view.result as Result).value!;
    expect(v.note).toBe(note);
    expect({ ...v, note: undefined }).toEqual({ ...(before.view.result as Result).value, note: undefined });
    // K-04's only report is in the last 100 rows; the rows before them were not looked at.
    expect(v.reportsMessage).toBe("1 laporan terbaru; laporan yang lebih lama ada di lembar Validasi.");
    const text = String(records(d, "Log").at(-1)?.Rincian);
    expect(text).toMatch(/Angka dari status tersimpan/);
    expect(dialogs(d).at(-1)!.html).toContain("Angka dari status tersimpan");
    rangeRows(d, null);
  });

  it("a cooperative with no report in the rows looked at says where older ones are", () => {
    const d = workbookWith(600);
    rangeRows(d, 20);
    const v = (d.newExecution().call("sidebarKoperasi", "K-05") as Result).value!;
    expect(v.reports).toEqual([]);
    expect(v.reportsMessage).toBe("Tidak ada laporan di baris-baris terakhir; laporan yang lebih lama ada di lembar Validasi.");
  });

  it("says to run the rebuild first when there are no kept states either", () => {
    const d = workbookWith(600);
    forgetCheckpoint(d);
    rangeRows(d, 100);
    const sheet = (d.spreadsheet as unknown as { __sheet(n: string): unknown }).__sheet("Status Koperasi");
    (d.spreadsheet as unknown as { deleteSheet(s: unknown): void }).deleteSheet(sheet);
    expect(d.newExecution().call("sidebarSearch", "K-0")).toEqual({
      ok: false, message: expect.stringContaining("Status koperasi belum dihitung. Jalankan menu Pantau KDKMP › Perbarui status & ringkasan"),
    });
  });
});
