import type { ListTypeDefinition } from '../schema.js';

export type ListTypeInput = Omit<ListTypeDefinition, 'sortOrder'>;

/** Remedies a decision by an administrative body states (行政复议法 2023年修订 第二十条; 行政诉讼法 第四十六条). */
export const ADMINISTRATIVE_REMEDIES =
  '对列入决定不服的，可以自知道或者应当知道该决定之日起六十日内依法申请行政复议（《中华人民共和国行政复议法》第二十条），' +
  '或者自知道或者应当知道作出该决定之日起六个月内依法提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）；' +
  '认为列入所依据的信用信息有误的，可以向信用工作机构提出异议。';

/** Upstream lists: the remedy lies with the authority that listed the subject, not with this platform. */
export const upstreamRemedies = (authority: string, channel: string) =>
  `列入由${authority}依法作出，救济途径以其决定为准（${channel}）；认为平台归集的信息与原决定不一致的，可以向信用工作机构提出异议。`;

/** The national policy on joint rewards and punishments every list rests on besides its own basis. */
export const STATE_COUNCIL_2016_33 = '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）';
export const STATE_COUNCIL_2020_49 =
  '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）（认定严重失信主体名单前告知当事人、听取陈述申辩，明确移出条件）';
export const NANSHAN_PLAN = '《南山区社会信用体系建设规划（2013-2020年）》';

/** Subjects a sector's lists apply to. */
export const BUSINESSES: ListTypeInput['subjectTypes'] = ['enterprise', 'individual_business'];
export const ORGANISATIONS: ListTypeInput['subjectTypes'] = ['enterprise', 'individual_business', 'institution', 'social_org'];
export const ORGANISATIONS_AND_PERSONS: ListTypeInput['subjectTypes'] = [...ORGANISATIONS, 'person'];
export const EVERYONE: ListTypeInput['subjectTypes'] = [...ORGANISATIONS, 'government', 'person'];
