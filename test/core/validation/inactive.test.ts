// A pendamping set `Aktif = Tidak` keeps the reports sent before; only later ones are rejected.
import { validateReport } from "../../../src/core/validation/validate";
import { aPendamping, aRegistry, aReport, at, d, someSettings } from "../../builders/validation";

function statusOf(submitted: string, inactiveSince: number | null) {
  const registry = aRegistry(undefined, [aPendamping({ id: "P1", active: false, inactiveSince })]);
  const report = aReport({ submittedAt: at(submitted), visitDay: d(submitted) });
  return validateReport(report, { registry, settings: someSettings(), state: undefined }).result;
}

describe("inactive pendamping", () => {
  it("keeps a report sent before the day the pendamping was seen inactive", () => {
    expect(statusOf("2026-11-10", d("2026-11-15")).status).toBe("Valid");
  });

  it("rejects a report sent on or after that day", () => {
    const result = statusOf("2026-11-15", d("2026-11-15"));
    expect(result.status).toBe("Ditolak");
    expect(result.findings.map((f) => f.code)).toEqual(["INACTIVE_PENDAMPING"]);
  });

  it("rejects every report when the day is unknown (SPEC section 3)", () => {
    expect(statusOf("2026-11-10", null).status).toBe("Ditolak");
  });
});
