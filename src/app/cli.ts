import { Command } from 'commander';
import { ConfigError } from './config.js';
import { registerServeCommand } from './commands/serve.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerValidateCommand } from './commands/validate.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerAuditCommand } from './commands/audit.js';
import { registerImportCommand } from './commands/import.js';
import { registerMonitorCommand } from './commands/monitor.js';
import { registerCheckCommand } from './commands/check.js';
import { registerRateCommand } from './commands/rate.js';
import { registerReportCommand } from './commands/report.js';

/** The `xinyong` command line: thin adapters over the same services as the HTTP API. */
export function buildCli(): Command {
  const program = new Command('xinyong')
    .description('xinyong 公共信用信息平台 / public credit information platform')
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerValidateCommand(program);
  registerDemoCommand(program);
  registerAuditCommand(program);
  registerImportCommand(program);
  registerMonitorCommand(program);
  registerCheckCommand(program);
  registerRateCommand(program);
  registerReportCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    const code = (err as { code?: string; exitCode?: number }).code;
    if (typeof code === 'string' && code.startsWith('commander.')) {
      process.exit(code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : 2);
    }
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
}
