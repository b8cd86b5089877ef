// Utilities fake: formatDate (Java SimpleDateFormat letters), sleep on the virtual clock, digests, UUIDs.
import { createHash, randomUUID } from "node:crypto";
import { CallLedger, guard } from "./calls";
import type { Clock } from "./clock";
import { assertTimeZone, offsetMinutes, wallParts } from "./tz";

export const DigestAlgorithm = {
  MD2: "MD2", MD5: "MD5", SHA_1: "SHA_1", SHA_256: "SHA_256", SHA_384: "SHA_384", SHA_512: "SHA_512",
} as const;
export const Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" } as const;

const NODE_DIGEST: Record<string, string> = {
  MD5: "md5", SHA_1: "sha1", SHA_256: "sha256", SHA_384: "sha384", SHA_512: "sha512",
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// Java's short names for the Indonesian zones; other zones fall back to GMT+hh:mm like Java does.
const ZONE_NAMES: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT", UTC: "UTC", GMT: "GMT", "Etc/UTC": "UTC" };

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, "0");

function offsetText(minutes: number, style: "Z" | "X" | "XX" | "XXX" | "GMT"): string {
  if (minutes === 0 && style.startsWith("X")) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === "X") return `${sign}${h}`;
  if (style === "XXX") return `${sign}${h}:${m}`;
  if (style === "GMT") return `GMT${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

/** Java SimpleDateFormat subset: G y M d H h k K m s S E u a z Z X D, quoted text with '...'. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  let zone = timeZone;
  try {
    assertTimeZone(zone);
  } catch {
    zone = "UTC"; // Java's TimeZone.getTimeZone falls back to GMT for unknown ids.
  }
  const t = date.getTime();
  const p = wallParts(t, zone);
  const off = offsetMinutes(t, zone);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) { out += "'"; i += 2; continue; }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) { out += ch; i++; continue; }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case "y": out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n); break;
      case "M":
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1]?.slice(0, 3) : pad(p.month, n);
        break;
      case "d": out += pad(p.day, n); break;
      case "D": {
        const doy = Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
        out += pad(doy, n);
        break;
      }
      case "H": out += pad(p.hour, n); break;
      case "k": out += pad(p.hour === 0 ? 24 : p.hour, n); break;
      case "h": out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n); break;
      case "K": out += pad(p.hour % 12, n); break;
      case "m": out += pad(p.minute, n); break;
      case "s": out += pad(p.second, n); break;
      case "S": out += pad(p.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3)); break;
      case "E": out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday]?.slice(0, 3); break;
      case "u": out += String(p.weekday === 0 ? 7 : p.weekday); break;
      case "a": out += p.hour < 12 ? "AM" : "PM"; break;
      case "G": out += "AD"; break;
      case "z": out += n >= 4 ? zone : ZONE_NAMES[zone] ?? offsetText(off, "GMT"); break;
      case "Z": out += offsetText(off, "Z"); break;
      case "X": out += offsetText(off, n === 1 ? "X" : n === 2 ? "XX" : "XXX"); break;
      default:
        // Java throws IllegalArgumentException: Illegal pattern character 'x'.
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

function toSignedBytes(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(value: string | number[], charset?: string): Buffer {
  if (typeof value === "string") return Buffer.from(value, charset === Charset.US_ASCII ? "latin1" : "utf8");
  return Buffer.from(value.map((b) => b & 0xff));
}

export function createUtilities(ledger: CallLedger, clock: Clock) {
  const rec = (m: string): void => ledger.record("Utilities", m);
  const utilities = {
    DigestAlgorithm,
    Charset,
    formatDate(date: Date, timeZone: string, format: string): string {
      rec("formatDate");
      if (!(date instanceof Date)) {
        throw new Error("The parameters (" + typeof date + ",String,String) don't match the method signature for Utilities.formatDate.");
      }
      return formatJavaDate(date, timeZone, format);
    },
    /** Advances the virtual clock; never waits for real. The documented maximum is 300000 ms. */
    sleep(milliseconds: number): void {
      rec("sleep");
      if (milliseconds > 300000) throw new Error("Utilities.sleep: the maximum allowed value is 300000 milliseconds.");
      clock.advance(Math.max(0, milliseconds));
    },
    computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
      rec("computeDigest");
      const alg = NODE_DIGEST[algorithm];
      if (!alg) throw new Error(`Unsupported digest algorithm in the local runtime: ${algorithm}`);
      return toSignedBytes(createHash(alg).update(toBuffer(value, charset)).digest());
    },
    getUuid(): string {
      rec("getUuid");
      return randomUUID();
    },
    base64Encode(data: string | number[], charset?: string): string {
      rec("base64Encode");
      return toBuffer(data, charset).toString("base64");
    },
    base64Decode(encoded: string): number[] {
      rec("base64Decode");
      return toSignedBytes(Buffer.from(encoded, "base64"));
    },
    newBlob(): never {
      rec("newBlob");
      throw new Error("Utilities.newBlob is not implemented in the local Apps Script runtime");
    },
  };
  return guard(utilities, "Utilities");
}

export type UtilitiesFake = ReturnType<typeof createUtilities>;
