// Mapping the response sheet's header: timestamp in column 1, questions by title, Koperasi (...) columns.
import { mapResponseColumns } from "../../../src/core/reports/parse";
import { RESPONSE_HEADER } from "../../builders/sheetRows";

describe("mapResponseColumns", () => {
  it.each(["Stempel waktu", "Timestamp", "Marca temporal", ""])("column 1 is the timestamp whatever it says (%j)", (first) => {
    const { columns, missing } = mapResponseColumns([first, ...RESPONSE_HEADER.slice(1)]);
    expect(columns.timestamp).toBe(0);
    expect(missing).toEqual([]);
    expect(columns.questions.pendamping).toEqual([1]);
    expect(columns.questions.progress).toEqual([8]);
  });

  it("collects every Koperasi (...) column with its kabupaten/kota", () => {
    const { columns } = mapResponseColumns(RESPONSE_HEADER);
    expect(columns.koperasi).toEqual([
      { index: 3, regency: "Lombok Barat" },
      { index: 4, regency: "Kota Mataram" },
    ]);
  });

  it("finds questions in any order and case, and ignores old columns of deleted questions", () => {
    const header = ["Timestamp", "PROGRES FISIK (%)", "Pertanyaan lama", "tahap pembangunan", " Koperasi (Dompu) ",
      "Status Lahan", "tanggal kunjungan", "Id Pendamping", "Luas Lahan (m2)"];
    const { columns, missing } = mapResponseColumns(header);
    expect(missing).toEqual([]);
    expect(columns.questions).toMatchObject({
      progress: [1], stage: [3], landStatus: [5], visitDate: [6], pendamping: [7], landArea: [8], obstacles: [],
    });
    expect(columns.koperasi).toEqual([{ index: 4, regency: "Dompu" }]);
  });

  it("lists the required questions that have no column", () => {
    const { missing } = mapResponseColumns(["Timestamp", "ID Pendamping", "Kendala"]);
    expect(missing).toEqual([
      "Tanggal Kunjungan", "Status Lahan", "Progres Fisik (%)", "Tahap Pembangunan", "Koperasi (Kabupaten/Kota)",
    ]);
  });

  it("a title that appears twice (question added again) keeps both columns, left to right", () => {
    const { columns } = mapResponseColumns([...RESPONSE_HEADER, "Progres Fisik (%)"]);
    expect(columns.questions.progress).toEqual([8, 13]);
  });
});
