import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Approach, Assessment, TaskProfileInput } from '../engine/index.js';
import type { DB, Executor } from './db.js';
import { allowedFrom } from './lifecycle.js';
import {
  type Decision,
  type DecisionEvent,
  type DecisionStatus,
  decisionEvents,
  decisions,
} from './schema.js';

export interface NewDecision {
  teamId: string;
  channelId: string;
  channelPrivate: boolean;
  requesterId: string;
  profile: TaskProfileInput;
  assessment: Assessment;
  sourceKey: string;
  supersedesId?: number | null;
}

export interface Change {
  actorId: string;
  at: Date;
  kind: string;
  details?: Record<string, unknown>;
}

/** Appends to the decision's history. */
export function appendEvent(db: Executor, decisionId: number, change: Change): void {
  db.insert(decisionEvents)
    .values({
      decisionId,
      actorId: change.actorId,
      kind: change.kind,
      details: change.details ?? {},
      at: change.at,
    })
    .run();
}

/**
 * Records a decision once per source (a Slack view submission): a retried submission gets
 * the decision the first one made, with `created: false`.
 */
export function createDecision(
  db: DB,
  input: NewDecision,
  at: Date,
): { decision: Decision; created: boolean } {
  return db.transaction((tx) => {
    const inserted = tx
      .insert(decisions)
      .values({
        ...input,
        task: input.profile.task,
        engineVersion: input.assessment.engineVersion,
        recommendedApproach: input.assessment.approach,
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoNothing({ target: decisions.sourceKey })
      .returning()
      .get();
    if (!inserted) {
      const existing = tx
        .select()
        .from(decisions)
        .where(eq(decisions.sourceKey, input.sourceKey))
        .get();
      if (!existing) throw new Error(`decision for ${input.sourceKey} vanished`);
      return { decision: existing, created: false };
    }
    const details = input.supersedesId ? { supersedes: input.supersedesId } : {};
    appendEvent(tx, inserted.id, {
      actorId: input.requesterId,
      at,
      kind: 'created',
      details,
    });
    return { decision: inserted, created: true };
  });
}

export function getDecision(db: DB, id: number): Decision | undefined {
  return db.select().from(decisions).where(eq(decisions.id, id)).get();
}

export function setMessage(
  db: DB,
  id: number,
  channel: string,
  ts: string,
  change: Change,
): Decision {
  return db.transaction((tx) => {
    const row = tx
      .update(decisions)
      .set({ messageChannel: channel, messageTs: ts, updatedAt: change.at })
      .where(eq(decisions.id, id))
      .returning()
      .get();
    if (!row) throw new Error(`no decision ${id}`);
    appendEvent(tx, id, { ...change, details: { channel, ts, ...change.details } });
    return row;
  });
}

/**
 * Moves a decision to `to` if its current status allows it (and is still the `seen` one,
 * when given), atomically; returns the updated
 * decision, or undefined (nothing changed) when the move is not allowed.
 */
export function transition(
  db: DB,
  id: number,
  to: DecisionStatus,
  change: Change,
  patch: { adoptedApproach?: Approach } = {},
  seen?: DecisionStatus,
): Decision | undefined {
  const from = seen ? allowedFrom(to).filter((s) => s === seen) : allowedFrom(to);
  return db.transaction((tx) => {
    const row = tx
      .update(decisions)
      .set({ status: to, updatedAt: change.at, ...patch })
      .where(and(eq(decisions.id, id), inArray(decisions.status, from)))
      .returning()
      .get();
    if (row) appendEvent(tx, id, change);
    return row;
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

/** The decision that replaced this one, if any. */
export function findSuccessor(db: DB, id: number): Decision | undefined {
  return db.select().from(decisions).where(eq(decisions.supersedesId, id)).get();
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
  return db
    .select()
    .from(decisionEvents)
    .where(and(eq(decisionEvents.decisionId, id), inArray(decisionEvents.kind, STATUS_KINDS)))
    .orderBy(desc(decisionEvents.at), desc(decisionEvents.id))
    .get();
}
