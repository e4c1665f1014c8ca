import type { AppContext } from './context.js';
import { ensureBootstrapAdmin } from '../domains/accounts/index.js';
import { generateDemoSubjects } from '../domains/subjects/demo/index.js';
import { systemActor } from '../kernel/actor.js';

/** First start: a bootstrap administrator (password printed once) and demo data. */
export async function seedOnFirstStart(ctx: AppContext, print: (line: string) => void): Promise<void> {
  // ── Bootstrap administrator (accounts) ──
  const admin = await ensureBootstrapAdmin(
    { db: ctx.database.db, clock: ctx.clock, audit: ctx.services.audit, hasher: ctx.services.passwordHasher },
    { password: ctx.config.adminPassword },
  );
  if (admin.created && admin.password) {
    print(`首次启动：管理员账号 ${admin.username}，初始密码 ${admin.password}（仅显示一次，首次登录后须修改）`);
    print(`first start: admin account ${admin.username}, initial password ${admin.password} (shown once; change it at first sign-in)`);
  } else if (admin.created) {
    print(`首次启动：管理员账号 ${admin.username}，密码为 XINYONG_ADMIN_PASSWORD 所设 / first start: admin account ${admin.username}, password from XINYONG_ADMIN_PASSWORD`);
  }

  // ── Demo data (lead): below this line ──
  await seedDemoSubjects(ctx, print);
}

/** The demo set every fresh installation gets (SPEC §13: demo data on first start). */
const DEMO_SEED = 1;

/** Demo subjects when enabled (XINYONG_SEED_DEMO) and the registry is still empty. */
async function seedDemoSubjects(ctx: AppContext, print: (line: string) => void): Promise<void> {
  const { seed, subjects: count } = ctx.config.demo;
  if (!seed || count === 0) return;
  const any = await ctx.database.db.selectFrom('subjects').select('seq').limit(1).executeTakeFirst();
  if (any) return;
  const { created } = await ctx.services.subjects.createMany(systemActor, generateDemoSubjects({ count, seed: DEMO_SEED }), { chunkSize: 1000, skipExisting: true });
  print(`演示数据：已生成 ${created} 个信用主体 / demo data: ${created} subjects`);
}
