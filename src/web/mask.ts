import { maskIdNumber, normalizeCode, parseUscc } from '../domains/identifiers/index.js';

/** A resident ID number (18 or legacy 15 digits) anywhere in the text. */
const ID_NUMBER_RUN = /\d{17}[\dX]|\d{15}/g;

/** Text that holds an ID number and is not itself a credit code (an all-digit USCC looks alike). */
export function holdsIdNumber(text: string): boolean {
  const code = normalizeCode(text);
  return new RegExp(ID_NUMBER_RUN.source).test(code) && !parseUscc(code).valid;
}

/**
 * Visitor input as a page may echo it: any ID number in it masked
 * (SPEC §2: first 4 and last 4 kept), so no page ever shows one in full.
 */
export function echoInput(text: string): string {
  return holdsIdNumber(text) ? normalizeCode(text).replace(ID_NUMBER_RUN, (id) => maskIdNumber(id)) : text;
}
