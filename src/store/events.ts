import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type EventKind, type EventOf, STATUS_EVENT_KINDS } from '../domain/index.js';
import type { DB } from './db.js';
import { prepared } from './prepared.js';
import { type DecisionEvent, decisionEvents } from './schema.js';

const p = sql.placeholder;

/** Who acted, and when. */
export interface Actor {
  actorId: string;
  at: Date;
}

/** A history entry to append: who, when, and what of which kind. */
export type Change<K extends EventKind = EventKind> = Actor & EventOf<K>;

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
    details: change.details,
    at: change.at,
  });
}

// Rows are written only by appendEvent, whose Change ties each kind to its details, so a row
// read back is that same union.
export function listEvents(db: DB, decisionId: number): DecisionEvent[] {
  return db
    .select()
    .from(decisionEvents)
    .where(eq(decisionEvents.decisionId, decisionId))
    .orderBy(asc(decisionEvents.at), asc(decisionEvents.id))
    .all() as DecisionEvent[];
}

/** The latest event that changed the decision's status: who did it, and why. */
export function lastStatusEvent(db: DB, id: number): DecisionEvent | undefined {
  return prepared(db, 'lastStatusEvent', (d) =>
    d
      .select()
      .from(decisionEvents)
      .where(
        and(
          eq(decisionEvents.decisionId, p('id')),
          inArray(decisionEvents.kind, STATUS_EVENT_KINDS),
        ),
      )
      .orderBy(desc(decisionEvents.at), desc(decisionEvents.id))
      .prepare(),
  ).get({ id }) as DecisionEvent | undefined;
}
