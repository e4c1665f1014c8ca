import { describe, expect, it } from 'vitest';
import { checkDefinition } from './check-definition.js';
import { adminPenalty } from './defaults/admin-penalty.js';
import { recordTypeDefinitionSchema, type RecordTypeDefinitionInput } from './definition.js';
import { parseDefinition } from './parse-definition.js';

const codesOf = (input: RecordTypeDefinitionInput) => checkDefinition(recordTypeDefinitionSchema.parse(input)).map((e) => [e.field, e.code]);
const at = (key: string) => adminPenalty.fields.findIndex((f) => f.key === key);
const withField = (key: string, patch: Record<string, unknown>) => ({
  ...adminPenalty, fields: adminPenalty.fields.map((f) => (f.key === key ? { ...f, ...patch } : f)),
});

describe('checkDefinition', () => {
  it('accepts the default penalty type', () => {
    expect(codesOf(adminPenalty)).toEqual([]);
  });

  it.each<[string, RecordTypeDefinitionInput, string, string]>([
    ['a role naming no field', { ...adminPenalty, roles: { ...adminPenalty.roles, docNo: 'nope' } }, 'roles.docNo', 'DEFINITION_REFERENCE'],
    ['an optional natural key', withField('decisionNo', { required: false }), 'roles.docNo', 'DEFINITION_ROLE_INVALID'],
    ['a decision date that is text', withField('decisionDate', { type: 'text' }), 'roles.decisionDate', 'DEFINITION_ROLE_INVALID'],
    ['two fields answering to one header', withField('remarks', { aliases: ['处罚依据'] }), `fields.${at('remarks')}`, 'DEFINITION_DUPLICATE_NAME'],
    ['an enum without options', withField('status', { options: [], optionAliases: {} }), `fields.${at('status')}.options`, 'DEFINITION_OPTIONS_MISSING'],
    ['an option alias naming no option', withField('status', { optionAliases: { x: '未知' } }), `fields.${at('status')}.optionAliases`, 'DEFINITION_OPTIONS_MISSING'],
    ['a broken pattern', withField('regionCode', { pattern: '([' }), `fields.${at('regionCode')}.pattern`, 'DEFINITION_REFERENCE'],
    ['a rule naming no field', { ...adminPenalty, rules: [{ kind: 'notAfter', field: 'decisionDate', other: 'gone', code: 'DATE_ORDER' }] }, 'rules.0', 'DEFINITION_REFERENCE'],
    ['penalty tiering without kinds', { ...adminPenalty, roles: { ...adminPenalty.roles, penaltyKinds: undefined } }, 'roles.penaltyKinds', 'DEFINITION_ROLE_INVALID'],
  ])('flags %s', (_title, input, field, code) => {
    expect(codesOf(input)).toContainEqual([field, code]);
  });

  it('parseDefinition: schema errors are VALIDATION_FAILED, incoherence DEFINITION_INVALID', () => {
    expect(() => parseDefinition({ ...adminPenalty, polarity: 'sideways' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => parseDefinition(withField('decisionNo', { required: false }))).toThrow(expect.objectContaining({ code: 'DEFINITION_INVALID', status: 400 }));
  });
});
