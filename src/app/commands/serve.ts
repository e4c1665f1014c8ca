import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('启动平台 / start the platform (PORT, XINYONG_DB or DATABASE_URL)')
    .action(async () => {
      // Loaded on use, so light commands such as `validate` start fast and need no database.
      const { openContext } = await import('../open-context.js');
      const { buildApp } = await import('../build-app.js');
      const { seedOnFirstStart } = await import('../seed.js');
      const ctx = await openContext();
      await seedOnFirstStart(ctx, (line) => console.log(line));
      const app = await buildApp(ctx);
      const { startBackground } = await import('../background.js');
      const background = await startBackground(ctx, app.log);
      const shutdown = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        await background.stop();
        await app.close();
        await ctx.database.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
      await app.listen({ port: ctx.config.port, host: ctx.config.host });
    });
}
