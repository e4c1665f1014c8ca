import { sha256Hex } from '../../kernel/crypto.js';
import type { FieldError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { attachmentInvalid } from './errors.js';
import type { AttachmentRow } from './repo.js';
import { MAX_ATTACHMENT_BYTES, type AttachmentInput } from './schema.js';

/** The first bytes of each accepted type: a file is what its content says, not what its name or header claims. */
const MAGIC: Record<AttachmentInput['contentType'], (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes and checks each file (size, declared type against its content); all refusals at once. */
export function acceptAttachments(objectionId: string, inputs: readonly AttachmentInput[], at: string): AttachmentRow[] {
  const errors: FieldError[] = [];
  const rows: AttachmentRow[] = [];
  inputs.forEach((a, i) => {
    const field = `attachments.${i}`;
    const data = a.dataBase64.replace(/\s/g, '');
    if (!BASE64.test(data)) {
      errors.push({ field, code: 'ATTACHMENT_NOT_BASE64', message: `${a.name}：不是有效的 base64 / not base64` });
      return;
    }
    const bytes = Buffer.from(data, 'base64');
    if (bytes.length === 0) errors.push({ field, code: 'ATTACHMENT_EMPTY', message: `${a.name}：文件为空 / the file is empty` });
    else if (bytes.length > MAX_ATTACHMENT_BYTES) errors.push({ field, code: 'ATTACHMENT_TOO_LARGE', message: `${a.name}：超过 2 MB / larger than 2 MB` });
    else if (!MAGIC[a.contentType](bytes)) errors.push({ field, code: 'ATTACHMENT_TYPE_MISMATCH', message: `${a.name}：内容不是 ${a.contentType} / the content is not ${a.contentType}` });
    else rows.push({ id: newId(), objectionId, name: a.name, contentType: a.contentType, sizeBytes: bytes.length, sha256: sha256Hex(bytes), contentB64: bytes.toString('base64'), uploadedAt: at });
  });
  if (errors.length > 0) throw attachmentInvalid(errors);
  return rows;
}
