// Every finding reads as plain Indonesian with its values filled in: dates dd/MM/yyyy, numbers 12,5.
import type { Finding, FindingCode } from "../../../src/core/model";
import { findingMessage, reasonsText } from "../../../src/core/text/findings";
import { validateReport } from "../../../src/core/validation/validate";
import { aRegistry, aReport, at, d, someSettings } from "../../builders/validation";

const CASES = {
  MISSING_ANSWER: [{ question: "Progres Fisik (%)" }, ['"Progres Fisik (%)"', "kosong", "kirim ulang"]],
  UNREADABLE_ANSWER: [{ question: "Tanggal Kunjungan", value: "31/02/2026" }, ['"Tanggal Kunjungan"', "31/02/2026", "tidak terbaca"]],
  UNKNOWN_KOPERASI: [{ koperasiId: "K-99" }, ["K-99", "lembar Koperasi"]],
  UNKNOWN_PENDAMPING: [{ pendampingId: "P-99" }, ["P-99", "lembar Pendamping"]],
  INACTIVE_PENDAMPING: [{ pendampingId: "P-7" }, ["P-7", "tidak aktif"]],
  SUBMITTED_IN_FUTURE: [{ submitDay: d("2027-11-21"), today: d("2026-11-21") }, ["Waktu kirim 21/11/2027 (stempel waktu) lebih lambat dari hari ini 21/11/2026; perbaiki tanggalnya."]],
  VISIT_AFTER_SUBMIT: [{ visitDay: d("2026-11-25"), submitDay: d("2026-11-21") }, ["Tanggal kunjungan 25/11/2026 lebih lambat dari waktu kirim 21/11/2026; periksa tanggal."]],
  VISIT_TOO_OLD: [{ visitDay: d("2026-11-12"), submitDay: d("2026-11-20"), ageDays: 8, maxDays: 7 }, ["12/11/2026", "8 hari", "20/11/2026", "7 hari"]],
  VISIT_BEFORE_PROGRAM: [{ visitDay: d("2025-09-30"), programStart: d("2025-10-01") }, ["30/09/2025", "01/10/2025"]],
  PROGRESS_OUT_OF_RANGE: [{ progress: 120.5 }, ["120,5%", "0 dan 100"]],
  NOT_ASSIGNED: [{ pendampingId: "P2", koperasiId: "K1", assignedId: "P1" }, ["P2", "K1", "P1"]],
  PROGRESS_DECREASED: [{ progress: 12.5, previous: 40, previousRow: 7, previousDay: d("2026-11-19") }, ["12,5%", "40%", "19/11/2026", "baris 7"]],
  PROGRESS_JUMP: [{ progress: 71, previous: 40, previousRow: 7, previousDay: d("2026-11-19"), jump: 31, max: 30 }, ["31 poin", "40%", "71%", "30 poin", "19/11/2026"]],
  STAGE_MISMATCH: [{ stage: "STRUKTUR", progress: 90, min: 30, max: 65 }, ['"Struktur & dinding"', "90%", "30-65%"]],
  PROGRESS_WITHOUT_LAND: [{ progress: 20, landStatus: "PROSES" }, ["20%", '"Proses (usulan/verifikasi)"']],
  LAND_TOO_SMALL: [{ area: 950.5, min: 1000 }, ["950,5 m²", "1.000 m²"]],
  COORD_UNREADABLE: [{ text: "dekat masjid" }, ['"dekat masjid"', "lintang lalu bujur"]],
  COORD_OUTSIDE_REGION: [{ lat: -6.2, lon: 106.8, province: "Nusa Tenggara Barat" }, ["-6,2", "106,8", "Nusa Tenggara Barat"]],
  COORD_TOO_FAR: [{ distanceKm: 12.345, max: 5 }, ["12,3 km", "5 km"]],
  OBSTACLE_UNKNOWN: [{ value: "Banjir", known: "Tidak ada, Lahan" }, ['"Banjir"', "Tidak ada, Lahan", "JENIS_KENDALA"]],
  ANSWER_NOT_UNDERSTOOD: [{ question: "Sumber Data", value: "teman", choices: "Kunjungan lapangan, Telepon/WhatsApp" }, ['"Sumber Data"', "teman", "Kunjungan lapangan"]],
  OUTLET_OPEN_UNFINISHED: [{ progress: 40 }, ["Gerai Beroperasi", "40%"]],
  DUPLICATE: [{ row: 12 }, ["baris 12", "tidak dihitung"]],
  CORRECTED: [{ row: 15 }, ["baris 15"]],
} satisfies Record<FindingCode, [Finding["params"], string[]]>;

describe("findingMessage", () => {
  test.each(Object.entries(CASES))("%s", (code, [params, parts]) => {
    const text = findingMessage({ code: code as FindingCode, severity: "warn", params });
    for (const part of parts) expect(text).toContain(part);
    expect(text).not.toMatch(/undefined|NaN|null|\[object/);
    // Says what to do: every message has an instruction after ";".
    expect(text).toMatch(/; \S/);
  });

  test("missing parameters never show as undefined", () => {
    for (const code of Object.keys(CASES) as FindingCode[]) {
      expect(findingMessage({ code, severity: "warn", params: {} })).not.toMatch(/undefined|NaN/);
    }
  });

  test("an unreadable progress number says so", () => {
    const { result } = validateReport(aReport({ progress: Number.NaN }), { registry: aRegistry(), settings: someSettings(), state: undefined });
    expect(reasonsText(result.findings)).toBe("Progres fisik bukan angka yang sah di luar rentang 0-100; isi angka antara 0 dan 100.");
  });
});

test("reasonsText joins the messages in order with ' | ' and is empty without findings", () => {
  const { result } = validateReport(
    aReport({ visitDay: d("2026-11-25"), submittedAt: at("2026-11-21", 23, 30), koperasiId: "K9" }),
    { registry: aRegistry(), settings: someSettings(), state: undefined },
  );
  expect(reasonsText(result.findings)).toBe(
    "ID Koperasi K9 tidak ada di lembar Koperasi; pilih koperasi dari daftar formulir atau minta admin menambahkannya."
    + " | Tanggal kunjungan 25/11/2026 lebih lambat dari waktu kirim 21/11/2026; periksa tanggal.",
  );
  expect(reasonsText([])).toBe("");
});
