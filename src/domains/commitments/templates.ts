/**
 * Commitment templates (信用承诺书 范本) as data, SPEC §8: licensing by
 * notification and commitment (告知承诺), credit repair (信用修复承诺), voluntary
 * (主动承诺). `kind` is the catalogue's 承诺类型 (credit_commitment, commitment_breach).
 */
export const COMMITMENT_TEMPLATES = ['licensing', 'repair', 'voluntary'] as const;
export type CommitmentTemplateCode = (typeof COMMITMENT_TEMPLATES)[number];

export interface CommitmentTemplate {
  code: CommitmentTemplateCode;
  name: string;
  nameEn: string;
  kind: '告知承诺' | '信用修复承诺' | '主动承诺';
  /** the standard text; `{matter}` is the matter the subject commits to */
  text: string;
  legalBasis: string;
}

export const TEMPLATES: Readonly<Record<CommitmentTemplateCode, CommitmentTemplate>> = {
  licensing: {
    code: 'licensing', name: '证明事项和涉企经营许可告知承诺书', nameEn: 'Licensing by notification and commitment', kind: '告知承诺',
    text: '本主体已知晓行政机关告知的全部内容，就“{matter}”郑重承诺：所填写的信息真实、准确、完整，已经符合告知的条件、标准和要求，愿意承担不实承诺的法律责任；在约定期限内提交相关材料，接受事中事后核查；如有违反，愿意接受撤销相关决定、记入信用记录并依法依规实施惩戒。',
    legalBasis: '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
  },
  repair: {
    code: 'repair', name: '信用修复承诺书', nameEn: 'Credit repair commitment', kind: '信用修复承诺',
    text: '本主体就“{matter}”申请信用修复，郑重承诺：已经履行行政处罚决定等法定义务，纠正失信行为、消除不良影响；所提交的材料真实、有效；今后严格遵守法律法规，诚信经营。如有违反，愿意接受撤销修复决定、重新公示并记入信用记录。',
    legalBasis: '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展和改革委员会令2023年第58号）第九条',
  },
  voluntary: {
    code: 'voluntary', name: '主动型信用承诺书', nameEn: 'Voluntary credit commitment', kind: '主动承诺',
    text: '本主体就“{matter}”向社会郑重承诺：严格遵守法律法规和行业规范，依法诚信经营，自觉接受政府、行业组织、社会公众和新闻舆论的监督；如有违反，愿意承担相应责任，并同意将违反承诺的情况记入信用记录、依法公开。',
    legalBasis: '《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）（鼓励市场主体主动向社会作出信用承诺）',
  },
};

/** The text a subject signs: the template with its matter filled in. */
export const commitmentText = (template: CommitmentTemplateCode, matter: string) => TEMPLATES[template].text.replace('{matter}', matter);
