import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

export const ratingModelNotFound = (code: string) =>
  new NotFoundError('RATING_MODEL_NOT_FOUND', `未找到评价模型 ${code} / no rating model ${code}`);

export const ratingVersionNotFound = (code: string, version: number) =>
  new NotFoundError('RATING_MODEL_VERSION_NOT_FOUND', `评价模型 ${code} 没有第${version}版 / model ${code} has no version ${version}`);

/** The definition failed its schema or its consistency rules; `errors` name each path (`bands.2.min`). */
export const ratingModelInvalid = (errors: FieldError[]) =>
  new ValidationError('评价模型定义有误 / the rating model definition is invalid', errors, 'RATING_MODEL_INVALID');

export const ratingModelExists = (code: string) =>
  new ConflictError('RATING_MODEL_EXISTS', `已有评价模型 ${code} / rating model ${code} already exists`);

export const ratingModelCodeMismatch = (path: string, body: string) =>
  new ValidationError('模型代码与路径不一致 / the definition\'s code is not the path\'s', [
    { field: 'code', code: 'RATING_MODEL_CODE_MISMATCH', message: `路径为 ${path}，定义为 ${body} / path ${path}, definition ${body}` },
  ], 'RATING_MODEL_CODE_MISMATCH');

export const ratingVersionNotDraft = (code: string, version: number) =>
  new ConflictError('RATING_VERSION_NOT_DRAFT', `${code} 第${version}版已发布 / version ${version} of ${code} is already published`);

export const ratingVersionOutdated = (code: string, version: number, published: number) =>
  new ConflictError('RATING_VERSION_OUTDATED', `${code} 已发布第${published}版，不能再发布较早的第${version}版 / version ${published} is published; ${version} is older`);

export const ratingVersionConflict = (code: string) =>
  new ConflictError('RATING_VERSION_CONFLICT', `${code} 的版本刚被他人修改，请重试 / model ${code} changed meanwhile; retry`);

export const ratingModelNotPublished = (code: string) =>
  new ConflictError('RATING_MODEL_NOT_PUBLISHED', `评价模型 ${code} 尚无已发布版本 / model ${code} has no published version`);

export const ratingKindChange = (code: string) =>
  new ValidationError('不能改变模型种类 / a model keeps its kind', [
    { field: 'kind', code: 'RATING_MODEL_KIND_CHANGE', message: `${code} 的新版本须与原种类相同 / a new version of ${code} keeps its kind` },
  ], 'RATING_MODEL_INVALID');
