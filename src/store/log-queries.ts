import { createHash } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { DB } from './db.js';
import { prepared } from './prepared.js';
import { logQueries } from './schema.js';

/** Keeps `query` and returns its key (the same query, the same key): 22 characters. */
export function rememberQuery(db: DB, query: string, at: Date): string {
  const key = createHash('sha256').update(query).digest('base64url').slice(0, 22);
  prepared(db, 'rememberQuery', (d) =>
    d
      .insert(logQueries)
      .values({
        key: sql.placeholder('key'),
        query: sql.placeholder('query'),
        usedAt: sql.placeholder('at'),
      })
      .onConflictDoUpdate({ target: logQueries.key, set: { usedAt: sql`excluded.used_at` } })
      .prepare(),
  ).run({ key, query, at });
  return key;
}

/** The query behind `key`, or undefined for a key this app never gave. */
export function recallQuery(db: DB, key: string): string | undefined {
  return db
    .select({ query: logQueries.query })
    .from(logQueries)
    .where(eq(logQueries.key, key))
    .get()?.query;
}

/** Forgets queries last used before `before`: their lists are out of date by then. */
export function forgetQueries(db: DB, before: Date): number {
  return db.delete(logQueries).where(lt(logQueries.usedAt, before)).run().changes;
}
