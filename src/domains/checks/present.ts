import { z } from 'zod';
import {
  appliedMeasureSchema, checkSubjectSchema, measureDefinitionSchema, receiptSchema, scenarioSchema, verdictSchema,
  type BatchItem, type StoredMeasure,
} from './schema.js';

/** What a check answers (SPEC §13: verdict, measures, rewards, receipt; and what was asked). */
export const checkResultSchema = z
  .object({
    verdict: verdictSchema,
    subject: checkSubjectSchema,
    scenario: scenarioSchema,
    at: z.string(),
    measures: z.array(appliedMeasureSchema).describe('punishments and management measures that apply, each with its trigger and legal basis'),
    rewards: z.array(appliedMeasureSchema).describe('incentives that apply (green channel, 容缺受理, fewer inspections …)'),
    receipt: receiptSchema,
  })
  .meta({ id: 'CheckResult' });

export const batchResultSchema = z
  .object({
    items: z.array(z.object({
      index: z.number().int().describe('position in the request, from 0'),
      input: z.string().describe('the subject as given (an ID number masked)'),
      result: checkResultSchema.optional(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    })),
  })
  .meta({ id: 'CheckBatchResult' });

export const presentBatch = (items: BatchItem[]) => ({ items });

export const feedbackViewSchema = z.object({
  measureCode: z.string(), applied: z.boolean(), reason: z.string().nullable(),
  status: z.enum(['created', 'updated', 'unchanged']), updatedAt: z.string(),
});

export const feedbackResultSchema = z.object({ receiptId: z.string(), items: z.array(feedbackViewSchema) }).meta({ id: 'CheckFeedbackResult' });

export const receiptAnswerSchema = z
  .object({
    receipt: receiptSchema,
    verified: z.boolean().describe('the signature verifies with the platform key over the receipt as stored'),
    feedback: z.array(feedbackViewSchema).optional().describe('the issuer and government users only'),
  })
  .meta({ id: 'CheckReceiptAnswer' });

export const publicKeySchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    keyId: z.string(),
    pem: z.string().describe('SubjectPublicKeyInfo, PEM'),
    raw: z.string().describe('the raw 32-byte public key, base64'),
  })
  .meta({ id: 'CheckPublicKey' });

export const measureSchema = measureDefinitionSchema
  .extend({ version: z.number().int(), publishedAt: z.string() })
  .meta({ id: 'Measure' });
export type MeasureView = z.infer<typeof measureSchema>;

export const presentMeasure = (m: StoredMeasure): MeasureView => ({ ...m.definition, version: m.version, publishedAt: m.publishedAt });
