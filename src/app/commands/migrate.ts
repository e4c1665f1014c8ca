import type { Command } from 'commander';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('迁移数据库到最新版本 / migrate the database to the latest schema')
    .action(async () => {
      const { openContext } = await import('../open-context.js');
      const ctx = await openContext();
      console.log(`database ready (${ctx.database.dialect})`);
      await ctx.database.close();
    });
}
