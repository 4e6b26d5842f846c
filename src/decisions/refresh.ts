import { isOpen } from '../domain/index.js';
import { getDecision } from '../store/decisions.js';
import { dropWaiting, type OutboxMessage } from '../store/outbox.js';
import { cancelReminder } from '../store/reminders.js';
import type { Decision, OutboxRow } from '../store/schema.js';
import type { Ctx } from './context.js';
import { republishHomes } from './home.js';
import { owe, sendOwed } from './owed.js';
import { cardMessage } from './publish.js';

/** The outbox key of the question asked for the follow-up due at `dueAt`. */
export const followUpKey = (decisionId: number, dueAt: Date) =>
  `follow-up:${decisionId}:${dueAt.getTime()}`;

/**
 * In the transaction of a change to a decision: a concluded decision needs no follow-up any
 * more (a question not sent yet is dropped), and its message is to be redrawn: what it owes.
 */
export function redraw(ctx: Ctx, decisionId: number, actorId: string): OutboxMessage[] {
  const d = getDecision(ctx.db, decisionId);
  if (!d) return [];
  if (!isOpen(d.status)) {
    const stopped = cancelReminder(ctx.db, d.id, ctx.now());
    if (stopped?.state === 'sending') dropWaiting(ctx.db, followUpKey(d.id, stopped.dueAt));
  }
  const card = cardMessage(ctx, d, actorId);
  return card ? [card] : [];
}

/**
 * Makes `change` and writes what it owes (`also`, then the redrawn message) in one
 * transaction; undefined, with nothing written, when the change was refused.
 */
export function changing(
  ctx: Ctx,
  actorId: string,
  change: () => Decision | undefined,
  also: (d: Decision) => (OutboxMessage | undefined)[] = () => [],
): { decision: Decision; owed: OutboxRow[] } | undefined {
  return ctx.db.transaction(() => {
    const decision = change();
    if (!decision) return undefined;
    return { decision, owed: owe(ctx, [...also(decision), ...redraw(ctx, decision.id, actorId)]) };
  });
}

/**
 * Once a change is committed: what it owes goes now (the actor is told at once if Slack
 * fails), and App Home is republished for the people it concerns.
 */
export async function afterChange(
  ctx: Ctx,
  d: Decision,
  actorId: string,
  owed: OutboxRow[],
): Promise<void> {
  await sendOwed(ctx, owed, actorId);
  await republishHomes(ctx, [d.requesterId, actorId]);
}
