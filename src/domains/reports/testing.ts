// Fixtures for the reports domain's tests: the archive's seeded enterprise, plus
// a live penalty with a Chinese decision number and a repaired one, and text
// extraction from a PDF (pdfjs-dist, the way a reader's viewer would see it).
import { systemActor } from '../../kernel/actor.js';
import type { Database } from '../../db/connect.js';
import { seedArchive, type ArchiveSeedServices, type SeededArchive } from '../archive/testing.js';
import type { RecordService } from '../records/index.js';
import { penaltyChunk, penaltyRow } from '../records/testing.js';

export const LIVE_DECISION_NO = '深南市监罚〔2026〕88号';
export const REPAIRED_DECISION_NO = '深南市监罚〔2026〕77号';

export interface SeededReport extends SeededArchive {
  liveId: string;
  repairedId: string;
}

export async function seedReportSubject(
  s: ArchiveSeedServices & { records: Pick<RecordService, 'ingestChunk' | 'withdraw' | 'prepareRepair'> },
  database: Database,
): Promise<SeededReport> {
  const seeded = await seedArchive(s);
  const subject = { subjectName: seeded.subject.name, subjectCode: seeded.subject.code };
  const results = await s.records.ingestChunk(systemActor, penaltyChunk(seeded.department, [
    penaltyRow(21, { ...subject, decisionNo: LIVE_DECISION_NO, decisionDate: '2026-05-10' }),
    penaltyRow(22, { ...subject, decisionNo: REPAIRED_DECISION_NO, decisionDate: '2026-03-10' }),
  ], { batchId: 'reports-fixture' }));
  const [liveId, repairedId] = results.map((r) => r.id!);
  const write = await s.records.prepareRepair(repairedId!);
  await database.db.transaction().execute((trx) => write(trx, systemActor, { repairedOn: '2026-06-10', reason: '已履行处罚决定并作出信用承诺' }));
  return { ...seeded, liveId: liveId!, repairedId: repairedId! };
}

/** The text of every page of a PDF, joined, as pdf.js extracts it (CJK through the fonts' ToUnicode maps). */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return { text: pages.join('\n'), pages };
}
