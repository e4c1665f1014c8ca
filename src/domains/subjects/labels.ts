import { referenceData } from '../../kernel/reference/index.js';
import type { SubjectStatus, SubjectType } from './schema.js';

/** Display labels, Chinese first (SPEC: zh-CN first, English second). */
export const SUBJECT_TYPE_LABELS: Record<SubjectType, { zh: string; en: string }> = {
  enterprise: { zh: '法人及非法人组织', en: 'Enterprise' },
  individual_business: { zh: '个体工商户', en: 'Individual business' },
  institution: { zh: '事业单位', en: 'Public institution' },
  social_org: { zh: '社会组织', en: 'Social organisation' },
  government: { zh: '机关', en: 'Government body' },
  person: { zh: '自然人', en: 'Natural person' },
};

export const SUBJECT_STATUS_LABELS: Record<SubjectStatus, { zh: string; en: string }> = {
  active: { zh: '存续', en: 'Active' },
  deregistered: { zh: '注销', en: 'Deregistered' },
  revoked: { zh: '吊销', en: 'Licence revoked' },
};

export function industryLabel(section: string | null): string | null {
  return section ? (referenceData.industrySections[section] ?? null) : null;
}
