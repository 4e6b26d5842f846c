import type { Origin } from '../../blocks/modal-metadata.js';
import { assess, type TaskProfileInput } from '../engine/index.js';
import { createDecision, transition } from '../store/decisions.js';
import { appendEvent } from '../store/events.js';
import type { Ctx } from './context.js';
import { notifyPostFailed, postRecommendation, refreshMessage } from './publish.js';

export interface AssessmentRequest {
  origin: Origin;
  profile: TaskProfileInput;
  actorId: string;
  teamId: string;
  /** The submission it came from (view id + hash): a retried one records nothing twice. */
  sourceKey: string;
}

/** Advises on the profile, records the decision and posts it; a re-assessment supersedes. */
export async function recordAssessment(
  ctx: Ctx,
  req: AssessmentRequest,
  accepted: () => Promise<unknown>,
): Promise<void> {
  const { origin, actorId } = req;
  const { decision, created } = createDecision(
    ctx.db,
    {
      teamId: req.teamId,
      channelId: origin.channel,
      channelPrivate: origin.private,
      requesterId: actorId,
      profile: req.profile,
      assessment: assess(req.profile, {
        asOf: ctx.now().toISOString().slice(0, 10),
        ...(ctx.prices ? { prices: ctx.prices } : {}),
      }),
      sourceKey: req.sourceKey,
      supersedesId: origin.reassessOf ?? null,
    },
    ctx.now(),
  );
  // Acknowledged only once stored: a crash right after the ack loses nothing the person sent.
  await accepted();
  if (!created) return; // Slack delivered this submission again: it is already handled
  const previous = origin.reassessOf;
  if (previous) {
    const by = { actorId, at: ctx.now(), details: { by: decision.id } };
    // An open decision is superseded; a concluded one keeps its outcome and gains the link.
    if (!transition(ctx.db, previous, 'superseded', { ...by, kind: 'superseded' })) {
      appendEvent(ctx.db, previous, { ...by, kind: 'reassessed' });
    }
  }
  const posted = await postRecommendation(ctx, decision, actorId);
  // The old message is redrawn once the new one is posted, so it can link to it.
  if (previous) await refreshMessage(ctx, previous);
  if (!posted.ok) await notifyPostFailed(ctx, decision, posted.error);
}
