import type { DB } from './db.js';

const cache = new WeakMap<DB, Map<string, unknown>>();

/**
 * A prepared statement built once per database connection. Building and preparing a query
 * costs tens of microseconds; the hot paths (a submission, a button, a follow-up) reuse theirs.
 */
export function prepared<T>(db: DB, key: string, build: (db: DB) => T): T {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(key) as T | undefined;
  if (!statement) {
    statement = build(db);
    statements.set(key, statement);
  }
  return statement;
}
