// Deterministic names for the sample: villages from local syllables, people, emails, phone numbers.
import type { Rng } from "./random";
import type { NameStyle } from "./regions";

/** First and second parts of village names per naming style; parts ending in "-" are joined without space. */
const VILLAGE_PARTS: Record<NameStyle, [string[], string[]]> = {
  sasak: [
    ["Lendang", "Montong", "Aik", "Batu", "Gunung", "Pringga", "Kembang", "Tanak", "Dasan", "Bagik", "Lingkok",
      "Telaga", "Kerta", "Suka", "Jago", "Sesela", "Labu", "Peresak", "Bebidas", "Mujur", "Lekor", "Teko"],
    ["Nao", "Mual", "Bukak", "Dalem", "Baru", "Lauk", "Daya", "Bera", "Sari", "Jaya", "Mulia", "Rarang",
      "Gading", "Raja", "Bunut", "Ampel", "Nyiur", "Tembeng", "Agung", "Payung", "Beleq", "Tereng"],
  ],
  samawa: [
    ["Labuhan", "Lito", "Berang", "Moyo", "Semamung", "Kerato", "Sebewe", "Pungka", "Ropang", "Orong", "Olat",
      "Tepal", "Marente", "Kalimango", "Lab", "Ai", "Songkar", "Pernek", "Batu", "Leseng", "Sampar", "Uma"],
    ["Rea", "Bangkong", "Telu", "Lenas", "Jaya", "Sili", "Dalam", "Baru", "Ode", "Bisu", "Kuning", "Sumer",
      "Mas", "Rungan", "Beru", "Padesa", "Tengah", "Lema", "Pamulung", "Bawi"],
  ],
  mbojo: [
    ["Rasa-", "Ncera", "Sondo", "Tolo", "Doro", "Wawo", "Sangia", "Soro", "Kala", "Ngali", "Risa", "Rite", "Kananga",
      "Sumi", "Sila", "Teke", "Samili", "Nata", "Renda", "Maria", "Kore", "Mbawa", "Dena", "Lanta", "Ndano", "Kowo"],
    ["nae", "bou", "Oi", "Mbani", "Mango", "Jara", "Kangga", "Ntori", "Tando", "Wera", "Leu", "Dese", "Nggelu", "Tonda",
      "Baru", "Oo", "Mpili", "Kapa"],
  ],
  sumba: [
    ["Wai-", "Kam-", "Pada-", "Lai-", "Mata-", "Tana-", "Kali-", "Kara-", "Praing", "Hamba", "Lewa", "Umbu", "Wee",
      "Kodi", "Mbu", "Loko", "Rua", "Pala"],
    ["ngapu", "bakul", "muru", "riwu", "wunga", "mbiha", "kaba", "dama", "tena", "pau", "rende", "tarung", "kawuru",
      "lara", "mbali", "Kareta", "Mareda"],
  ],
  timor: [
    ["Oe-", "Noel-", "Nai-", "Bena", "Oel-", "Baun", "Fatu-", "Nopu", "Tun", "Bes", "Nule", "Manu-", "Naes", "Kuan-",
      "Bone", "Bijeli", "Tobu", "Ba-", "Lole", "Seba", "Naka", "Tasi"],
    ["besi", "lasi", "mina", "kae", "fini", "leu", "bana", "neno", "mnutu", "ana", "sae", "tanu", "bola", "kolo",
      "oni", "naben", "Utara", "Selatan"],
  ],
  flores: [
    ["Nita", "Wolo-", "Nua", "Boa", "Nanga-", "Ile", "Lewo-", "Mau", "Ria", "Ndona", "Detu-", "Koka", "Wai-", "Kewa",
      "Lela", "Hewo", "Ona", "Kota", "Ratu", "Lamba"],
    ["mere", "koli", "ria", "kota", "bara", "muda", "dora", "lela", "tobi", "pape", "bela", "jawa", "gete", "ngga",
      "tena", "wutun", "Baru", "Ape"],
  ],
  manggarai: [
    ["Golo", "Wae", "Compang", "Pong", "Cancar", "Satar", "Poco", "Lando", "Wela", "Ndoso", "Benteng", "Pacar",
      "Nanga", "Ranggu", "Lalong", "Watu", "Mbeling", "Rego"],
    ["Mese", "Lolok", "Sapang", "Bengkok", "Mendo", "Laja", "Ranaka", "Kina", "Lewe", "Ncuang", "Mbata", "Ruteng",
      "Nggorang", "Welu", "Kantar", "Damu"],
  ],
};

/** A village name in the given style (may repeat: callers keep names unique per regency). */
export function villageName(rng: Rng, style: NameStyle): string {
  const [first, second] = VILLAGE_PARTS[style];
  const a = rng.pick(first);
  const b = rng.pick(second);
  if (a.endsWith("-")) return a.slice(0, -1) + b.toLowerCase();
  return `${a} ${b.charAt(0).toUpperCase()}${b.slice(1)}`;
}

const SUFFIXES = ["Utara", "Selatan", "Timur", "Barat", "Baru", "Jaya", "Indah", "Makmur"];

