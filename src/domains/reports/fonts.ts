import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The report fonts, from npm packages (nothing downloads at run time):
 * Noto Sans SC (TrueType, @expo-google-fonts/noto-sans-sc) for everything, and
 * Noto Sans TC (@embedpdf/fonts-tc) as the fallback for the rare characters SC
 * lacks (about 1,700, many CJK Extension B characters of Hong Kong names).
 * A character neither has is drawn as 〓 (the printers' mark for a missing
 * character) and named in the report's notes. Parsed once per process: pdfkit
 * embeds only the glyphs a report uses.
 */
export interface ReportFonts {
  primary: fontkit.Font;
  fallback: fontkit.Font;
  /** Runs of text, each with the font that draws it; characters no font has come back as 〓 in a primary run. */
  runs(text: string): Array<{ font: 'primary' | 'fallback'; text: string }>;
  /** The distinct characters of `text` that no font draws. */
  missing(text: string): string[];
}

export const MISSING_MARK = '〓';
const require = createRequire(import.meta.url);

function fontFiles(): { primary: string; fallback: string } {
  const primary = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
  const tc = dirname(dirname(require.resolve('@embedpdf/fonts-tc')));
  return { primary, fallback: join(tc, 'fonts', 'NotoSansHant-Regular.otf') };
}

const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0);

export function loadReportFonts(files = fontFiles()): ReportFonts {
  const primary = fontkit.create(readFileSync(files.primary));
  const fallback = fontkit.create(readFileSync(files.fallback));
  // A cmap lookup per character was a tenth of a report's time: each character is looked up once per process.
  const known = new Map<number, 'primary' | 'fallback' | null>();
  const which = (ch: string): 'primary' | 'fallback' | null => {
    const cp = ch.codePointAt(0)!;
    let font = known.get(cp);
    if (font === undefined) {
      font = isControl(cp) || primary.hasGlyphForCodePoint(cp) ? 'primary' : fallback.hasGlyphForCodePoint(cp) ? 'fallback' : null;
      known.set(cp, font);
    }
    return font;
  };
  return {
    primary,
    fallback,
    runs(text) {
      const out: Array<{ font: 'primary' | 'fallback'; text: string }> = [];
      for (const ch of text) {
        const font = which(ch);
        const piece = font === null ? MISSING_MARK : ch;
        const use = font ?? 'primary';
        const last = out[out.length - 1];
        if (last && last.font === use) last.text += piece;
        else out.push({ font: use, text: piece });
      }
      return out;
    },
    missing(text) {
      const seen = new Set<string>();
      for (const ch of text) if (!seen.has(ch) && which(ch) === null) seen.add(ch);
      return [...seen];
    },
  };
}

let shared: ReportFonts | undefined;
/** The process's fonts, parsed on first use. */
export const reportFonts = (): ReportFonts => (shared ??= loadReportFonts());
