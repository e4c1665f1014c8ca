import { describe, it, expect } from 'vitest';
import { normalizeCode } from './normalize-code.js';

describe('normalizeCode', () => {
  it.each([
    ['spaces, lower case', ' 91440300 708461136t ', '91440300708461136T'],
    ['full-width', '９１４４０３００７０８４６１１３６Ｔ', '91440300708461136T'],
    ['ideographic space and tab', '9144\u30000300\t708461136T', '91440300708461136T'],
    ['zero-width characters', '\u200B9144\u200C0300\u200D7084\u2060611\uFEFF36T', '91440300708461136T'],
    ['line breaks and NBSP', '914403\n00\u00A0708461136T\r\n', '91440300708461136T'],
    ['full-width lower case x', '１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it.each([
    ['ASCII hyphen', '70846113-6', '70846113-6'],
    ['full-width hyphen becomes ASCII, not removed', '70846113－6', '70846113-6'],
    ['other punctuation', '9144.0300', '9144.0300'],
  ])('keeps %s so that it fails later', (_label, input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });
});
