import type { Command } from 'commander';
import { openContext } from '../open-context.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('迁移数据库到最新版本 / migrate the database to the latest schema')
    .action(async () => {
      const ctx = await openContext();
      console.log(`database ready (${ctx.database.dialect})`);
      await ctx.database.close();
    });
}
