import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import {
  APPROACH_LABELS,
  type Assessment,
  describeApproach,
  FIELD_LABELS,
  formatCount,
  usd,
} from '../src/engine/index.js';
import { decisionValue } from './button-value.js';
import type { DecisionCard } from './decision-card.js';
import { ACTIONS } from './ids.js';
import { escapeMrkdwn, mrkdwn, percent, plain, truncate } from './text.js';

const TOP_REASONS = 5;

const button = (action_id: string, text: string, value: string, style?: 'primary'): Button => ({
  type: 'button',
  action_id,
  text: plain(text, 75),
  value,
  ...(style ? { style } : {}),
});

const confidenceWord = (c: number) => (c >= 0.75 ? 'high' : c >= 0.5 ? 'medium' : 'low');

/** One line on cost, or why there is none. */
export function costLine(a: Assessment): string {
  const c = a.cost;
  if (!c) return 'Cost not estimated: add the expected calls per month to get the crossover.';
  const breakEven =
    c.breakEvenCallsPerMonth === 'never'
      ? 'never breaks even'
      : `breaks even at ${formatCount(c.breakEvenCallsPerMonth)} calls/month`;
  const payback = c.paybackMonths === null ? '' : `, pays back in ${c.paybackMonths} months`;
  return `At ${formatCount(c.monthlyCalls)} calls/month: prompting ${usd(c.monthlyUsd.prompt)}/month vs a tuned smaller model ${usd(c.monthlyUsd.fineTune)}/month (${usd(c.oneTimeUsd)} one-time); tuning ${breakEven}${payback}.`;
}

function statusLine(d: DecisionCard): string {
  const by = d.lastChange ? ` by <@${d.lastChange.actorId}>` : '';
  const recommended = d.assessment.approach;
  const followUp = d.followUpAt
    ? ` I'll ask how it went in this thread on <!date^${Math.floor(d.followUpAt.getTime() / 1000)}^{date_long_pretty} at {time}|${d.followUpAt.toISOString().slice(0, 16).replace('T', ' ')} UTC>.`
    : '';
  switch (d.status) {
    case 'proposed':
      return ':hourglass_flowing_sand: Proposed: adopt it, or choose differently with a reason.';
    case 'adopted':
      if (d.adoptedApproach && d.adoptedApproach !== recommended) {
        const reason = d.lastChange?.reason
          ? `: “${escapeMrkdwn(truncate(d.lastChange.reason, 500))}”`
          : '';
        return `:twisted_rightwards_arrows: Chose *${APPROACH_LABELS[d.adoptedApproach]}* instead${by}${reason}.${followUp}`;
      }
      return `:white_check_mark: Adopted${by}.${followUp}`;
    case 'evaluating':
      return `:test_tube: Evaluating *${APPROACH_LABELS[d.adoptedApproach ?? recommended]}*${by}.${followUp}`;
    case 'succeeded':
      return `:tada: It worked${by}.`;
    case 'failed':
      return `:x: It did not work${by}.`;
    case 'abandoned':
      return `:wastebasket: Abandoned${by}.`;
    case 'superseded':
      return `:leftwards_arrow_with_hook: Superseded${d.supersededById ? ` by decision #${d.supersededById}` : ''}${by}.`;
    default:
      return `Status: ${d.status}${by}.`;
  }
}

const ABANDON_CONFIRM = {
  title: plain('Abandon this decision?', 100),
  text: plain('It stays in the log as abandoned, and no follow-up will be asked.', 300),
  confirm: plain('Abandon', 30),
  deny: plain('Keep it', 30),
  style: 'danger' as const,
};

function actions(d: DecisionCard): ActionsBlock {
  const id = decisionValue(d.id);
  // Lifecycle buttons carry the status they were shown in: a click on a stale message is refused.
  const seen = decisionValue(d.id, d.status);
  const inPlay = d.status === 'adopted' || d.status === 'evaluating';
  const elements: Button[] = [];
  if (d.status === 'proposed') {
    elements.push(
      button(ACTIONS.adopt, 'Adopt', seen, 'primary'),
      button(ACTIONS.override, 'Choose differently', seen),
    );
  }
  if (d.status === 'adopted')
    elements.push(button(ACTIONS.startEvaluation, 'Start evaluating', seen, 'primary'));
  if (inPlay) elements.push(button(ACTIONS.changeFollowUp, 'Change follow-up', id));
  if (d.status !== 'superseded') elements.push(button(ACTIONS.reassess, 'Re-assess', id));
  elements.push(button(ACTIONS.details, 'Details', id));
  if (d.status === 'proposed' || inPlay)
    elements.push({ ...button(ACTIONS.abandon, 'Abandon', seen), confirm: ABANDON_CONFIRM });
  return { type: 'actions', block_id: `decision_actions_${id}`, elements };
}

/** The recommendation message: blocks plus the plain-text fallback for notifications. */
export function buildRecommendation(d: DecisionCard): { text: string; blocks: KnownBlock[] } {
  const a = d.assessment;
  const approach = describeApproach(a.approach, a.components);
  // Assessments stored before 2.0.0 have no side: all their reasons were listed as why.
  const reasons = a.reasons
    .filter((r) => r.rule !== 'defaults_assumed' && r.side !== 'against')
    .slice(0, TOP_REASONS);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(`Recommendation: ${approach}`, 150) },
    {
      type: 'section',
      text: mrkdwn(
        `*Task:* ${escapeMrkdwn(truncate(d.task, 600))}\n*Asked by* <@${d.requesterId}> · confidence *${percent(a.confidence)}* (${confidenceWord(a.confidence)})`,
      ),
    },
    { type: 'section', text: mrkdwn(`*Why*\n${reasons.map((r) => `• ${r.text}`).join('\n')}`) },
  ];
  if (a.warnings.length > 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(`*Watch out*\n${a.warnings.map((w) => `:warning: ${w.text}`).join('\n')}`),
    });
  }
  blocks.push(
    {
      type: 'section',
      text: mrkdwn(`*Next steps*\n${a.nextSteps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`),
    },
    {
      type: 'section',
      text: mrkdwn(
        `*Evaluate for ${a.evaluation.periodDays} days*, watching: ${a.evaluation.metrics.join('; ')}.\n*Cost:* ${costLine(a)}`,
      ),
    },
  );
  if (a.defaultsAssumed.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        mrkdwn(
          `Assumed defaults for: ${a.defaultsAssumed.map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS] ?? f).join('; ')}. Re-assess to answer them.`,
        ),
      ],
    });
  }
  blocks.push({ type: 'context', elements: [mrkdwn(statusLine(d))] }, actions(d), {
    type: 'context',
    elements: [
      mrkdwn(
        `Decision #${d.id}${d.supersedesId ? ` (replaces #${d.supersedesId})` : ''} · engine ${a.engineVersion}`,
      ),
    ],
  });
  const text = `Recommendation for “${escapeMrkdwn(truncate(d.task, 120))}”: ${approach} (confidence ${percent(a.confidence)}). Decision #${d.id}.`;
  return { text, blocks };
}
