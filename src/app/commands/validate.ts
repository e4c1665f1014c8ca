import type { Command } from 'commander';
import { validateCode, type IdentifierResult } from '../../domains/identifiers/index.js';

const KIND_LABELS: Record<string, string> = {
  uscc: '统一社会信用代码 / unified social credit code (GB 32100-2015)',
  resident_id: '居民身份证号码 / resident ID number (GB 11643-1999)',
  org_code: '组织机构代码 / organisation code (GB 11714-1997)',
  unknown: '无法识别 / unrecognised',
};

/** Human-readable lines for a validation result (the ID number itself is echoed masked). */
export function formatValidation(result: IdentifierResult): string[] {
  const shown = result.kind === 'resident_id' && result.valid ? String(result.parts.masked ?? '') || result.normalized : result.normalized;
  if (result.valid) {
    return [
      `有效 / valid: ${shown}`,
      `类型 / kind: ${KIND_LABELS[result.kind]}`,
      result.description,
      result.descriptionEn,
      ...result.warnings.map((w) => `警告 / warning [${w.code}] ${w.message} / ${w.messageEn}`),
    ];
  }
  return [
    `无效 / invalid: ${result.normalized}`,
    `类型 / kind: ${KIND_LABELS[result.kind]}`,
    ...result.failures.map((f) => `未通过 / failed check "${f.check}" [${f.code}]: ${f.message} / ${f.messageEn}`),
  ];
}

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .argument('<code>', '统一社会信用代码、身份证号码或组织机构代码')
    .option('--json', 'print the full result as JSON')
    .description('校验统一社会信用代码、身份证号或组织机构代码 / validate a code (exit 0 valid, 1 invalid)')
    .action((code: string, opts: { json?: boolean }) => {
      const result = validateCode(code);
      if (opts.json) console.log(JSON.stringify(result));
      else for (const line of formatValidation(result)) console.log(line);
      process.exitCode = result.valid ? 0 : 1;
    });
}
