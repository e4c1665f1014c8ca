/** A page of a self-service list (grants, inquiries): page from 1, at most 50 a page, `hasMore` instead of a total. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

/** Reads one row more than the page to answer `hasMore`. */
export function pageOf(q: { page?: number; pageSize?: number }) {
  const page = Math.max(1, Math.trunc(q.page ?? 1));
  const pageSize = Math.min(50, Math.max(1, Math.trunc(q.pageSize ?? 20)));
  return { page, pageSize, limit: pageSize + 1, offset: (page - 1) * pageSize };
}

export const toListPage = <R, T>(rows: R[], p: ReturnType<typeof pageOf>, present: (row: R) => T): ListPage<T> => ({
  items: rows.slice(0, p.pageSize).map(present), page: p.page, pageSize: p.pageSize, hasMore: rows.length > p.pageSize,
});
