import {
  buildFollowUpAnswered,
  buildReassessOffer,
  FOLLOW_UP_ANSWERS,
} from '../../blocks/follow-up.js';
import type { OutcomeReport } from '../domain/index.js';
import { postMessage, updateMessage } from '../slack-send.js';
import { transition } from '../store/decisions.js';
import type { Accepted, Ctx, Result } from './context.js';
import { followUpOf } from './follow-up.js';
import { refused } from './lookup.js';
import { afterChange } from './refresh.js';

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
  const d = transition(ctx.db, id, outcome, change);
  if (!d) return refused(ctx, id);
  await accepted?.({ decision: d });
  if (message) {
    const followUp = followUpOf(ctx, d);
    await updateMessage(ctx.client, {
      ...message,
      ...buildFollowUpAnswered(followUp, FOLLOW_UP_ANSWERS[outcome](followUp, actorId, report)),
    });
  }
  if (outcome === 'failed' && d.messageChannel && d.messageTs) {
    await postMessage(ctx.client, {
      channel: d.messageChannel,
      thread_ts: d.messageTs,
      ...buildReassessOffer(d.id, report.qualityPct),
    });
  }
  await afterChange(ctx, id, actorId);
  return { ok: true, decision: d };
}
