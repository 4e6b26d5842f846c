import { lt, sql } from 'drizzle-orm';
import type { DB } from './db.js';
import { prepared } from './prepared.js';
import { deliveries } from './schema.js';

/**
 * Records that the request `key` was taken; false when it already was (a retry). One insert,
 * so two processes on one database never both take the same request.
 */
export function firstDelivery(db: DB, key: string, at: Date): boolean {
  const insert = prepared(db, 'firstDelivery', (d) =>
    d
      .insert(deliveries)
      .values({ key: sql.placeholder('key'), at: sql.placeholder('at') })
      .onConflictDoNothing()
      .prepare(),
  );
  return insert.run({ key, at }).changes === 1;
}

/** Forgets requests taken before `before` (Slack retries within minutes). */
export function pruneDeliveries(db: DB, before: Date): number {
  return db.delete(deliveries).where(lt(deliveries.at, before)).run().changes;
}
