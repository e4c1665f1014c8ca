import type { Dialect } from '../../../db/connect.js';
import { postgresSearchIndex } from './postgres-search-index.js';
import type { SubjectSearchIndex } from './search-index.js';
import { sqliteSearchIndex } from './sqlite-search-index.js';

export function createSearchIndex(dialect: Dialect): SubjectSearchIndex {
  return dialect === 'sqlite' ? sqliteSearchIndex : postgresSearchIndex;
}
