import { describe, expect, it } from 'vitest';
import { pageContextOf } from './page-context.js';
import { createRatePool } from './rate-pool.js';
import { createRatingRepo } from './rating-repo.js';

describe('rating worker pool', () => {
  it('fails its pages, and its readiness, when a thread cannot open the database; closing still ends', async () => {
    const pool = createRatePool(1, '/nonexistent/xinyong-ratings.db', pageContextOf('sqlite', createRatingRepo('sqlite'), new Map()), [], '2026-06-15');
    const page = pool.assess([{ id: 's1', seq: 1, type: 'legal_person' }]);
    await expect(pool.whenReady()).rejects.toThrow();
    await expect(page).rejects.toThrow();
    await expect(pool.assess([])).rejects.toThrow(/stopped/);
    expect(pool.ready()).toBe(false);
    expect(pool.failed()).toBeInstanceOf(Error);
    await pool.close();
  });
});
