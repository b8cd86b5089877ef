// Utilities fake: SimpleDateFormat patterns in a time zone, sleep on the virtual clock, digests.
import { CallLedger } from "../../runtime/calls";
import { VirtualClock } from "../../runtime/clock";
import { createUtilities } from "../../runtime/utilities";

describe("Utilities", () => {
  const ledger = new CallLedger();
  const clock = new VirtualClock(Date.UTC(2026, 10, 21, 15, 30));
  const u = createUtilities(ledger, clock);
  const at = new Date("2026-11-21T15:30:05.123Z");

  test("formatDate uses the given time zone and Java pattern letters", () => {
    expect(u.formatDate(at, "Asia/Makassar", "dd/MM/yyyy HH:mm")).toBe("21/11/2026 23:30");
    expect(u.formatDate(at, "Asia/Jakarta", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe("2026-11-21T22:30:05.123+07:00");
    expect(u.formatDate(at, "Asia/Makassar", "EEE, d MMM yyyy Z z")).toBe("Sat, 21 Nov 2026 +0800 WITA");
    expect(u.formatDate(at, "UTC", "hh:mm a X")).toBe("03:30 PM Z");
  });

  test("sleep advances the virtual clock without waiting", () => {
    const before = clock.now();
    u.sleep(60000);
    expect(clock.now() - before).toBe(60000);
  });

  test("computeDigest returns signed bytes like Apps Script", () => {
    const bytes = u.computeDigest(u.DigestAlgorithm.MD5, "abc");
    const hex = bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, "0")).join("");
    expect(hex).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(u.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(ledger.count("Utilities.formatDate")).toBe(4);
  });
});
