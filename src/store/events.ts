import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DB } from './db.js';
import { prepared } from './prepared.js';
import { type DecisionEvent, decisionEvents } from './schema.js';

const p = sql.placeholder;

export interface Change {
  actorId: string;
  at: Date;
  kind: string;
  details?: Record<string, unknown>;
}

/** Appends to the decision's history (inside the caller's transaction, when there is one). */
export function appendEvent(db: DB, decisionId: number, change: Change): void {
  prepared(db, 'appendEvent', (d) =>
    d
      .insert(decisionEvents)
      .values({
        decisionId: p('decisionId'),
        actorId: p('actorId'),
        kind: p('kind'),
        details: p('details'),
        at: p('at'),
      })
      .prepare(),
  ).run({
    decisionId,
    actorId: change.actorId,
    kind: change.kind,
    details: change.details ?? {},
    at: change.at,
  });
}

export function listEvents(db: DB, decisionId: number): DecisionEvent[] {
  return db
    .select()
    .from(decisionEvents)
    .where(eq(decisionEvents.decisionId, decisionId))
    .orderBy(asc(decisionEvents.at), asc(decisionEvents.id))
    .all();
}

const STATUS_KINDS = [
  'adopted',
  'overridden',
  'superseded',
  'reassessed',
  'abandoned',
  'succeeded',
  'failed',
];

/** The latest event that changed the decision's status: who did it, and why. */
export function lastStatusEvent(db: DB, id: number): DecisionEvent | undefined {
  return prepared(db, 'lastStatusEvent', (d) =>
    d
      .select()
      .from(decisionEvents)
      .where(
        and(eq(decisionEvents.decisionId, p('id')), inArray(decisionEvents.kind, STATUS_KINDS)),
      )
      .orderBy(desc(decisionEvents.at), desc(decisionEvents.id))
      .prepare(),
  ).get({ id });
}
