// The Nanshan departments that report the demo records: the bodies the default
// catalogue names as sources (区市场监督管理局, 税务机关, 人民法院 …). Their codes
// are check-valid USCCs of organs (prefix 11, Nanshan 440305) made up for the
// demo: the real bodies' codes are not reproduced.
import type { DepartmentKind } from '../../accounts/index.js';
import { orgCodeCheckChar, usccCheckChar } from '../../identifiers/index.js';

export interface DemoDepartment {
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  code: string;
}

/** A government organ's USCC: 11 + 440305 + an 8-digit organisation code body from the 0075510xx series + checks. */
export function demoDepartmentCode(n: number): string {
  const body = String(755_100 + n).padStart(8, '0');
  const first17 = `11440305${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

const department = (n: number, name: string, nameEn: string, kind: DepartmentKind = 'government'): DemoDepartment =>
  ({ name, nameEn, kind, code: demoDepartmentCode(n) });

export const DEMO_DEPARTMENTS = {
  market: department(1, '深圳市市场监督管理局南山监管局', 'Nanshan Bureau of the Shenzhen Administration for Market Regulation'),
  tax: department(2, '国家税务总局深圳市南山区税务局', 'Nanshan District Tax Bureau of Shenzhen, State Taxation Administration'),
  urban: department(3, '深圳市南山区城市管理和综合执法局', 'Nanshan District Urban Management and Law Enforcement Bureau'),
  safety: department(4, '深圳市南山区应急管理局', 'Nanshan District Emergency Management Bureau'),
  housing: department(5, '深圳市南山区住房和建设局', 'Nanshan District Housing and Construction Bureau'),
  health: department(6, '深圳市南山区卫生健康局', 'Nanshan District Health Bureau'),
  culture: department(7, '深圳市南山区文化广电旅游体育局', 'Nanshan District Culture, Radio, Television, Tourism and Sports Bureau'),
  environment: department(8, '深圳市生态环境局南山管理局', 'Nanshan Office of the Shenzhen Ecology and Environment Bureau'),
  labour: department(9, '深圳市南山区人力资源局', 'Nanshan District Human Resources Bureau'),
  civil: department(10, '深圳市南山区民政局', 'Nanshan District Civil Affairs Bureau'),
  court: department(11, '深圳市南山区人民法院', 'Shenzhen Nanshan District People\'s Court', 'court'),
} as const satisfies Record<string, DemoDepartment>;

export type DemoDepartmentKey = keyof typeof DEMO_DEPARTMENTS;
