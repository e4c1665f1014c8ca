import { describe, expect, it } from 'vitest';
import { anonymousActor } from '../../kernel/actor.js';
import { translator } from '../i18n/index.js';
import type { View } from '../view.js';
import { subjectRatingsSection } from './console-ratings-subject.js';

const view: View = { lang: 'zh-CN', t: translator('zh-CN'), actor: anonymousActor(), path: '/console/subjects/x', csrfToken: null, requestId: 'r' };
const treatment = { inspectionRatioPercent: 10, inspectionFrequency: '每年2次', incentives: [], measures: ['credit_reminder'] };

describe('subjectRatingsSection', () => {
  it('shows each grade with its factors and, for staff, links to the records behind them (escaped)', () => {
    const out = subjectRatingsSection(view, {
      audience: 'full', subject: { code: '91440300MA5XXXXXXX', name: '测试' },
      ratings: [{
        model: 'public_composite', modelName: '公共信用综合评价', modelVersion: 1, disclosure: 'public', grade: 'C', gradeLabel: '关注', meaning: '<b>x</b>', score: 869.5, ratedOn: '2026-06-15',
        treatment, ratingId: 'rt', factors: [{ key: 'k', label: '严重失信记录', measure: 'count', units: 1, value: null, points: -100, weight: 1, contribution: -100, uncapped: null, records: ['0196abcd-0000-7000-8000-000000000001'] }],
        base: 1000, bonus: 0, deduction: 100, caps: [], bandGrade: 'C', vetoes: [{ key: 'v', label: '1年内有严重失信记录', grade: 'C', records: [] }], directGrade: null, reviewOn: null,
      }],
    }).value;
    expect(out).toContain('公共信用综合评价：<strong>C</strong> 关注');
    expect(out).toContain('href="/console/records/0196abcd-0000-7000-8000-000000000001"');
    expect(out).toContain('一票否决：1年内有严重失信记录');
    expect(out).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('says so when the subject has no rating', () => {
    expect(subjectRatingsSection(view, { audience: 'public', subject: { code: null, name: 'x' }, ratings: [] }).value).toContain('暂无评价结果');
  });
});
