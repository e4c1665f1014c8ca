import type { AppContext } from './context.js';

/** First start: a bootstrap administrator (password printed once) and demo data. */
export async function seedOnFirstStart(ctx: AppContext, print: (line: string) => void): Promise<void> {
  void ctx;
  void print;
}
