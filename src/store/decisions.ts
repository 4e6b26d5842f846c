import { and, eq, inArray, sql } from 'drizzle-orm';
import { allowedFrom } from '../domain/index.js';
import type { Approach, Assessment, TaskProfileInput } from '../engine/index.js';
import type { DB } from './db.js';
import { type Actor, appendEvent, type Change } from './events.js';
import { prepared } from './prepared.js';
import { type Decision, type DecisionStatus, decisions } from './schema.js';

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

const p = sql.placeholder;

/**
 * Records a decision once per source (a Slack view submission): a retried submission gets
 * the decision the first one made, with `created: false`.
 */
export function createDecision(
  db: DB,
  input: NewDecision,
  at: Date,
): { decision: Decision; created: boolean } {
  return db.transaction(() => {
    const inserted = prepared(db, 'insertDecision', (d) =>
      d
        .insert(decisions)
        .values({
          teamId: p('teamId'),
          channelId: p('channelId'),
          channelPrivate: p('channelPrivate'),
          requesterId: p('requesterId'),
          task: p('task'),
          engineVersion: p('engineVersion'),
          recommendedApproach: p('recommendedApproach'),
          sourceKey: p('sourceKey'),
          supersedesId: p('supersedesId'),
          createdAt: p('at'),
          updatedAt: p('at'),
          profile: p('profile'),
          assessment: p('assessment'),
        })
        .onConflictDoNothing({ target: decisions.sourceKey })
        .returning({ id: decisions.id })
        .prepare(),
    ).get({
      ...input,
      supersedesId: input.supersedesId ?? null,
      task: input.profile.task,
      engineVersion: input.assessment.engineVersion,
      recommendedApproach: input.assessment.approach,
      at,
    });
    if (!inserted) {
      const existing = db
        .select()
        .from(decisions)
        .where(eq(decisions.sourceKey, input.sourceKey))
        .get();
      if (!existing) throw new Error(`decision for ${input.sourceKey} vanished`);
      return { decision: existing, created: false };
    }
    const details = input.supersedesId ? { supersedes: input.supersedesId } : {};
    appendEvent(db, inserted.id, { actorId: input.requesterId, at, kind: 'created', details });
    // The new row, from what was just written (reading it back would parse its JSON again).
    const decision: Decision = {
      ...input,
      id: inserted.id,
      supersedesId: input.supersedesId ?? null,
      task: input.profile.task,
      engineVersion: input.assessment.engineVersion,
      recommendedApproach: input.assessment.approach,
      adoptedApproach: null,
      currentApproach: input.assessment.approach,
      status: 'proposed',
      messageChannel: null,
      messageTs: null,
      permalink: null,
      createdAt: at,
      updatedAt: at,
    };
    return { decision, created: true };
  });
}

export function getDecision(db: DB, id: number): Decision | undefined {
  return prepared(db, 'getDecision', (d) =>
    d
      .select()
      .from(decisions)
      .where(eq(decisions.id, p('id')))
      .prepare(),
  ).get({ id });
}

export function setMessage(db: DB, id: number, channel: string, ts: string, by: Actor): void {
  db.transaction(() => {
    const done = prepared(db, 'setMessage', (d) =>
      d
        .update(decisions)
        .set({
          messageChannel: sql`${p('channel')}`,
          messageTs: sql`${p('ts')}`,
          updatedAt: sql`${p('atMs')}`,
        })
        .where(eq(decisions.id, p('id')))
        .prepare(),
    ).run({ id, channel, ts, atMs: by.at.getTime() });
    if (done.changes === 0) throw new Error(`no decision ${id}`);
    appendEvent(db, id, { ...by, kind: 'posted', details: { channel, ts } });
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
    if (row) appendEvent(db, id, change);
    return row;
  });
}

/** The decision that replaced this one, if any. */
export function findSuccessor(db: DB, id: number): number | undefined {
  return prepared(db, 'findSuccessor', (d) =>
    d
      .select({ id: decisions.id })
      .from(decisions)
      .where(eq(decisions.supersedesId, p('id')))
      .prepare(),
  ).get({ id })?.id;
}
