// Province tables for the sample generator: kabupaten/kota with BPS codes, rough centres, sizes, kecamatan.
import type { RegionBox } from "../../src/core/settings/types";

export type ProvinceCode = "NTB" | "NTT";
/** Which syllable set names villages and which name set names people. */
export type NameStyle = "sasak" | "samawa" | "mbojo" | "sumba" | "timor" | "flores" | "manggarai";

export interface RegencyDef {
  code: string;
  name: string;
  /** Rough centre and half-extent in degrees: cooperatives are placed inside this rectangle. */
  lat: number;
  lon: number;
  dLat: number;
  dLon: number;
  /** Relative size (about the number of desa/kelurahan): cooperatives are apportioned by it. */
  weight: number;
  isCity: boolean;
  style: NameStyle;
  districts: string[];
}

export interface ProvinceDef {
  code: ProvinceCode;
  name: string;
  box: RegionBox;
  defaultKoperasi: number;
  defaultPendamping: number;
  regencies: RegencyDef[];
}

function r(
  code: string, name: string, lat: number, lon: number, dLat: number, dLon: number, weight: number,
  style: NameStyle, districts: string,
): RegencyDef {
  return { code, name, lat, lon, dLat, dLon, weight, isCity: name.startsWith("Kota "), style, districts: districts.split(", ") };
}

const NTB: ProvinceDef = {
  code: "NTB",
  name: "Nusa Tenggara Barat",
  box: { minLat: -9.1, maxLat: -8.05, minLon: 115.8, maxLon: 119.1 },
  defaultKoperasi: 1166,
  defaultPendamping: 78,
  regencies: [
    r("5201", "Lombok Barat", -8.7, 116.1, 0.12, 0.12, 122, "sasak", "Gerung, Kediri, Narmada, Lingsar, Gunungsari, Batulayar, Labuapi, Kuripan, Lembar, Sekotong"),
    r("5202", "Lombok Tengah", -8.72, 116.3, 0.14, 0.1, 139, "sasak", "Praya, Praya Barat, Praya Barat Daya, Praya Timur, Praya Tengah, Pujut, Jonggat, Pringgarata, Batukliang, Batukliang Utara, Kopang, Janapria"),
    r("5203", "Lombok Timur", -8.57, 116.56, 0.2, 0.1, 254, "sasak", "Keruak, Jerowaru, Sakra, Sakra Barat, Sakra Timur, Terara, Montong Gading, Sikur, Masbagik, Pringgasela, Sukamulia, Suralaga, Selong, Labuhan Haji, Pringgabaya, Suela, Aikmel, Wanasaba, Sembalun, Sambelia, Lenek"),
    r("5204", "Sumbawa", -8.65, 117.35, 0.25, 0.5, 166, "samawa", "Sumbawa, Unter Iwes, Moyo Hilir, Moyo Hulu, Moyo Utara, Labuhan Badas, Alas, Alas Barat, Utan, Rhee, Buer, Batulanteh, Lunyuk, Orong Telu, Ropang, Lantung, Lenangguar, Lape, Lopok, Plampang, Labangka, Maronge, Empang, Tarano"),
    r("5205", "Dompu", -8.55, 118.4, 0.18, 0.2, 81, "mbojo", "Dompu, Woja, Hu'u, Kempo, Kilo, Pekat, Manggelewa, Pajo"),
    r("5206", "Bima", -8.5, 118.72, 0.22, 0.25, 191, "mbojo", "Woha, Bolo, Monta, Sape, Wera, Belo, Lambu, Donggo, Sanggar, Tambora, Langgudu, Wawo, Madapangga, Palibelo, Parado, Soromandi, Ambalawi, Lambitu"),
    r("5207", "Sumbawa Barat", -8.75, 116.9, 0.12, 0.1, 65, "samawa", "Taliwang, Jereweh, Sekongkang, Maluk, Seteluk, Brang Rea, Brang Ene, Poto Tano"),
    r("5208", "Lombok Utara", -8.33, 116.28, 0.07, 0.16, 55, "sasak", "Tanjung, Gangga, Kayangan, Bayan, Pemenang"),
    r("5271", "Kota Mataram", -8.59, 116.11, 0.025, 0.035, 50, "sasak", "Ampenan, Mataram, Cakranegara, Sekarbela, Selaparang, Sandubaya"),
    r("5272", "Kota Bima", -8.46, 118.74, 0.03, 0.03, 41, "mbojo", "Rasanae Barat, Rasanae Timur, Asakota, Mpunda, Raba"),
  ],
};

