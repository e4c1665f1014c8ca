// A thread of the PDF rendering pool (pdf-pool.ts): registers tsx (the renderer
// is TypeScript), parses the report fonts once, then renders each snapshot it
// is sent with its verification code and answers the PDF's bytes (transferred,
// not copied). Same renderer, same fonts: the same bytes as rendering inline.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderPdf } = await import('./render-pdf.ts');
const { reportFonts } = await import('./fonts.ts');

parentPort.on('message', async ({ job, content, code }) => {
  try {
    const pdf = await renderPdf(content, code, reportFonts());
    const bytes = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.length);
    parentPort.postMessage({ job, pdf: bytes }, [bytes]);
  } catch (err) {
    parentPort.postMessage({ job, error: String(err?.stack ?? err) });
  }
});
parentPort.postMessage({ ready: true });
