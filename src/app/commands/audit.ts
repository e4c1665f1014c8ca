import type { Command } from 'commander';

export function registerAuditCommand(program: Command): void {
  program.command('audit').description('审计日志 / audit trail');
}
