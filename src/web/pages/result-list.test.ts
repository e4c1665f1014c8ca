import { describe, expect, it } from 'vitest';
import { anonymousActor } from '../../kernel/actor.js';
import { translator } from '../i18n/index.js';
import type { View } from '../view.js';
import { pager } from './result-list.js';

const view: View = { lang: 'zh-CN', t: translator('zh-CN'), actor: anonymousActor(), path: '/search', csrfToken: null, requestId: 'r-1' };

describe('pager', () => {
  it('links to the next page while more follow, keeping the parameters', () => {
    const html = pager(view, '/search', { q: '科技', street: '粤海街道' }, 2, true).value;
    expect(html).toContain('rel="prev" href="/search?q=%E7%A7%91%E6%8A%80&amp;street=%E7%B2%A4%E6%B5%B7%E8%A1%97%E9%81%93"');
    expect(html).toContain('rel="next" href="/search?q=%E7%A7%91%E6%8A%80&amp;street=%E7%B2%A4%E6%B5%B7%E8%A1%97%E9%81%93&amp;page=3"');
  });

  it('offers no link past the cap, even when more follow', () => {
    const last = pager(view, '/search', { q: '科技' }, 50, true, 50).value;
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
    expect(pager(view, '/search', {}, 1, true, 1).value).toBe('');
  });
});
