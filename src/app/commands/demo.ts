import type { Command } from 'commander';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('生成演示数据 / generate deterministic demo data')
    .option('--subjects <n>', 'number of subjects', '2000')
    .option('--seed <s>', 'random seed', '1')
    .action(async () => {
      throw new Error('demo: not wired yet');
    });
}
