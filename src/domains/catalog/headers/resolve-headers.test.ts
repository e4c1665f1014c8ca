import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/errors.js';
import { defaultCatalog } from '../defaults/index.js';
import { resolveHeaders } from './resolve-headers.js';

const def = (code: string) => defaultCatalog().find((d) => d.code === code)!;
const penalty = def('admin_penalty');

describe('resolveHeaders', () => {
  it('accepts the Chinese labels, with a BOM, spaces and full-width brackets', () => {
    const r = resolveHeaders(penalty, ['\uFEFF行政相对人名称', ' 行政相对人类别 ', '罚款金额（万元）', '*处罚类别', '处罚决定日期(必填)']);
    expect(r).toEqual({ keys: ['subjectName', 'subjectCategory', 'fineAmount', 'penaltyKinds', 'decisionDate'], unknown: [], legacy: false });
  });

  it('accepts field codes and English keys in any case', () => {
    const r = resolveHeaders(penalty, ['CF_XDR_MC', 'cf_wsh', 'ＣＦ＿ＪＤＲＱ', 'penaltyKinds', 'FINEAMOUNT', 'Facts of the violation ']);
    expect(r.keys).toEqual(['subjectName', 'decisionNo', 'decisionDate', 'penaltyKinds', 'fineAmount', 'violationFacts']);
  });

  it('reports unknown columns once and skips blank ones', () => {
    const r = resolveHeaders(penalty, ['CF_WSH', '', '经办人', '  ']);
    expect(r).toEqual({ keys: ['decisionNo', null, null, null], unknown: ['经办人'], legacy: false });
  });

  it('refuses a header row without any known column: NO_KNOWN_COLUMNS', () => {
    const err = (() => { try { resolveHeaders(penalty, ['姓名', '电话']); } catch (e) { return e; } })() as DomainError;
    expect(err).toBeInstanceOf(DomainError);
    expect([err.code, err.status]).toEqual(['NO_KNOWN_COLUMNS', 400]);
  });

  it('refuses two columns for one field: DUPLICATE_COLUMN', () => {
    expect(() => resolveHeaders(penalty, ['CF_WSH', '行政处罚决定书文号'])).toThrow(expect.objectContaining({ code: 'DUPLICATE_COLUMN' }));
  });

  it('detects the legacy 2016-2018 penalty format and maps its columns', () => {
    const r = resolveHeaders(penalty, [
      'CF_WSH', 'CF_CFMC', 'CF_CFLB1', 'CF_CFLB2', 'CF_SY', 'CF_YJ', 'CF_XDR_MC', 'CF_XDR_SHXYM', 'CF_XDR_ZDM', 'CF_XDR_GSDJ', 'CF_XDR_SWDJ',
      'CF_XDR_SFZ', 'CF_FR', 'CF_JG', 'CF_JDRQ', 'CF_XZJG', 'CF_ZT', 'DFBM', 'SJC', 'BZ',
    ]);
    expect(r.legacy).toBe(true);
    expect(r.unknown).toEqual([]);
    expect(r.keys).toEqual([
      'decisionNo', 'violationType', 'CF_CFLB1', 'CF_CFLB2', 'violationFacts', 'legalGrounds', 'subjectName', 'subjectCode', 'orgCode', 'registrationNo',
      'taxRegistrationNo', 'idNumber', 'legalRep', 'content', 'decisionDate', 'authority', 'status', 'regionCode', 'sourceTimestamp', 'remarks',
    ]);
  });

  it('knows the legacy format only for penalties', () => {
    const r = resolveHeaders(def('admin_license'), ['XK_WSH', 'CF_CFLB1']);
    expect(r).toMatchObject({ legacy: false, unknown: ['CF_CFLB1'] });
  });
});
