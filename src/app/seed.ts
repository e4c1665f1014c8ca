import type { AppContext } from './context.js';
import { ensureBootstrapAdmin } from '../domains/accounts/index.js';
import { generateDemoSubjects } from '../domains/subjects/demo/index.js';
import { seedDemoAgencies } from '../domains/agencies/index.js';
import { systemActor } from '../kernel/actor.js';
import { DEFAULT_RECORDS_PER_SUBJECT, seedDemoRecordsStep } from './demo-records.js';

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
  const subjects = await seedDemoSubjects(ctx);
  if (subjects === null) return;
  // Records only right after the subjects: a registry that holds subjects already never gets demo records on a restart.
  const { counts } = await seedDemoRecordsStep(ctx, { subjects: ctx.config.demo.subjects, seed: DEMO_SEED, perSubject: DEFAULT_RECORDS_PER_SUBJECT });
  // A demo row is never rejected unless the generator and the catalogue disagree: say so rather than hide it.
  const [zh, en] = counts.rejected > 0 ? [`（${counts.rejected} 条被拒）`, ` (${counts.rejected} rejected)`] : ['', ''];
  print(`演示数据：已生成 ${subjects} 个信用主体、${counts.created} 条信用记录${zh} / demo data: ${subjects} subjects, ${counts.created} credit records${en}`);
  // A few filed credit service agencies (备案名录) so the public list is not empty in the demo.
  await seedDemoAgencies(ctx.services.agencies);
}

/** The demo set every fresh installation gets (SPEC §13: demo data on first start). */
const DEMO_SEED = 1;

/** Demo subjects when enabled (XINYONG_SEED_DEMO) and the registry is still empty: how many were created, or null when none were due. */
async function seedDemoSubjects(ctx: AppContext): Promise<number | null> {
  const { seed, subjects: count } = ctx.config.demo;
  if (!seed || count === 0) return null;
  const any = await ctx.database.db.selectFrom('subjects').select('seq').limit(1).executeTakeFirst();
  if (any) return null;
  const { created } = await ctx.services.subjects.createMany(systemActor, generateDemoSubjects({ count, seed: DEMO_SEED }), { chunkSize: 1000, skipExisting: true });
  return created;
}
