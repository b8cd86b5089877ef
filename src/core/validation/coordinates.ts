// Coordinates for the validation rules: the `Koordinat` reader, the distance between two points, the region box.
import type { RegionBox } from "../settings/types";

export interface LatLon {
  lat: number;
  lon: number;
}

// The `Koordinat` reader is shared with the response reader (reports/coordinates.ts): one notion of readable.
export { parseCoordinates } from "../reports/coordinates";

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle (haversine) distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True when the point lies in the box (edges included). */
export function insideBox(p: LatLon, box: RegionBox): boolean {
  return p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
}
