/**
 * SPEC §3.3: a record is identified by source department + record type +
 * decision document number (+ period for ratings). One text column carries it:
 * `${sourceDepartmentId}|${typeCode}|${docNo}|${period ?? ''}`. A `|` or `%`
 * inside a part is percent-encoded, so no two keys can run together; ordinary
 * document numbers are stored as they are.
 */
export interface NaturalKeyParts {
  sourceDepartmentId: string;
  typeCode: string;
  docNo: string;
  period: string | null;
}

const escapePart = (part: string) => (/[|%]/.test(part) ? part.replace(/%/g, '%25').replace(/\|/g, '%7C') : part);

export function naturalKey(p: NaturalKeyParts): string {
  return `${escapePart(p.sourceDepartmentId)}|${escapePart(p.typeCode)}|${escapePart(p.docNo)}|${escapePart(p.period ?? '')}`;
}
