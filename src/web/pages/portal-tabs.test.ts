import { describe, expect, it } from 'vitest';
import { DEFAULT_TYPE_INPUTS } from '../../domains/catalog/index.js';
import { SUBJECT_TABS, isListTab, tabCounts, tabOfCategory, tabSelector, type RecordTab } from './portal-tabs.js';

const TYPES = DEFAULT_TYPE_INPUTS.map((d) => ({ code: d.code, category: d.category }));
const categoryOf = (code: string) => TYPES.find((t) => t.code === code)!.category;

describe('subject page tabs', () => {
  it.each([
    ['annual_report', 'basic'],
    ['admin_license', 'licence'],
    ['admin_penalty', 'penalty'],
    ['tax_arrears_notice', 'penalty'],
    ['credit_commitment', 'commitment'],
    ['food_safety_rating', 'rating'],
    // list, commendation and judicial records are records like any other: the list tabs show list entries
    ['abnormal_operation', 'other'],
    ['honest_merchant', 'other'],
    ['court_dishonest_debtor', 'other'],
    ['consumption_restriction', 'other'],
  ])('records of %s → %s', (code, tab) => {
    expect(tabOfCategory(categoryOf(code))).toBe(tab);
  });

  it('selects a category, or for `other` the types of every other category', () => {
    expect(tabSelector('penalty', TYPES)).toEqual({ category: 'penalty' });
    const other = tabSelector('other', TYPES);
    expect('typeCodes' in other && other.typeCodes).toEqual(expect.arrayContaining(['abnormal_operation', 'court_dishonest_debtor', 'commendation']));
    expect('typeCodes' in other && other.typeCodes).not.toContain('admin_penalty');
  });

  it('puts every record type in exactly one record tab, and counts records and list entries by tab', () => {
    const recordTabs = SUBJECT_TABS.filter((tab): tab is RecordTab => !isListTab(tab));
    expect(recordTabs).toEqual(['basic', 'licence', 'penalty', 'commitment', 'rating', 'other']);
    const all = recordTabs.flatMap((tab) => {
      const s = tabSelector(tab, TYPES);
      return 'typeCodes' in s ? s.typeCodes : TYPES.filter((t) => t.category === s.category).map((t) => t.code);
    });
    expect(all.sort()).toEqual(TYPES.map((t) => t.code).sort());
    const counts = tabCounts([
      { category: 'penalty', polarity: 'negative', count: 2 },
      { category: 'list', polarity: 'negative', count: 1 },
      { category: 'commendation', polarity: 'positive', count: 3 },
    ], [{ kind: 'black' }, { kind: 'black' }, { kind: 'red' }]);
    expect(counts).toEqual({ basic: 0, licence: 0, penalty: 2, red: 1, watch: 0, black: 2, commitment: 0, rating: 0, other: 4 });
  });
});
