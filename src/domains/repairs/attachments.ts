import { createHash } from 'node:crypto';
import type { FieldError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { repairAttachmentInvalid } from './errors.js';
import type { AttachmentRow } from './repo.js';
import { MAX_ATTACHMENT_BYTES, type AttachmentInput } from './schema.js';

/** The first bytes each accepted type starts with: the declared type must match the file. */
const MAGIC: Record<AttachmentInput['mediaType'], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

/** Decodes and checks the proof files (size, type by content); every problem is reported at once. */
export function checkAttachments(inputs: readonly AttachmentInput[], repairId: string): AttachmentRow[] {
  const errors: FieldError[] = [];
  const rows = inputs.map((a, i) => {
    const bytes = Buffer.from(a.content, 'base64');
    const field = `attachments.${i}`;
    if (bytes.length === 0) errors.push({ field, code: 'REPAIR_ATTACHMENT_EMPTY', message: `${a.fileName}：文件为空 / the file is empty` });
    else if (bytes.length > MAX_ATTACHMENT_BYTES) errors.push({ field, code: 'REPAIR_ATTACHMENT_TOO_LARGE', message: `${a.fileName}：超过 2 MB / larger than 2 MiB` });
    else if (!MAGIC[a.mediaType].every((b, k) => bytes[k] === b)) {
      errors.push({ field, code: 'REPAIR_ATTACHMENT_TYPE', message: `${a.fileName}：文件内容不是 ${a.mediaType} / the content is not ${a.mediaType}` });
    }
    return {
      id: newId(), repairId, fileName: a.fileName, mediaType: a.mediaType, size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes.toString('base64'),
    };
  });
  if (errors.length > 0) throw repairAttachmentInvalid(errors);
  return rows;
}
