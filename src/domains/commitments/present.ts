import { z } from 'zod';
import type { CommitmentRow, CommitmentSubject } from './repo.js';
import { COMMITMENT_STATUSES } from './schema.js';
import { COMMITMENT_TEMPLATES, TEMPLATES, type CommitmentTemplateCode } from './templates.js';

/**
 * Commitments are public (SPEC §8): everyone sees the same view. It names the
 * subject by name and code only (persons: name only, never an ID number) and
 * never who signed in which account.
 */
export const commitmentSchema = z
  .object({
    id: z.string(),
    commitmentNo: z.string(),
    subject: z.object({ id: z.string(), name: z.string(), code: z.string().nullable() }),
    template: z.enum(COMMITMENT_TEMPLATES),
    templateName: z.string(),
    templateNameEn: z.string(),
    matter: z.string(),
    text: z.string(),
    legalBasis: z.string(),
    signedOn: z.string(),
    dueBy: z.string().nullable(),
    status: z.enum(COMMITMENT_STATUSES),
    fulfilledOn: z.string().nullable(),
    breachedOn: z.string().nullable(),
    breach: z.string().nullable(),
    breachRecordId: z.string().nullable().describe('the negative record (commitment_breach) the breach became'),
  })
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof commitmentSchema>;

export const commitmentPageSchema = z
  .object({ items: z.array(commitmentSchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'CommitmentPage' });
export type CommitmentPage = z.infer<typeof commitmentPageSchema>;

export const commitmentTemplateSchema = z
  .object({ code: z.enum(COMMITMENT_TEMPLATES), name: z.string(), nameEn: z.string(), kind: z.string(), text: z.string(), legalBasis: z.string() })
  .meta({ id: 'CommitmentTemplate' });

export function presentCommitment(r: CommitmentRow, subject: CommitmentSubject | undefined): Commitment {
  const template = TEMPLATES[r.template as CommitmentTemplateCode];
  const person = subject?.type === 'person';
  return {
    id: r.id,
    commitmentNo: r.commitmentNo,
    subject: { id: r.subjectId, name: subject?.name ?? '', code: person ? null : (subject?.code ?? null) },
    template: template.code,
    templateName: template.name,
    templateNameEn: template.nameEn,
    matter: r.matter,
    text: r.text,
    legalBasis: r.legalBasis,
    signedOn: r.signedOn,
    dueBy: r.dueBy,
    status: r.status as Commitment['status'],
    fulfilledOn: r.fulfilledOn,
    breachedOn: r.breachedOn,
    breach: r.breach,
    breachRecordId: r.breachRecordId,
  };
}
