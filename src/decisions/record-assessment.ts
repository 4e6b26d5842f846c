import type { Origin } from '../../blocks/modal-metadata.js';
import { assess, type TaskProfileInput } from '../engine/index.js';
import { createDecision, transition } from '../store/decisions.js';
import { appendEvent } from '../store/events.js';
import type { OutboxMessage } from '../store/outbox.js';
import type { Ctx } from './context.js';
import { owe, sendOwed } from './owed.js';
import { recommendationMessage } from './publish.js';
import { redraw } from './refresh.js';

export interface AssessmentRequest {
  origin: Origin;
  profile: TaskProfileInput;
  actorId: string;
  teamId: string;
  /** The submission it came from (view id + hash): a retried one records nothing twice. */
  sourceKey: string;
}

/** A re-assessment: an open decision is superseded; a concluded one keeps its outcome and gains the link. */
function supersede(ctx: Ctx, previous: number, by: number, actorId: string): OutboxMessage[] {
  const change = { actorId, at: ctx.now(), details: { by } };
  if (!transition(ctx.db, previous, 'superseded', { ...change, kind: 'superseded' }))
    appendEvent(ctx.db, previous, { ...change, kind: 'reassessed' });
  return redraw(ctx, previous, actorId);
}

/**
 * Advises on the profile and records the decision with the messages it owes (its post, and
 * the redrawn message of the one it supersedes) in one transaction; then acknowledges and
 * sends them.
 */
export async function recordAssessment(
  ctx: Ctx,
  req: AssessmentRequest,
  accepted: () => Promise<unknown>,
): Promise<void> {
  const { origin, actorId } = req;
  const assessment = assess(req.profile, {
    asOf: ctx.now().toISOString().slice(0, 10),
    ...(ctx.prices ? { prices: ctx.prices } : {}),
  });
  const owed = ctx.db.transaction(() => {
    const { decision, created } = createDecision(
      ctx.db,
      {
        teamId: req.teamId,
        channelId: origin.channel,
        channelPrivate: origin.private,
        requesterId: actorId,
        profile: req.profile,
        assessment,
        sourceKey: req.sourceKey,
        supersedesId: origin.reassessOf ?? null,
      },
      ctx.now(),
    );
    // Slack delivered this submission again: it is already handled.
    if (!created) return [];
    const previous = origin.reassessOf;
    return owe(ctx, [
      ...(previous ? supersede(ctx, previous, decision.id, actorId) : []),
      recommendationMessage(ctx, decision, actorId, true),
    ]);
  });
  // Acknowledged only once stored: a crash right after the ack loses nothing the person sent.
  await accepted();
  await sendOwed(ctx, owed, actorId);
}
