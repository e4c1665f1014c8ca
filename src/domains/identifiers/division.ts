// Administrative division codes (GB/T 2260): 2 digits province, 2 city, 2 county.
// Names come from the shipped reference data (Shenzhen and its districts); for the
// rest of the country only the province is named.
import { referenceData } from '../../kernel/reference/index.js';

type Name = readonly [zh: string, en: string];

/** GB/T 2260 province-level codes (first two digits). */
const PROVINCES: Readonly<Record<string, Name>> = {
  '11': ['北京市', 'Beijing'], '12': ['天津市', 'Tianjin'], '13': ['河北省', 'Hebei'],
  '14': ['山西省', 'Shanxi'], '15': ['内蒙古自治区', 'Inner Mongolia'], '21': ['辽宁省', 'Liaoning'],
  '22': ['吉林省', 'Jilin'], '23': ['黑龙江省', 'Heilongjiang'], '31': ['上海市', 'Shanghai'],
  '32': ['江苏省', 'Jiangsu'], '33': ['浙江省', 'Zhejiang'], '34': ['安徽省', 'Anhui'],
  '35': ['福建省', 'Fujian'], '36': ['江西省', 'Jiangxi'], '37': ['山东省', 'Shandong'],
  '41': ['河南省', 'Henan'], '42': ['湖北省', 'Hubei'], '43': ['湖南省', 'Hunan'],
  '44': ['广东省', 'Guangdong'], '45': ['广西壮族自治区', 'Guangxi'], '46': ['海南省', 'Hainan'],
  '50': ['重庆市', 'Chongqing'], '51': ['四川省', 'Sichuan'], '52': ['贵州省', 'Guizhou'],
  '53': ['云南省', 'Yunnan'], '54': ['西藏自治区', 'Xizang (Tibet)'], '61': ['陕西省', 'Shaanxi'],
  '62': ['甘肃省', 'Gansu'], '63': ['青海省', 'Qinghai'], '64': ['宁夏回族自治区', 'Ningxia'],
  '65': ['新疆维吾尔自治区', 'Xinjiang'], '71': ['台湾省', 'Taiwan'],
  '81': ['香港特别行政区', 'Hong Kong'], '82': ['澳门特别行政区', 'Macao'],
};

/** English names for every entry of referenceData.districts. */
const DISTRICT_NAMES_EN: Readonly<Record<string, string>> = {
  '440300': 'Shenzhen', '440303': 'Luohu District', '440304': 'Futian District',
  '440305': 'Nanshan District', '440306': "Bao'an District", '440307': 'Longgang District',
  '440308': 'Yantian District', '440309': 'Longhua District', '440310': 'Pingshan District',
  '440311': 'Guangming District',
};

/** GB 32100-2015: organs registered at national level use 100000 as their division. */
const NATIONAL_CODE = '100000';
const NATIONAL: Name = ['全国（中央）', 'national (central)'];

export type DivisionInfo = {
  code: string;
  /** The most precise known name: the exact division, else its city, else its province. */
  name?: string;
  nameEn?: string;
  city?: string;
  cityEn?: string;
  province?: string;
  provinceEn?: string;
};

function known(code: string): Name | undefined {
  const zh = referenceData.districts[code];
  return zh === undefined ? undefined : [zh, DISTRICT_NAMES_EN[code] ?? zh];
}

/** Names a 6-digit division code as precisely as the reference data allows. */
export function describeDivision(code: string): DivisionInfo {
  if (code === NATIONAL_CODE) return { code, name: NATIONAL[0], nameEn: NATIONAL[1] };
  const provinceCode = `${code.slice(0, 2)}0000`;
  const cityCode = `${code.slice(0, 4)}00`;
  const province = PROVINCES[code.slice(0, 2)];
  const city = cityCode === provinceCode ? undefined : known(cityCode);
  const exact = code === provinceCode ? province : known(code);
  const best = exact ?? city ?? province;
  return {
    code,
    ...(best && { name: best[0], nameEn: best[1] }),
    ...(city && { city: city[0], cityEn: city[1] }),
    ...(province && { province: province[0], provinceEn: province[1] }),
  };
}

/** Six digits with a known province prefix (or the national 100000): anything else is clearly wrong. */
export function isPlausibleDivision(code: string): boolean {
  return /^\d{6}$/.test(code) && (code === NATIONAL_CODE || PROVINCES[code.slice(0, 2)] !== undefined);
}

/** Division names as identifier parts: divisionName, city, province and their English names. */
export function divisionParts(info: DivisionInfo): Record<string, string> {
  const parts: Record<string, string> = {};
  if (info.name !== undefined) parts.divisionName = info.name;
  if (info.nameEn !== undefined) parts.divisionNameEn = info.nameEn;
  if (info.city !== undefined) parts.city = info.city;
  if (info.cityEn !== undefined) parts.cityEn = info.cityEn;
  if (info.province !== undefined) parts.province = info.province;
  if (info.provinceEn !== undefined) parts.provinceEn = info.provinceEn;
  return parts;
}
