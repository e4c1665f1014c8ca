// The few fontkit calls the report renderer makes (fontkit ships no types; pdfkit accepts its fonts as they are).
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
