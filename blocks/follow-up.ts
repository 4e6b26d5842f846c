import type { KnownBlock } from '@slack/types';
import type { OutcomeReport } from '../src/domain/index.js';
import type { Approach, Assessment } from '../src/engine/index.js';
import { button, confirmDialog } from './button.js';
import { decisionValue } from './button-value.js';
import { ACTIONS } from './ids.js';
import { plannedFor, reportedWords } from './outcome-words.js';
import { approachPhrase } from './recommendation.js';
import { escapeMrkdwn, mrkdwn, truncate } from './text.js';

export interface FollowUp {
  decisionId: number;
  task: string;
  requesterId: string;
  approach: Approach;
  adoptedAt: Date;
  assessment: Assessment;
  /** The quality the requester gave when asking, as % of the target. */
  qualityBefore?: number | null;
}

const ABANDON = confirmDialog(
  'Abandon this decision?',
  'It stays in the log as abandoned, and no follow-up will be asked again.',
  'Abandon',
  'danger',
);

const weeks = (days: number) => (days % 7 === 0 ? `${days / 7}-week` : `${days}-day`);

/** The question asked in the decision's thread when the evaluation period ends. */
export function buildFollowUp(f: FollowUp): { text: string; blocks: KnownBlock[] } {
  const id = decisionValue(f.decisionId);
  const adopted = `<!date^${Math.floor(f.adoptedAt.getTime() / 1000)}^{date_long}|${f.adoptedAt.toISOString().slice(0, 10)}>`;
  const task = `“${escapeMrkdwn(truncate(f.task, 200))}”`;
  const text = `<@${f.requesterId}>, how did ${approachPhrase(f.approach)} go for ${task}? The ${weeks(f.assessment.evaluation.periodDays)} evaluation has ended.`;
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `${text}\nAdopted on ${adopted}. *Planned:* ${f.assessment.evaluation.metrics.join('; ')}.`,
        ),
      },
      {
        type: 'actions',
        block_id: `follow_up_${id}`,
        elements: [
          button(ACTIONS.worked, 'Worked', id, 'primary'),
          button(ACTIONS.didNotWork, "Didn't work", id),
          button(ACTIONS.snooze, 'Snooze a week', id),
          button(ACTIONS.abandonFromFollowUp, 'Abandon', id, 'danger', ABANDON),
        ],
      },
      {
        type: 'context',
        elements: [mrkdwn('Anyone who knows may answer; the answer names who gave it.')],
      },
    ],
  };
}

const slackDate = (at: Date) =>
  `<!date^${Math.floor(at.getTime() / 1000)}^{date_long_pretty}|${at.toISOString().slice(0, 10)}>`;

/** What was reported, beside the plan of the decision the question was about. */
const reported = (f: FollowUp, r: OutcomeReport) => {
  const words = reportedWords(r, plannedFor(f.assessment, f.approach, f.qualityBefore));
  return words ? `: ${words}` : '.';
};

/** How the follow-up was answered, in the line that replaces its buttons. */
export const FOLLOW_UP_ANSWERS = {
  succeeded: (f: FollowUp, user: string, r: OutcomeReport) =>
    `:tada: <@${user}> reported that it worked${reported(f, r)}`,
  failed: (f: FollowUp, user: string, r: OutcomeReport) =>
    `:x: <@${user}> reported that it did not work${reported(f, r)}`,
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
