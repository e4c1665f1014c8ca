// 行政许可 rows in the national 双公示 format (SPEC §3.1): the licences Nanshan's
// departments grant, each with its certificate, number format, scope and term.
// Terms of one to five years leave some licences expired; 2099-12-31 is indefinite.
import { addDays, addMonths } from '../../../kernel/calendar/index.js';
import type { Random } from '../../subjects/demo/index.js';
import type { DemoDepartmentKey } from './demo-departments.js';
import {
  authorityOf, docNo, inSections, isMarket, shuanggongshiParty, type DemoRecord, type DemoRecordSubject, type RecordContext,
} from './record-kit.js';

interface LicenceKind {
  department: DemoDepartmentKey;
  prefix: string;
  fits(s: DemoRecordSubject): boolean;
  documentName: string;
  category: '普通' | '特许' | '认可' | '核准' | '登记' | '其他';
  certificate(s: DemoRecordSubject): string;
  licenceNo(c: RecordContext, n: number): string;
  content(r: Random, s: DemoRecordSubject): string;
  /** term in months; undefined: indefinite (有效期至 2099-12-31) */
  months?: readonly number[];
}

const digits = (r: Random, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

const canteen = (s: DemoRecordSubject) => s.type === 'institution' || s.type === 'government';
const SOCIAL_ORG_CERTIFICATE = (name: string) =>
  name.endsWith('基金会') ? '基金会法人登记证书' : /(协会|促进会|商会|联合会|研究会)$/.test(name) ? '社会团体法人登记证书' : '民办非企业单位登记证书';

const LICENCE_KINDS: readonly LicenceKind[] = [
  {
    department: 'market', prefix: '深市监南食许', fits: (s) => (isMarket(s) && inSections(s, 'HF')) || canteen(s),
    documentName: '食品经营许可决定书', category: '普通', certificate: () => '食品经营许可证',
    // JY + 主体业态 (1 销售, 2 餐饮, 3 单位食堂) + 440305 + 顺序码 + 校验码
    licenceNo: (c, n) => `JY${canteen(c.subject) ? 3 : inSections(c.subject, 'H') ? 2 : 1}440305${pad(n, 6)}${c.random.int(0, 9)}`,
    content: (r, s) => (canteen(s) ? '单位食堂（热食类食品制售）'
      : inSections(s, 'H') ? r.pick(['热食类食品制售', '热食类食品制售；冷食类食品制售', '热食类食品制售；自制饮品制售', '糕点类食品制售（不含裱花蛋糕）'])
        : r.pick(['预包装食品（含冷藏冷冻食品）销售', '预包装食品（不含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售', '预包装食品销售；保健食品销售'])),
    months: [60],
  },
  {
    department: 'health', prefix: '深南卫公许', fits: (s) => isMarket(s) && inSections(s, 'OH'),
    documentName: '公共场所卫生许可决定书', category: '普通', certificate: () => '公共场所卫生许可证',
    licenceNo: (c, n) => `粤卫公证字[${c.date.slice(0, 4)}]第440305${pad(n, 5)}号`,
    content: (r, s) => (inSections(s, 'H') ? r.pick(['宾馆', '酒店（住宿）']) : r.pick(['理发店', '美容店', '沐足店', '游泳场所'])),
    months: [48],
  },
  {
    department: 'health', prefix: '深南卫医许', fits: (s) => (s.type === 'enterprise' || s.type === 'institution') && inSections(s, 'Q'),
    documentName: '医疗机构执业登记决定书', category: '普通', certificate: () => '医疗机构执业许可证',
    licenceNo: (c, n) => `PDY${pad(n, 5)}-44030517${c.random.pick(['D', 'P', 'Q'])}${digits(c.random, 4)}`,
    content: (r) => `诊疗科目：${r.pick(['内科；外科；预防保健科', '口腔科', '全科医疗科；中医科', '医学检验科；医学影像科', '康复医学科；中医科'])}`,
    months: [60],
  },
  {
    department: 'housing', prefix: '深南建施许', fits: (s) => s.type === 'enterprise' && inSections(s, 'EK'),
    documentName: '建筑工程施工许可决定书', category: '普通', certificate: () => '建筑工程施工许可证',
    licenceNo: (c, n) => `440305${c.date.replaceAll('-', '')}${pad(n % 100, 2)}01`,
    content: (r) => `南山区${r.pick(['蛇口', '西丽', '桃源', '粤海', '南头', '沙河', '招商'])}${r.pick(['城市更新单元', '保障性住房', '产业用房', '商业综合体', '学校改扩建'])}项目施工，建筑面积${r.int(2, 180) * 1000}平方米`,
  },
  {
    department: 'urban', prefix: '深南城执户许', fits: isMarket,
    documentName: '户外广告设置许可决定书', category: '普通', certificate: () => '户外广告设置许可证',
    licenceNo: (c, n) => `深南户外〔${c.date.slice(0, 4)}〕${pad(n, 4)}号`,
    content: (r) => `在经营场所外墙设置${r.pick(['户外招牌', '灯箱广告', '墙面广告'])}一处，面积${r.int(2, 30)}平方米`,
    months: [12, 24, 36],
  },
  {
    department: 'environment', prefix: '深环南排许', fits: (s) => s.type === 'enterprise' && inSections(s, 'CD'),
    documentName: '排污许可决定书', category: '普通', certificate: () => '排污许可证',
    licenceNo: (c) => `${c.subject.code}001${c.random.pick(['V', 'W', 'Q'])}`,
    content: (r) => `排污许可（${r.pick(['简化管理', '重点管理'])}）：${r.pick(['废气：挥发性有机物、颗粒物', '废水：化学需氧量、氨氮', '废气：颗粒物；废水：化学需氧量'])}`,
    months: [60],
  },
  {
    department: 'culture', prefix: '深南文旅娱许', fits: (s) => s.type === 'enterprise' && inSections(s, 'R'),
    documentName: '娱乐经营许可决定书', category: '普通', certificate: () => '娱乐经营许可证',
    licenceNo: (_c, n) => `440305${pad(n, 6)}`,
    content: (r) => r.pick(['歌舞娱乐场所', '游艺娱乐场所', '互联网上网服务营业场所']),
    months: [24],
  },
  {
    department: 'labour', prefix: '深南人社派许', fits: (s) => s.type === 'enterprise' && inSections(s, 'L'),
    documentName: '劳务派遣经营许可决定书', category: '普通', certificate: () => '劳务派遣经营许可证',
    licenceNo: (c, n) => `440305${c.date.slice(0, 4)}${pad(n, 4)}`,
    content: () => '劳务派遣经营',
    months: [36],
  },
  {
    department: 'civil', prefix: '深南民登', fits: (s) => s.type === 'social_org',
    documentName: '准予登记决定书', category: '登记', certificate: (s) => SOCIAL_ORG_CERTIFICATE(s.name),
    licenceNo: (c) => c.subject.code ?? '',
    content: (r) => r.pick(['变更登记（法定代表人）', '变更登记（住所）', '变更登记（业务范围）', '年度检查合格']),
    months: [60],
  },
];

/** The licences a subject may hold. */
export const licenceKindsFor = (s: DemoRecordSubject): readonly LicenceKind[] => LICENCE_KINDS.filter((k) => k.fits(s));

/** One 行政许可 of the given kind. */
export function licenceRecord(c: RecordContext, kind: LicenceKind): DemoRecord | null {
  const party = shuanggongshiParty(c.subject);
  if (!party) return null;
  const decisionNo = docNo(c, kind.prefix);
  const serial = Number(/〕(\d+)号$/.exec(decisionNo)![1]);
  const validFrom = c.date;
  const validTo = kind.months ? addDays(addMonths(validFrom, c.random.pick(kind.months)), -1) : '2099-12-31';
  return {
    typeCode: 'admin_license',
    department: kind.department,
    raw: {
      ...party,
      documentName: kind.documentName,
      decisionNo,
      licenceCategory: kind.category,
      certificateName: kind.certificate(c.subject),
      licenceNo: kind.licenceNo(c, serial),
      content: kind.content(c.random, c.subject),
      decisionDate: c.date,
      validFrom,
      validTo,
      ...authorityOf(kind.department),
      status: validTo >= c.anchor ? '有效' : '无效',
    },
  };
}
