import type { Command } from 'commander';

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .argument('<code>')
    .description('校验统一社会信用代码、身份证号或组织机构代码 / validate a code')
    .action(async () => {
      throw new Error('validate: not wired yet');
    });
}
