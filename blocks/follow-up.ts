import type { KnownBlock } from '@slack/types';
import { APPROACH_LABELS, type Approach, type Assessment } from '../src/engine/index.js';
import { decisionValue } from './button-value.js';
import { ACTIONS } from './ids.js';
import { escapeMrkdwn, mrkdwn, plain, truncate } from './text.js';

export interface FollowUp {
  decisionId: number;
  task: string;
  requesterId: string;
  approach: Approach;
  adoptedAt: Date;
  assessment: Assessment;
}

const button = (action_id: string, text: string, value: string, style?: 'primary' | 'danger') => ({
  type: 'button' as const,
  action_id,
  text: plain(text, 75),
  value,
  ...(style ? { style } : {}),
});

/** The question asked in the decision's thread when the evaluation period ends. */
export function buildFollowUp(f: FollowUp): { text: string; blocks: KnownBlock[] } {
  const id = decisionValue(f.decisionId);
  const adopted = `<!date^${Math.floor(f.adoptedAt.getTime() / 1000)}^{date_long}|${f.adoptedAt.toISOString().slice(0, 10)}>`;
  const text = `<@${f.requesterId}> the evaluation period of decision #${f.decisionId} has ended. How did it go?`;
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `${text}\nOn ${adopted} the team adopted *${APPROACH_LABELS[f.approach]}* for “${escapeMrkdwn(truncate(f.task, 200))}”.\n*Planned metrics:* ${f.assessment.evaluation.metrics.join('; ')}.`,
        ),
      },
      {
        type: 'actions',
        block_id: `follow_up_${id}`,
        elements: [
          button(ACTIONS.worked, 'Worked', id, 'primary'),
          button(ACTIONS.didNotWork, "Didn't work", id),
          button(ACTIONS.snooze, 'Snooze a week', id),
          button(ACTIONS.abandonFromFollowUp, 'Abandon', id, 'danger'),
        ],
      },
    ],
  };
}

const slackDate = (at: Date) =>
  `<!date^${Math.floor(at.getTime() / 1000)}^{date_long_pretty}|${at.toISOString().slice(0, 10)}>`;

/** How the follow-up was answered, in the line that replaces its buttons. */
export const FOLLOW_UP_ANSWERS = {
  succeeded: (user: string) => `:tada: <@${user}> reported that it worked.`,
  failed: (user: string) => `:x: <@${user}> reported that it did not work.`,
  abandoned: (user: string) => `:wastebasket: <@${user}> abandoned it.`,
  snoozed: (user: string, until: Date) =>
    `:zzz: <@${user}> snoozed this until ${slackDate(until)}.`,
};

/** The same question in a DM to the requester, saying first why it is not in the thread. */
export function buildFollowUpDm(f: FollowUp, why: string): { text: string; blocks: KnownBlock[] } {
  const asked = buildFollowUp(f);
  return {
    text: `${why} ${asked.text}`,
    blocks: [{ type: 'context', elements: [mrkdwn(why)] }, ...asked.blocks],
  };
}

/** The follow-up once answered: the question stays, the buttons give way to the answer. */
export function buildFollowUpAnswered(
  f: FollowUp,
  answer: string,
): { text: string; blocks: KnownBlock[] } {
  const asked = buildFollowUp(f);
  return {
    text: answer,
    blocks: [asked.blocks[0] as KnownBlock, { type: 'context', elements: [mrkdwn(answer)] }],
  };
}

/** After "didn't work": an offer to assess again, starting from what was learned. */
export function buildReassessOffer(
  decisionId: number,
  qualityPct: number | undefined,
): { text: string; blocks: KnownBlock[] } {
  const text = `Re-assess decision #${decisionId} with what you learned?`;
  const measured = qualityPct === undefined ? '' : ` and the ${qualityPct}% you measured`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`${text} The form opens with its answers${measured}.`) },
      {
        type: 'actions',
        block_id: `reassess_offer_${decisionId}`,
        elements: [button(ACTIONS.reassess, 'Re-assess', decisionValue(decisionId), 'primary')],
      },
    ],
  };
}