/** Tries of suffixed names before numbering one: only reached when a regency has used up its names. */
const SUFFIX_TRIES = 5000;

/**
 * A name not in `taken` (adds it): tries fresh names, then a compass/`Baru` suffix, then (a regency with
 * more villages than the name parts make: a scale test far past a real province) a number after one.
 */
export function uniqueVillage(rng: Rng, style: NameStyle, taken: Set<string>): string {
  for (let i = 0; i < 12; i++) {
    const n = villageName(rng, style);
    if (!taken.has(n)) return take(taken, n);
  }
  for (let i = 0; i < SUFFIX_TRIES; i++) {
    const n = `${villageName(rng, style)} ${rng.pick(SUFFIXES)}`;
    if (!taken.has(n)) return take(taken, n);
  }
  const base = `${villageName(rng, style)} ${rng.pick(SUFFIXES)}`;
  for (let k = 2; ; k++) if (!taken.has(`${base} ${k}`)) return take(taken, `${base} ${k}`);
}

function take(taken: Set<string>, name: string): string {
  taken.add(name);
  return name;
}

const MUSLIM_M = ["Ahmad", "Muhammad", "Rizki", "Hendra", "Agus", "Yusuf", "Wahyu", "Rahmat", "Irfan", "Zainal",
  "Syamsul", "Hasanuddin", "Fathurrahman", "Ilham", "Junaidi", "Sahabuddin", "Amiruddin", "Lalu Muhammad", "Lalu Ahmad"];
const MUSLIM_F = ["Siti", "Nurul", "Dewi", "Sri", "Fitri", "Ayu", "Putri", "Ratna", "Nurhayati", "Rosmiati",
  "Baiq Nurul", "Baiq Sri", "Aisyah", "Mariam"];
const MUSLIM_LAST = ["Hidayat", "Saputra", "Pratama", "Wijaya", "Rahman", "Hakim", "Kurniawan", "Setiawan",
  "Maulana", "Ramadhan", "Hamdani", "Fauzi", "Sulaiman", "Anwar", "Jayadi", "Mustafa"];
const MUSLIM_LAST_F = ["Hasanah", "Wahyuni", "Ningsih", "Rahmawati", "Handayani", "Lestari", "Hidayati", "Safitri"];
const CHRISTIAN_M = ["Yohanes", "Fransiskus", "Agustinus", "Petrus", "Paulus", "Melkianus", "Yakobus", "Dominikus",
  "Wilhelmus", "Stefanus", "Marthen", "Yosef", "Aloysius", "Benediktus"];
const CHRISTIAN_F = ["Maria", "Yosefina", "Theresia", "Kristina", "Elisabeth", "Margaretha", "Yuliana", "Agnes",
  "Veronika", "Dorotea", "Imelda"];
const NTT_LAST = ["Nenobais", "Tefa", "Bana", "Lake", "Manu", "Seran", "Nahak", "Kefi", "Djami", "Ndolu", "Lede",
  "Bria", "Fanggidae", "Messakh", "Pandie", "Riwu", "Kaka", "Wake", "Hurek", "Sanga", "Ngongo", "Lewar", "Wea", "Ndoen",
  "Toda", "Djawa", "Jehamat", "Nggoro"];

/** An Indonesian person name: NTB (largely Muslim, Sasak `Lalu`/`Baiq`) or NTT (largely Christian, local surnames). */
export function personName(rng: Rng, ntt: boolean): string {
  const female = rng.chance(0.45);
  if (ntt) return `${rng.pick(female ? CHRISTIAN_F : CHRISTIAN_M)} ${rng.pick(NTT_LAST)}`;
  return `${rng.pick(female ? MUSLIM_F : MUSLIM_M)} ${rng.pick(female && rng.chance(0.6) ? MUSLIM_LAST_F : MUSLIM_LAST)}`;
}

/** `first.last<nn>@gmail.com`, unique within `taken`. */
export function emailFor(rng: Rng, name: string, taken: Set<string>): string {
  const parts = name.toLowerCase().replace(/[^a-z ]/g, "").split(" ").filter(Boolean);
  const base = `${parts[0] ?? "pendamping"}.${parts[parts.length - 1] ?? "kdkmp"}`;
  for (;;) {
    const email = `${base}${rng.int(1, 99)}@gmail.com`;
    if (!taken.has(email)) return take(taken, email);
  }
}

/** A mobile number as text, e.g. `081234567890` (Telkomsel/Indosat/XL prefixes). */
export function phoneNumber(rng: Rng): string {
  const prefix = rng.pick(["0812", "0813", "0821", "0852", "0853", "0857", "0878", "0819"]);
  let rest = "";
  for (let i = 0, n = rng.int(7, 8); i < n; i++) rest += String(rng.int(0, 9));
  return prefix + rest;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** A Google Drive file link, the way a phone upload is shared. */
export function photoLink(rng: Rng): string {
  let id = "1";
  for (let i = 0; i < 32; i++) id += ALNUM.charAt(rng.int(0, ALNUM.length - 1));
  return `https://drive.google.com/open?id=${id}`;
}
