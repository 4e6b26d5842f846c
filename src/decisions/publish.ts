import { buildRecommendation } from '../../blocks/recommendation.js';
import type { OutboxMessage } from '../store/outbox.js';
import type { Decision } from '../store/schema.js';
import { cardFor, newCard } from './card.js';
import type { Ctx } from './context.js';
import { owedMessage } from './owed.js';

export const recommendationKey = (decisionId: number) => `recommendation:${decisionId}`;

/**
 * The recommendation a decision owes in its channel. Once Slack has it, where it went is
 * recorded on the decision; when it never goes, the requester is told privately.
 */
export function recommendationMessage(
  ctx: Ctx,
  d: Decision,
  actorId: string,
  created = false,
): OutboxMessage {
  return owedMessage(
    recommendationKey(d.id),
    'chat.postMessage',
    { channel: d.channelId, ...buildRecommendation(created ? newCard(d) : cardFor(ctx.db, d)) },
    {
      kind: 'recommendation',
      decisionId: d.id,
      actorId,
      ...(d.supersedesId ? { supersedes: d.supersedesId } : {}),
    },
  );
}

/**
 * The decision's message redrawn after `actorId`'s change; a decision never posted has
 * nothing to redraw. A later drawing supersedes this one if it has not gone yet.
 */
export function cardMessage(ctx: Ctx, d: Decision, actorId: string): OutboxMessage | undefined {
  if (!d.messageChannel || !d.messageTs) return undefined;
  return owedMessage(
    `card:${d.id}`,
    'chat.update',
    { channel: d.messageChannel, ts: d.messageTs, ...buildRecommendation(cardFor(ctx.db, d)) },
    { kind: 'card', decisionId: d.id, actorId },
  );
}
