import {
  buildFollowUpAnswered,
  buildReassessOffer,
  FOLLOW_UP_ANSWERS,
} from '../../blocks/follow-up.js';
import type { OutcomeReport } from '../domain/index.js';
import { transition } from '../store/decisions.js';
import type { Accepted, Ctx, Result } from './context.js';
import { followUpOf } from './follow-up.js';
import { refused } from './lookup.js';
import { owedMessage } from './owed.js';
import { afterChange, changing } from './refresh.js';

export interface OutcomeInput {
  id: number;
  actorId: string;
  outcome: 'succeeded' | 'failed';
  report: OutcomeReport;
  /** The follow-up question it answers, redrawn with the answer. */
  message?: { channel: string; ts: string } | undefined;
}

/** Worked / Didn't work: the outcome goes into the log; a failure offers a re-assessment. */
export async function recordOutcome(
  ctx: Ctx,
  input: OutcomeInput,
  accepted?: Accepted,
): Promise<Result> {
  const { id, actorId, outcome, report, message } = input;
  const change = { actorId, at: ctx.now(), kind: outcome, details: report };
  const about = { kind: 'post', decisionId: id, userId: actorId } as const;
  const done = changing(
    ctx,
    actorId,
    () => transition(ctx.db, id, outcome, change),
    (d) => [
      message &&
        owedMessage(
          `answered:${message.channel}:${message.ts}`,
          'chat.update',
          {
            ...message,
            ...(() => {
              const followUp = followUpOf(ctx, d);
              return buildFollowUpAnswered(
                followUp,
                FOLLOW_UP_ANSWERS[outcome](followUp, actorId, report),
              );
            })(),
          },
          about,
        ),
      outcome === 'failed' && d.messageChannel && d.messageTs
        ? owedMessage(
            `reassess-offer:${d.id}`,
            'chat.postMessage',
            {
              channel: d.messageChannel,
              thread_ts: d.messageTs,
              ...buildReassessOffer(d.id, report.qualityPct),
            },
            about,
          )
        : undefined,
    ],
  );
  if (!done) return refused(ctx, id);
  await accepted?.({ decision: done.decision });
  await afterChange(ctx, done.decision, actorId, done.owed);
  return { ok: true, decision: done.decision };
}
