// Reading the `Koordinat` answer: "lat, lon" with `.` or `,` decimals.

const NUM = String.raw`[+-]?\d{1,3}(?:[.,]\d+)?`;
// Two numbers separated by a comma, a semicolon or blanks: "-8.58, 116.1", "-8,58; 116,1", "-8.58 116.1".
const COORD_RE = new RegExp(String.raw`^(${NUM})\s*(?:[;,]\s*|\s+)(${NUM})$`);

/** Latitude and longitude from the text, or null when it is not two numbers within ±90 / ±180. */
export function parseCoordinates(text: string): { lat: number; lon: number } | null {
  if (typeof text !== "string" || text.length > 100) return null;
  const m = COORD_RE.exec(text.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const lat = Number(m[1].replace(",", "."));
  const lon = Number(m[2].replace(",", "."));
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}
