// Reading `Koordinat` as typed on a phone, and distances.
import { haversineKm, insideBox, parseCoordinates } from "../../../src/core/validation/coordinates";

test.each([
  ["-8.58, 116.1", -8.58, 116.1],
  ["-8,58; 116,1", -8.58, 116.1],
  ["-8.58 116.1", -8.58, 116.1],
  ["-8.58,116.1", -8.58, 116.1],
  ["  -8.583333,  116.116667 ", -8.583333, 116.116667],
  ["-8,58 116,1", -8.58, 116.1],
  ["-9; 124", -9, 124],
])("reads %j", (text, lat, lon) => {
  expect(parseCoordinates(text)).toEqual({ lat, lon });
});

test.each(["", "dekat masjid", "-8.58", "116.1, -8.58, 3", "-95, 116", "-8.58, 190", "-8.58 / 116.1", "8°35' S, 116°6' E"])(
  "does not read %j",
  (text) => {
    expect(parseCoordinates(text)).toBeNull();
  },
);

test("haversine: one degree of latitude is about 111 km; Mataram to Kupang about 830 km", () => {
  expect(haversineKm({ lat: -8, lon: 116 }, { lat: -9, lon: 116 })).toBeCloseTo(111.2, 1);
  const km = haversineKm({ lat: -8.5833, lon: 116.1167 }, { lat: -10.1772, lon: 123.607 });
  expect(km).toBeGreaterThan(800);
  expect(km).toBeLessThan(900);
});

test("the box includes its edges", () => {
  const box = { minLat: -9, maxLat: -8, minLon: 116, maxLon: 117 };
  expect(insideBox({ lat: -9, lon: 117 }, box)).toBe(true);
  expect(insideBox({ lat: -9.0001, lon: 116.5 }, box)).toBe(false);
});
