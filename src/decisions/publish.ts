import { buildPostFailed } from '../../blocks/post-failed.js';
import { buildRecommendation } from '../../blocks/recommendation.js';
import { slackRefusal } from '../slack-errors.js';
import { postMessage, updateMessage } from '../slack-send.js';
import { getDecision, setMessage } from '../store/decisions.js';
import type { Decision } from '../store/schema.js';
import { cardFor } from './card.js';
import type { Ctx } from './context.js';
import { withPermalinks } from './permalinks.js';

export type PostResult = { ok: true } | { ok: false; error: string };

/**
 * Posts the recommendation in the decision's channel and records where it went. When Slack
 * refuses, the decision stays stored and the caller decides how to tell the person.
 */
export async function postRecommendation(
  ctx: Ctx,
  d: Decision,
  actorId: string,
): Promise<PostResult> {
  try {
    const { ts, channel } = await postMessage(ctx.client, {
      channel: d.channelId,
      ...buildRecommendation(cardFor(ctx.db, d)),
    });
    setMessage(ctx.db, d.id, channel, ts, { actorId, at: ctx.now() });
    return { ok: true };
  } catch (error) {
    const refusal = slackRefusal(error);
    if (!refusal) throw error;
    ctx.logger.warn(`Slack refused to post decision #${d.id} in ${d.channelId}: ${refusal}`);
    return { ok: false, error: refusal };
  }
}

/** Tells the requester privately (a DM from the app) why the post failed, with a retry button. */
export async function notifyPostFailed(ctx: Ctx, d: Decision, error: string): Promise<void> {
  await postMessage(ctx.client, {
    channel: d.requesterId,
    ...buildPostFailed(d.id, d.channelId, error),
  });
}

/** Redraws the decision's message after a change; a decision never posted has nothing to redraw. */
export async function refreshMessage(ctx: Ctx, id: number): Promise<void> {
  const d = getDecision(ctx.db, id);
  if (!d?.messageChannel || !d.messageTs) return;
  const card = cardFor(ctx.db, d);
  const successor = card.supersededById ? getDecision(ctx.db, card.supersededById) : undefined;
  if (successor) {
    const [linked] = await withPermalinks(ctx.client, ctx.db, [successor]);
    card.successorLink = linked?.permalink ?? null;
  }
  await updateMessage(ctx.client, {
    channel: d.messageChannel,
    ts: d.messageTs,
    ...buildRecommendation(card),
  });
}
