import { and, eq, lte, type SQL, sql } from 'drizzle-orm';
import type { DB } from './db.js';
import { reminders } from './schema.js';

/** Ids of decisions whose follow-up is still to be asked and falls due by `before`. */
export function dueDecisionIds(db: DB, before: Date): SQL {
  const query = db
    .select({ id: reminders.decisionId })
    .from(reminders)
    .where(and(eq(reminders.state, 'pending'), lte(reminders.dueAt, before)));
  return sql`(${query})`;
}
