import type { Command } from 'commander';

/** `xinyong audit verify`: walks the hash chain; exit 0 when intact, 1 at the first broken entry. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('审计日志 / audit trail');
  audit
    .command('verify')
    .description('校验审计日志哈希链 / verify the audit hash chain')
    .action(async () => {
      const { openContext } = await import('../open-context.js');
      const { verifyAuditChain } = await import('../../domains/accounts/index.js');
      const ctx = await openContext();
      try {
        const result = await verifyAuditChain(ctx.database.db);
        console.log(JSON.stringify(result));
        if (!result.ok) {
          console.error(`审计日志在 seq ${result.brokenAtSeq} 处断裂 / audit chain broken at seq ${result.brokenAtSeq}`);
          process.exitCode = 1;
        }
      } finally {
        await ctx.database.close();
      }
    });
}
