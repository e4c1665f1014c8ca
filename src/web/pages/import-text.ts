import type { PresentedBatch } from '../../domains/imports/index.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';

/** Record type code → its name in the page's language (the catalogue's names). */
export type TypeNames = ReadonlyMap<string, { name: string; nameEn: string }>;

export const typeName = (view: View, types: TypeNames, code: string): string => {
  const t = types.get(code);
  return t ? (view.lang === 'en' ? t.nameEn : t.name) : code;
};

export const batchStatus = (view: View, status: PresentedBatch['status']) => view.t(`imports.status.${status}` as MessageKey);

export const batchChannel = (view: View, channel: PresentedBatch['channel']) => view.t(`imports.channel.${channel}` as MessageKey);

/** What the batch holds: the file's name, or how it came in (an API call has no file). */
export const batchSource = (view: View, b: PresentedBatch): string => b.fileName ?? batchChannel(view, b.channel);
