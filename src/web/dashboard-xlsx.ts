import type { FastifyReply } from 'fastify';

/** One worksheet: a title row, the headers, the rows (numbers stay numbers, so Excel can sum them). */
export interface Sheet {
  name: string;
  title: string;
  headers: string[];
  rows: Array<Array<string | number | null>>;
}

const sheetName = (name: string, used: Set<string>) => {
  let base = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28) || 'Sheet';
  for (let i = 2; used.has(base); i++) base = `${base.slice(0, 25)} ${i}`;
  used.add(base);
  return base;
};

/** The workbook of a dashboard page, one sheet per table; exceljs is loaded on first use (as imports do). */
export async function workbook(sheets: readonly Sheet[], note: string): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const wb = new excel.Workbook();
  wb.creator = 'xinyong';
  const used = new Set<string>();
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name, used));
    ws.addRow([s.title]).font = { bold: true };
    ws.addRow([note]);
    ws.addRow(s.headers).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => { c.width = i === 0 ? 32 : 14; });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer): FastifyReply {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(body);
}
