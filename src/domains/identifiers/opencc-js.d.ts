// opencc-js 1.4.2 ships typings whose relative imports ('./core', no extension) do not
// resolve under module NodeNext, which leaves Converter typed as any. This declares
// the one function name.ts uses, for the small Traditional → Simplified bundle.
declare module 'opencc-js/t2cn' {
  /** Locales: 'cn' Simplified (mainland), 'tw' Taiwan, 'hk' Hong Kong, 't' OpenCC Traditional. */
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
