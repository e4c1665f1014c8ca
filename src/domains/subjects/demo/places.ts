// Places for demo addresses: Nanshan's eight streets (街道) with some of their
// communities (社区) and roads, and a few roads in the other Shenzhen districts.
import { referenceData } from '../../../kernel/reference/index.js';
import type { Random } from './random.js';

interface StreetPlaces {
  communities: readonly string[];
  roads: readonly string[];
}

/** Keyed by the street names of the reference data (南头街道 … 西丽街道). */
export const NANSHAN_STREETS: Readonly<Record<string, StreetPlaces>> = {
  南头街道: { communities: ['南头城', '田厦', '大新', '马家龙', '同乐', '红花园', '莲城', '安乐'], roads: ['南头街', '深南大道', '中山东街', '南新路', '前海路', '南山大道', '桃园路', '艺园路'] },
  南山街道: { communities: ['南山', '南园', '荔湾', '登良', '向南', '北头', '南光', '学府'], roads: ['南山大道', '登良路', '南光路', '南新路', '海德三道', '文心五路', '创业路', '后海滨路'] },
  沙河街道: { communities: ['华侨城', '沙河', '白石洲', '新塘', '香山', '高发', '沙河街'], roads: ['沙河东路', '白石路', '深南大道', '侨城东路', '香山西街', '锦绣北街', '华侨城创意园'] },
  蛇口街道: { communities: ['蛇口', '湾厦', '渔一', '四海', '东角头', '海湾', '海昌'], roads: ['工业一路', '工业七路', '南海大道', '太子路', '蛇口新街', '湾厦路', '望海路'] },
  招商街道: { communities: ['招商', '水湾', '赤湾', '沿山', '兰园', '花果山', '南海'], roads: ['工业八路', '兴华路', '南海大道', '蛇口网谷', '沿山路', '赤湾二路', '龟山路', '招商路'] },
  粤海街道: { communities: ['高新', '科技园', '大冲', '海珠', '海桂', '铜鼓', '滨海', '深圳湾'], roads: ['科技园南区高新南七道', '科技园南区高新南九道', '科技南十二路', '科苑路', '深南大道', '海天二路', '学府路', '后海大道', '科技中二路', '沙河西路'] },
  桃源街道: { communities: ['桃源', '平山', '龙联', '长源', '塘朗', '龙珠', '福光', '珠光'], roads: ['龙珠大道', '龙苑路', '留仙大道', '丽山路', '福光路', '珠光路', '平山一路'] },
  西丽街道: { communities: ['西丽', '大磡', '茶光', '松坪', '留仙', '白芒', '麻磡', '曙光'], roads: ['留仙大道', '沙河西路', '西丽路', '茶光路', '打石一路', '兴科一街', '松白路', '学苑大道'] },
};

/** Other Shenzhen districts (GB/T 2260 code → a few roads). */
const OTHER_DISTRICT_ROADS: Readonly<Record<string, readonly string[]>> = {
  '440303': ['人民南路', '东门中路', '深南东路', '宝安南路', '春风路'],
  '440304': ['深南大道', '福华一路', '金田路', '益田路', '彩田路', '华强北路'],
  '440306': ['宝安大道', '新安六路', '创业一路', '建安一路', '航城大道'],
  '440307': ['龙岗大道', '龙翔大道', '坂田五和大道', '布吉路'],
  '440308': ['深盐路', '沙头角海景路'],
  '440309': ['人民路', '民治大道', '梅龙路', '龙华大道'],
  '440310': ['坪山大道', '深汕路'],
  '440311': ['光明大道', '华夏路'],
};

const BUILDING_KINDS = ['大厦', '科技大厦', '创新大厦', '商务中心', '产业园', '科技园', '商业广场', '工业大厦', '综合楼'] as const;

export function pickStreet(random: Random): string {
  return random.pick(referenceData.nanshanStreets);
}

/** An office address: 深圳市南山区粤海街道科技园南区高新南七道18号华创大厦12楼1203. */
export function officeAddress(random: Random, division: string, street: string | undefined, brand: string): string {
  const number = `${random.int(1, 199)}号`;
  const floor = random.int(1, 32);
  const room = `${floor}楼${floor * 100 + random.int(1, 20)}`;
  const building = `${random.chance(0.5) ? brand : random.pick(['南山', '深圳湾', '前海', '科技', '创业', '华南'])}${random.pick(BUILDING_KINDS)}`;
  if (street !== undefined) {
    const places = NANSHAN_STREETS[street]!;
    return `深圳市南山区${street}${random.pick(places.roads)}${number}${building}${room}`;
  }
  const district = referenceData.districts[division] ?? '';
  return `深圳市${district}${random.pick(OTHER_DISTRICT_ROADS[division] ?? ['深南大道'])}${number}${building}${room}`;
}

/** A shop or home address in a community: 深圳市南山区南头街道大新社区南头街12号101. */
export function communityAddress(random: Random, street: string): string {
  const places = NANSHAN_STREETS[street]!;
  return `深圳市南山区${street}${random.pick(places.communities)}社区${random.pick(places.roads)}${random.int(1, 299)}号${random.int(1, 6)}0${random.int(1, 9)}`;
}

/** A public body's address on a street: 深圳市南山区南山街道南山大道1088号. */
export function streetAddress(random: Random, street: string): string {
  return `深圳市南山区${street}${random.pick(NANSHAN_STREETS[street]!.roads)}${random.int(1, 2999)}号`;
}
