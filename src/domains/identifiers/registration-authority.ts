// GB 32100-2015 Appendix A: the first character of a USCC names the registration
// authority (登记管理部门), the second the organisation category (机构类别) within it.
// Entries marked "later" were added after 2015 by the national code data centre
// (全国组织机构统一社会信用代码数据服务中心) as new registration channels opened.

type Label = { zh: string; en: string };
export type RegistrationAuthority = Label & { categories: Readonly<Record<string, Label>> };

const OTHER: Label = { zh: '其他', en: 'other' };

export const REGISTRATION_AUTHORITIES: Readonly<Record<string, RegistrationAuthority>> = {
  '1': {
    zh: '机构编制', en: 'institutional establishment administration',
    categories: {
      '1': { zh: '机关', en: 'government organ' },
      '2': { zh: '事业单位', en: 'public institution' },
      '3': { zh: '群团组织', en: 'mass organisation' },
      '9': OTHER,
    },
  },
  '2': { zh: '外交', en: 'foreign affairs', categories: { '1': { zh: '外国常驻新闻机构', en: 'resident foreign news agency' }, '9': OTHER } },
  '3': {
    zh: '司法行政', en: 'judicial administration',
    categories: {
      '1': { zh: '律师执业机构', en: 'law firm' },
      '2': { zh: '公证处', en: 'notary office' },
      '3': { zh: '基层法律服务所', en: 'grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'arbitration commission' },
      '6': { zh: '商事调解组织', en: 'commercial mediation organisation' }, // later
      '9': OTHER,
    },
  },
  '4': { zh: '文化', en: 'culture', categories: { '1': { zh: '外国在华文化中心', en: 'foreign cultural centre in China' }, '9': OTHER } },
  '5': {
    zh: '民政', en: 'civil affairs',
    categories: {
      '1': { zh: '社会团体', en: 'social association' },
      '2': { zh: '民办非企业单位', en: 'private non-enterprise unit' },
      '3': { zh: '基金会', en: 'foundation' },
      '4': { zh: '村民委员会', en: 'villagers committee' }, // later
      '5': { zh: '居民委员会', en: 'residents committee' }, // later
      '9': OTHER,
    },
  },
  '6': {
    zh: '旅游', en: 'tourism',
    categories: {
      '1': { zh: '外国政府旅游部门常驻代表机构', en: 'representative office of a foreign tourism authority' },
      '2': { zh: '港澳台地区旅游部门常驻内地（大陆）代表机构', en: 'representative office of a Hong Kong, Macao or Taiwan tourism authority' },
      '9': OTHER,
    },
  },
  '7': {
    zh: '宗教', en: 'religious affairs',
    categories: { '1': { zh: '宗教活动场所', en: 'place of religious activity' }, '2': { zh: '宗教院校', en: 'religious school' }, '9': OTHER },
  },
  '8': {
    zh: '工会', en: 'trade unions',
    categories: { '1': { zh: '基层工会', en: 'grassroots trade union' }, '2': { zh: '非法人工会组织', en: 'unincorporated trade union' }, '9': OTHER }, // 2: later
  },
  '9': {
    zh: '工商（市场监管）', en: 'industry and commerce / market regulation',
    categories: {
      '1': { zh: '企业', en: 'enterprise' },
      '2': { zh: '个体工商户', en: 'individual business' },
      '3': { zh: '农民专业合作社', en: "farmers' specialised cooperative" },
    },
  },
  A: { zh: '中央军委改革和编制办公室', en: 'Central Military Commission reform and establishment office', categories: { '1': { zh: '军队事业单位', en: 'military public institution' }, '9': OTHER } },
  G: { zh: '公安', en: 'public security', categories: { '1': { zh: '境外非政府组织代表机构', en: 'representative office of an overseas NGO' }, '9': OTHER } }, // later
  J: { zh: '住房和城乡建设', en: 'housing and urban-rural development', categories: { '1': { zh: '业主大会', en: 'property owners assembly' }, '9': OTHER } }, // later
  N: {
    zh: '农业', en: 'agriculture',
    categories: {
      '1': { zh: '组级集体经济组织', en: 'group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'township-level collective economic organisation' },
      '9': OTHER,
    },
  },
  Y: { zh: '其他', en: 'other', categories: { '1': OTHER } },
};
