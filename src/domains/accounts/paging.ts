import type { Page } from './schema.js';

/** Offset pagination for the admin and audit lists (small, or filtered by indexed columns). */
export const offsetOf = (q: { page: number; pageSize: number }) => ({ offset: (q.page - 1) * q.pageSize, limit: q.pageSize });

export const toPage = <T>(items: T[], total: number, q: { page: number; pageSize: number }): Page<T> => ({
  items,
  total,
  page: q.page,
  pageSize: q.pageSize,
  hasMore: q.page * q.pageSize < total,
});
