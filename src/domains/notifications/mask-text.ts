import { maskIdNumber } from '../identifiers/index.js';

/** 18-digit (last may be X) and legacy 15-digit resident ID numbers standing alone in text. */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

/** SPEC §2: a notification never carries a full ID number; any that slipped into a text is masked (4403**********123X). */
export function maskIdNumbersIn(text: string): string {
  return text.replace(ID_NUMBER, (id) => maskIdNumber(id));
}
