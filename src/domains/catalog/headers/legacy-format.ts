import { LIST_SEPARATORS } from '../validate/parse-scalars.js';

/**
 * The legacy 2016-2018 行政处罚 format (SPEC §3.1) and how it maps onto the
 * current one. Most legacy columns map one to one and are aliases of current
 * fields (CF_CFMC → violationType, CF_JG → content, CF_XZJG → authority, CF_FR →
 * legalRep, CF_XDR_ZDM → orgCode, CF_XDR_GSDJ → registrationNo, CF_XDR_SFZ →
 * idNumber, CF_ZT → status, DFBM → regionCode, SJC → sourceTimestamp). Two
 * columns, 处罚类别1 and 处罚类别2, become one (penaltyKinds): resolveHeaders
 * gives them these pseudo-keys and toCurrentFormat merges them.
 */
export const LEGACY_KIND_COLUMNS = ['CF_CFLB1', 'CF_CFLB2'] as const;

/** Headers only the legacy format has: one of them marks a file as legacy. */
export const LEGACY_HEADERS: ReadonlyMap<string, string | null> = new Map([
  ['cf_cflb1', 'CF_CFLB1'], ['处罚类别1', 'CF_CFLB1'], ['cf_cflb2', 'CF_CFLB2'], ['处罚类别2', 'CF_CFLB2'],
  ...['cf_cfmc', '处罚名称', 'cf_xdr_zdm', 'cf_xdr_gsdj', 'cf_xdr_sfz', 'cf_fr', 'cf_jg', '处罚结果', 'cf_xzjg', 'cf_zt', 'dfbm', '地方编码', 'sjc', '数据更新时间戳']
    .map((h): [string, null] => [h, null]),
]);

/** The legacy 处罚类别 "暂扣或者吊销许可证、暂扣或者吊销执照" names two 2021 kinds; the 处罚结果 text tells which. */
function legacyKind(kind: string, content: string): string {
  if (!kind.startsWith('暂扣或者吊销')) return kind;
  if (content.includes('吊销')) return '吊销许可证件';
  if (content.includes('暂扣')) return '暂扣许可证件';
  return kind; // undecidable: left as is, so the row is refused with ENUM_INVALID
}

const FINE_PATTERNS = [
  /罚款(?:人民币)?\s*([\d,]+(?:\.\d+)?)\s*(万?)元/gu,
  /(?:处以?|并处)(?:人民币)?\s*([\d,]+(?:\.\d+)?)\s*(万?)元(?:的)?罚款/gu,
];

/** 元 as decimal text → 万元 as decimal text, by moving the point four places (no floating point). */
export function yuanToWanText(yuan: string): string {
  const [whole = '0', fraction = ''] = yuan.split('.');
  const padded = whole.padStart(5, '0');
  const wan = padded.slice(0, -4).replace(/^0+(?=\d)/, '');
  const rest = (padded.slice(-4) + fraction).replace(/0+$/, '');
  return rest === '' ? wan : `${wan}.${rest}`;
}

/**
 * The legacy format has no 罚款金额 column; the amount is written in 处罚结果
 * ("罚款人民币5000元", "处3万元罚款"). Exactly one amount found → it, in 万元;
 * none or several different ones → undefined, and the row is refused with
 * FINE_AMOUNT_REQUIRED rather than guessed.
 */
export function fineFromContent(content: string): string | undefined {
  const found = new Set<string>();
  for (const pattern of FINE_PATTERNS) {
    for (const m of content.normalize('NFKC').matchAll(pattern)) {
      const number = m[1]!.replaceAll(',', '');
      found.add(m[2] === '万' ? number.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : yuanToWanText(number));
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A legacy row (cells by current key, plus CF_CFLB1/CF_CFLB2) → a current-format
 * row. Fills what the legacy format lacks and the current one requires:
 * 处罚类别 merged from both columns; 行政相对人类别 from the identifiers given
 * (an ID number and no USCC → 自然人, a USCC of category 92 → 个体工商户, else
 * 法人及非法人组织); 证件类型 身份证 (the legacy column held only those); 罚款金额
 * from 处罚结果; 处罚机关统一社会信用代码 from the submitting department (the
 * legacy format has none; each department submitted its own decisions).
 */
export function toCurrentFormat(raw: Readonly<Record<string, unknown>>, ctx: { authorityCode?: string } = {}): Record<string, unknown> {
  const row: Record<string, unknown> = { ...raw };
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v).trim());
  const content = text(row.content);
  const kinds = [row.penaltyKinds, ...LEGACY_KIND_COLUMNS.map((c) => row[c])]
    .flatMap((cell) => text(cell).split(LIST_SEPARATORS))
    .map((k) => legacyKind(k.trim(), content))
    .filter((k) => k !== '');
  for (const column of LEGACY_KIND_COLUMNS) delete row[column];
  if (kinds.length > 0) row.penaltyKinds = [...new Set(kinds)].join('、');

  const code = text(row.subjectCode);
  if (text(row.subjectCategory) === '') {
    row.subjectCategory = code === '' && text(row.idNumber) !== '' ? '自然人' : code.startsWith('92') ? '个体工商户' : '法人及非法人组织';
  }
  if (text(row.idNumber) !== '' && text(row.idType) === '') row.idType = '身份证';
  if (text(row.fineAmount) === '' && kinds.includes('罚款')) {
    const fine = fineFromContent(content);
    if (fine !== undefined) row.fineAmount = fine;
  }
  if (text(row.authorityCode) === '' && ctx.authorityCode) row.authorityCode = ctx.authorityCode;
  return row;
}