const NTT: ProvinceDef = {
  code: "NTT",
  name: "Nusa Tenggara Timur",
  box: { minLat: -11.05, maxLat: -8.05, minLon: 118.9, maxLon: 125.2 },
  defaultKoperasi: 3440,
  defaultPendamping: 230,
  regencies: [
    r("5301", "Sumba Barat", -9.62, 119.4, 0.1, 0.1, 74, "sumba", "Loli, Kota Waikabubak, Tana Righu, Wanokaka, Lamboya, Laboya Barat"),
    r("5302", "Sumba Timur", -9.85, 120.25, 0.25, 0.4, 156, "sumba", "Kota Waingapu, Kambera, Pandawai, Haharu, Lewa, Pahunga Lodu, Rindi, Umalulu, Tabundung"),
    r("5303", "Kupang", -10.0, 123.85, 0.15, 0.35, 177, "timor", "Kupang Barat, Kupang Tengah, Kupang Timur, Amarasi, Amabi Oefeto, Fatuleu, Takari, Sulamu, Semau, Taebenu"),
    r("5304", "Timor Tengah Selatan", -9.85, 124.3, 0.2, 0.25, 278, "timor", "Kota Soe, Mollo Utara, Mollo Selatan, Amanuban Barat, Amanuban Selatan, Amanatun Selatan, Kuanfatu, Kolbano, Boking, Kie"),
    r("5305", "Timor Tengah Utara", -9.4, 124.5, 0.15, 0.22, 193, "timor", "Kota Kefamenanu, Miomaffo Barat, Miomaffo Timur, Insana, Insana Utara, Biboki Selatan, Biboki Anleu, Noemuti"),
    r("5306", "Belu", -9.1, 124.9, 0.1, 0.12, 81, "timor", "Atambua Barat, Atambua Selatan, Kota Atambua, Tasifeto Barat, Tasifeto Timur, Lamaknen, Raihat"),
    r("5307", "Alor", -8.25, 124.6, 0.12, 0.45, 175, "flores", "Teluk Mutiara, Alor Barat Laut, Alor Barat Daya, Alor Selatan, Alor Timur, Pantar, Pantar Barat"),
    r("5308", "Lembata", -8.4, 123.5, 0.1, 0.25, 151, "flores", "Nubatukan, Ile Ape, Lebatukan, Omesuri, Buyasuri, Atadei, Nagawutung"),
    r("5309", "Flores Timur", -8.35, 123.0, 0.12, 0.3, 250, "flores", "Larantuka, Ile Mandiri, Tanjung Bunga, Wulanggitang, Titehena, Solor Barat, Adonara Timur, Adonara Barat"),
    r("5310", "Sikka", -8.65, 122.25, 0.1, 0.35, 160, "flores", "Alok, Alok Timur, Kewapante, Nita, Lela, Bola, Talibura, Waigete, Paga"),
    r("5311", "Ende", -8.7, 121.7, 0.12, 0.25, 278, "flores", "Ende, Ende Selatan, Ende Timur, Ndona, Wolowaru, Detusoko, Maurole, Nangapanda, Kelimutu"),
    r("5312", "Ngada", -8.7, 121.0, 0.15, 0.12, 151, "flores", "Bajawa, Golewa, Aimere, Jerebuu, Riung, Bajawa Utara, Soa"),
    r("5313", "Manggarai", -8.6, 120.45, 0.15, 0.12, 171, "manggarai", "Langke Rembong, Ruteng, Wae Rii, Satar Mese, Cibal, Reok, Lelak"),
    r("5314", "Rote Ndao", -10.75, 123.1, 0.15, 0.3, 119, "timor", "Lobalain, Rote Barat Daya, Rote Barat Laut, Rote Tengah, Rote Timur, Pantai Baru, Rote Selatan"),
    r("5315", "Manggarai Barat", -8.6, 119.95, 0.18, 0.2, 169, "manggarai", "Komodo, Boleng, Lembor, Kuwus, Macang Pacar, Sano Nggoang, Welak"),
    r("5316", "Sumba Tengah", -9.55, 119.65, 0.12, 0.1, 65, "sumba", "Katikutana, Umbu Ratu Nggay, Mamboro, Katikutana Selatan"),
    r("5317", "Sumba Barat Daya", -9.55, 119.15, 0.12, 0.12, 175, "sumba", "Loura, Kota Tambolaka, Wewewa Barat, Wewewa Timur, Kodi, Kodi Utara, Kodi Bangedo"),
    r("5318", "Nagekeo", -8.65, 121.3, 0.12, 0.12, 113, "flores", "Aesesa, Boawae, Mauponggo, Nangaroro, Keo Tengah, Wolowae"),
    r("5319", "Manggarai Timur", -8.65, 120.7, 0.15, 0.15, 176, "manggarai", "Borong, Kota Komba, Sambi Rampas, Elar, Lamba Leda, Poco Ranaka, Rana Mese"),
    r("5320", "Sabu Raijua", -10.55, 121.8, 0.06, 0.15, 63, "timor", "Sabu Barat, Sabu Timur, Sabu Liae, Hawu Mehara, Raijua"),
    r("5321", "Malaka", -9.55, 124.9, 0.1, 0.12, 127, "timor", "Malaka Tengah, Malaka Barat, Malaka Timur, Rinhat, Weliman, Wewiku, Kobalima"),
    r("5371", "Kota Kupang", -10.17, 123.6, 0.03, 0.04, 51, "timor", "Alak, Maulafa, Oebobo, Kelapa Lima, Kota Raja, Kota Lama"),
  ],
};

export const PROVINCES: Record<ProvinceCode, ProvinceDef> = { NTB, NTT };

/** The box as the `BATAS_WILAYAH` text (settings/keys.ts style): `minLat..maxLat; minLon..maxLon`. */
export function boxText(box: RegionBox): string {
  const f = (n: number): string => n.toFixed(2);
  return `${f(box.minLat)}..${f(box.maxLat)}; ${f(box.minLon)}..${f(box.maxLon)}`;
}
