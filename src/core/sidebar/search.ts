// Finds cooperatives by id, name or village for the sidebar search box (pure: statuses in, JSON out).
import type { CoopStatus } from "../model";
import type { Settings } from "../settings/types";
import { SIDEBAR_TEXT } from "../text/sidebar";
import type { SearchHit, SearchView } from "./types";

export const SEARCH_LIMIT = 20;
/** The page searches once this many characters are typed (Enter searches any non-blank text). */
export const SEARCH_MIN_LENGTH = 2;

/** Lower case, accents dropped, runs of spaces made one space, trimmed. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * How well a cooperative matches: 0 exact id, 1 id starts with the query, 2 a word of the name or village
 * starts with it, 3 every query word appears somewhere in id, name or village; null when it does not match.
 */
export function matchRank(status: CoopStatus, query: string): number | null {
  const q = foldText(query);
  if (q === "") return null;
  const k = status.koperasi;
  const id = foldText(k.id);
  if (id === q) return 0;
  if (id.startsWith(q)) return 1;
  const name = foldText(k.name);
  const village = foldText(k.village);
  const words = `${name} ${village}`.split(/[\s/(),.-]+/);
  if (words.some((w) => w !== "" && w.startsWith(q)) || name.startsWith(q) || village.startsWith(q)) return 2;
  const haystack = `${id} ${name} ${village}`;
  return q.split(" ").every((part) => haystack.includes(part)) ? 3 : null;
}

export function searchHit(status: CoopStatus, settings: Settings): SearchHit {
  const k = status.koperasi;
  return {
    id: k.id, name: k.name, village: k.village, district: k.district, regency: k.regency,
    zone: status.zone, color: settings.colors[status.zone],
  };
}

/** The best matches first (rank, then name, then id), at most `limit`; `total` counts every match. */
export function searchKoperasi(statuses: readonly CoopStatus[], query: string, settings: Settings, limit = SEARCH_LIMIT): SearchView {
  const trimmed = query.trim();
  if (foldText(trimmed) === "") {
    return { query: trimmed, hits: [], total: 0, message: "" };
  }
  const ranked: { rank: number; status: CoopStatus }[] = [];
  for (const s of statuses) {
    const rank = matchRank(s, trimmed);
    if (rank !== null) ranked.push({ rank, status: s });
  }
  ranked.sort((a, b) => a.rank - b.rank
    || a.status.koperasi.name.localeCompare(b.status.koperasi.name, "id")
    || a.status.koperasi.id.localeCompare(b.status.koperasi.id, "id"));
  const hits = ranked.slice(0, limit).map((r) => searchHit(r.status, settings));
  return { query: trimmed, hits, total: ranked.length, message: SIDEBAR_TEXT.resultsCount(hits.length, ranked.length) };
}
