// Issue 15 (SPEC section 9, KIRIM_UMPAN_BALIK), through dist/Code.js: once a day from JAM_PERBARUI each
// active pendamping with an Email gets one Indonesian email about the previous day's `Ditolak` and
// `Peringatan` reports, never twice (duplicate hourly runs, a run cut off before or after a send), within
// the MailApp quota, and a malformed address stops nobody else's email.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { PENDAMPING, agencyWorkbook, lastLog, paste, records, report, setSetting, wita } from "./agency";

/** 16/11: P-01 sends a rejected report (visit after submission) and a valid one; P-02 one with a warning. */
function dayOfReports(opts: { feedback?: string; pendamping?: CellValue[][] } = {}): Driver {
  const driver = agencyWorkbook();
  setSetting(driver, "KIRIM_UMPAN_BALIK", opts.feedback ?? "Ya");
  if (opts.pendamping) paste(driver, "Pendamping", opts.pendamping);
  driver.submitForm(report("K-01", "2026-11-18", 10), wita("2026-11-16T17:00:00"));
  driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T17:05:00"));
  driver.submitForm(report("K-04", "2026-11-16", 5, { land: "Proses (usulan/verifikasi)" }), wita("2026-11-16T17:20:00"));
  return driver;
}

function hourly(driver: Driver, at: string): void {
  driver.newExecution().fireTimeTriggers(wita(at));
}

function outbox(driver: Driver): Array<{ to: string; subject: string; body: string }> {
  return driver.runtime.mail.outbox.map((m) => ({ to: m.to, subject: m.subject, body: m.body }));
}

function hourlyLog(driver: Driver): string {
  const rows = records(driver, "Log").filter((r) => /Umpan balik/.test(String(r.Rincian)));
  return rows.map((r) => String(r.Rincian)).join("\n");
}

function withEmails(p01: string, p02: string): CellValue[][] {
  return PENDAMPING.map((r, i) => (i === 1 ? [r[0]!, r[1]!, p01, ...r.slice(3)] : i === 2 ? [r[0]!, r[1]!, p02, ...r.slice(3)] : r));
}

describe("feedback emails to pendamping (KIRIM_UMPAN_BALIK)", () => {
  it("sends each pendamping one Indonesian email with the previous day's Ditolak/Peringatan reports, their Alasan and how to fix them", () => {
    const driver = dayOfReports();
    hourly(driver, "2026-11-17T05:00:00");
    expect(outbox(driver)).toEqual([]); // before JAM_PERBARUI
    hourly(driver, "2026-11-17T06:00:00");
    const mails = outbox(driver);
    expect(mails.map((m) => m.to)).toEqual(["nurul@example.id", "ahmad@example.id"]);
    const nurul = mails[0]!;
    expect(nurul.subject).toBe("Pantau KDKMP: 1 laporan tanggal 16/11/2026 perlu diperiksa");
    expect(nurul.body).toMatch(/^Yth\. Baiq Nurul,/);
    expect(nurul.body).toMatch(/Koperasi K-01 \(KMP Desa Gerung\), kunjungan 18\/11\/2026 .*: Ditolak/);
    expect(nurul.body).toMatch(/Alasan: Tanggal kunjungan 18\/11\/2026 lebih lambat dari waktu kirim/);
    expect(nurul.body).toMatch(/kirim ulang laporan lewat formulir dengan Tanggal Kunjungan yang sama/);
    expect(nurul.body).not.toMatch(/K-02/); // her valid report is not mentioned
    expect(mails[1]!.body).toMatch(/K-04 .*: Peringatan/);
    expect(hourlyLog(driver)).toMatch(/Umpan balik: 2 email terkirim ke pendamping \(laporan 16\/11\/2026\)/);
  });

  it("is sent once a day, however often the hourly trigger runs", () => {
    const driver = dayOfReports();
    hourly(driver, "2026-11-17T06:00:00");
    hourly(driver, "2026-11-17T06:00:00"); // the same trigger fired twice
    hourly(driver, "2026-11-17T07:00:00");
    hourly(driver, "2026-11-17T11:00:00");
    expect(outbox(driver)).toHaveLength(2);
  });

  it("is off by default", () => {
    const driver = dayOfReports({ feedback: "Tidak" });
    hourly(driver, "2026-11-17T06:00:00");
    expect(outbox(driver)).toEqual([]);
  });

  it("a run cut off right after an email went out does not send it again when retried", () => {
    const driver = dayOfReports();
    // The run dies at the first bookkeeping write after the first email left.
    driver.ledger.atNextCall("MailApp.sendEmail", () =>
      driver.ledger.atNextCall("Properties.setProperty", () => { throw new Error("Exceeded maximum execution time"); }));
    expect(() => hourly(driver, "2026-11-17T06:00:00")).toThrow(/Exceeded maximum execution time/);
    expect(outbox(driver).map((m) => m.to)).toEqual(["nurul@example.id"]);
    hourly(driver, "2026-11-17T07:00:00");
    expect(outbox(driver).map((m) => m.to)).toEqual(["nurul@example.id", "ahmad@example.id"]);
    expect(String(lastLog(driver).Rincian)).toMatch(/terputus saat mengirim ke Baiq Nurul \(P-01\); email itu mungkin sudah terkirim, jadi tidak dikirim ulang/);
  });

  it("a run cut off just before a send names that email in the Log instead of risking a second copy", () => {
    const driver = dayOfReports();
    driver.ledger.atNextCall("MailApp.sendEmail", () => { throw new Error("Exceeded maximum execution time"); });
    expect(() => hourly(driver, "2026-11-17T06:00:00")).toThrow(/Exceeded/);
    hourly(driver, "2026-11-17T07:00:00");
    expect(outbox(driver).map((m) => m.to)).toEqual(["ahmad@example.id"]);
    expect(String(lastLog(driver).Rincian)).toMatch(/Baiq Nurul \(P-01\); email itu mungkin sudah terkirim/);
  });

  it("stays within MailApp.getRemainingDailyQuota(): the rest are named in the Log", () => {
    const driver = dayOfReports();
    driver.runtime.mail.remaining = 1;
    hourly(driver, "2026-11-17T06:00:00");
    expect(outbox(driver).map((m) => m.to)).toEqual(["nurul@example.id"]);
    expect(hourlyLog(driver)).toMatch(/kuota email harian habis \(sisa 0 penerima\); tidak terkirim hari ini: Lalu Ahmad \(P-02\)/);
    hourly(driver, "2026-11-17T07:00:00");
    expect(outbox(driver)).toHaveLength(1);
  });

  it("a malformed address is logged and the others of the list still get the email; a bouncing one does not stop the run", () => {
    const driver = dayOfReports({ pendamping: withEmails("nurul@example.id, nurul@@salah", "ahmad(at)example.id") });
    driver.runtime.mail.bouncing!.add("nurul@example.id");
    hourly(driver, "2026-11-17T06:00:00");
    expect(outbox(driver).map((m) => m.to)).toEqual(["nurul@example.id"]);
    const log = hourlyLog(driver);
    expect(log).toMatch(/alamat nurul@@salah milik Baiq Nurul \(P-01\) tidak sah; perbaiki kolom Email di lembar Pendamping/);
    expect(log).toMatch(/alamat ahmad\(at\)example.id milik Lalu Ahmad \(P-02\) tidak sah/);
    expect(log).toMatch(/1 email terkirim/);
    expect(driver.runtime.mail.bounces).toEqual([{ to: "nurul@example.id", subject: expect.stringMatching(/16\/11\/2026/) }]);
  });
});
