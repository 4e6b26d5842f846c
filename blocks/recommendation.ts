import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import {
  APPROACH_LABELS,
  APPROACH_NOUNS,
  type Approach,
  type Assessment,
  costSentence,
  describeConfidence,
} from '../src/engine/index.js';
import { button, confirmDialog } from './button.js';
import { decisionValue } from './button-value.js';
import type { DecisionCard } from './decision-card.js';
import { ACTIONS } from './ids.js';
import { plannedFor, reportedWords } from './outcome-words.js';
import { escapeMrkdwn, mrkdwn, plain, truncate } from './text.js';

/** The reasons that decided it: at most three, all for the advice. */
const DECIDING_REASONS = 3;

/** The warning a reader most needs, first. */
const WARNING_ORDER = [
  'safety_regression',
  'reexamine_task',
  'tuning_unavailable',
  'knowledge_not_finetunable',
  'quality_not_measured',
  'no_evals',
  'dataset_too_small',
  'self_hosting_needs_capacity',
  'hosted_tuning_retires',
  'catalogue_stale',
];

/** The reasons for the advice, strongest first (engine 1 stored no side: all were for it). */
export const reasonsFor = (a: Assessment) =>
  a.reasons.filter((r) => r.rule !== 'defaults_assumed' && r.side !== 'against');

/** The one warning that matters most, if there is any. */
export const topWarning = (a: Assessment) =>
  [...a.warnings].sort((x, y) => WARNING_ORDER.indexOf(x.id) - WARNING_ORDER.indexOf(y.id))[0];

/** An approach inside a sentence: "fine-tune a model", "hybrid (fine-tune + retrieval)". */
export function approachPhrase(approach: Approach, components: readonly Approach[] = []): string {
  if (approach === 'hybrid' && components.length > 0)
    return `hybrid (${components.map((c) => APPROACH_NOUNS[c]).join(' + ')})`;
  const label = APPROACH_LABELS[approach];
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

const CONCLUDED = new Set(['succeeded', 'failed', 'abandoned', 'superseded']);

const STATE_WORDS = {
  proposed: 'Advice',
  adopted: 'Adopted',
  evaluating: 'Evaluating',
  succeeded: 'Worked',
  failed: "Didn't work",
  abandoned: 'Abandoned',
} as const;

/** What the message leads with: its state, then the approach the team is on. */
function lead(d: DecisionCard): { state: string; what: string } {
  const a = d.assessment;
  if (d.status === 'superseded')
    return { state: `Superseded by #${d.supersededById ?? '?'}`, what: '' };
  const advised = approachPhrase(a.approach, a.components);
  const taken = d.adoptedApproach;
  if (!taken || taken === a.approach) return { state: STATE_WORDS[d.status], what: advised };
  const what = `${approachPhrase(taken)}, instead of the advised ${APPROACH_NOUNS[a.approach]}`;
  return { state: d.status === 'adopted' ? 'Decided' : STATE_WORDS[d.status], what };
}

const slackDate = (at: Date) =>
  `<!date^${Math.floor(at.getTime() / 1000)}^{date_long_pretty} at {time}|${at.toISOString().slice(0, 16).replace('T', ' ')} UTC>`;

/** Who changed it last, and what happens next. */
function statusLine(d: DecisionCard): string {
  const by = d.lastChange ? `<@${d.lastChange.actorId}>` : 'the team';
  const followUp = d.followUpAt
    ? ` I'll ask how it went in this thread on ${slackDate(d.followUpAt)}.`
    : '';
  const reason = d.lastChange?.reason
    ? `, who said: “${escapeMrkdwn(truncate(d.lastChange.reason, 500))}”`
    : '';
  switch (d.status) {
    case 'proposed':
      return 'Adopt it, or choose differently and say why.';
    case 'adopted':
      return reason
        ? `Chosen by ${by}${reason}${followUp}`
        : `Adopted by ${by}. Press *Start evaluating* once it runs on real cases.${followUp}`;
    case 'evaluating':
      return `Evaluation started by ${by}.${followUp}`;
    default:
      return '';
  }
}

const ids = (d: DecisionCard) =>
  [
    `Decision #${d.id}`,
    d.supersedesId ? `replaces #${d.supersedesId}` : '',
    d.supersededById && d.status !== 'superseded' ? `re-assessed as #${d.supersededById}` : '',
  ]
    .filter(Boolean)
    .join(' · ');

/** Everything a click can destroy asks first. */
const ABANDON = confirmDialog(
  'Abandon this decision?',
  'It stays in the log as abandoned, no follow-up will be asked, and the message will say who abandoned it.',
  'Abandon',
  'danger',
);
const START_EVALUATING = confirmDialog(
  'Start evaluating?',
  'Adopted means the team chose this path; evaluating means it now runs on real cases, measured against the plan in Details. The follow-up keeps its date.',
  'Start evaluating',
);

function actions(d: DecisionCard): ActionsBlock {
  const id = decisionValue(d.id);
  // Lifecycle buttons carry the status they were shown in: a click on a stale message is refused.
  const seen = decisionValue(d.id, d.status);
  const elements: Button[] = [];
  if (d.status === 'proposed') {
    elements.push(
      button(ACTIONS.adopt, 'Adopt', seen, 'primary'),
      button(ACTIONS.override, 'Choose differently', seen),
    );
  }
  if (d.status === 'adopted')
    elements.push(
      button(ACTIONS.startEvaluation, 'Start evaluating', seen, 'primary', START_EVALUATING),
    );
  if (d.status === 'adopted' || d.status === 'evaluating')
    elements.push(button(ACTIONS.changeFollowUp, 'Change follow-up', id));
  elements.push(button(ACTIONS.details, 'Details', id));
  if (d.status === 'adopted' || d.status === 'evaluating')
    elements.push(button(ACTIONS.abandon, 'Abandon', seen, undefined, ABANDON));
  return { type: 'actions', block_id: `decision_actions_${id}`, elements };
}

/** The live card: the verdict, the reasons that decided it, the warning that matters, the cost. */
function liveBlocks(d: DecisionCard, header: string): KnownBlock[] {
  const a = d.assessment;
  const why = reasonsFor(a)
    .slice(0, DECIDING_REASONS)
    .map((r) => `• ${r.text}`);
  const warning = topWarning(a);
  const body = [
    '*Why*',
    ...why,
    ...(warning ? [`:warning: ${warning.text}`] : []),
    `*Cost:* ${costSentence(a.cost)}`,
  ];
  return [
    { type: 'header', text: plain(header, 150) },
    {
      type: 'section',
      text: mrkdwn(
        `“${escapeMrkdwn(truncate(d.task, 600))}” · asked by <@${d.requesterId}>\n_${describeConfidence(a)}_`,
      ),
    },
    { type: 'section', text: mrkdwn(body.join('\n')) },
    { type: 'context', elements: [mrkdwn(`${statusLine(d)} · ${ids(d)}`)] },
    actions(d),
  ];
}

/** A concluded or superseded decision: a line or two, its link, and Details. */
function collapsedBlocks(d: DecisionCard, state: string, what: string): KnownBlock[] {
  const a = d.assessment;
  const successor =
    d.status === 'superseded' && d.successorLink
      ? `*Superseded by <${d.successorLink}|#${d.supersededById}>*`
      : `*${what ? `${state}: ${what}` : state}*`;
  const reported = reportedWords(
    d.outcome,
    plannedFor(a, d.adoptedApproach ?? a.approach, d.qualityBefore),
  );
  const verb = d.status === 'abandoned' ? 'abandoned' : 'reported';
  const by =
    d.lastChange && d.status !== 'superseded' ? `${verb} by <@${d.lastChange.actorId}>` : '';
  const last = [reported, by].filter(Boolean).join(' · ');
  const lines = [
    successor,
    `“${escapeMrkdwn(truncate(d.task, 300))}” · asked by <@${d.requesterId}> · ${ids(d)}`,
    ...(last ? [last] : []),
  ];
  return [
    {
      type: 'section',
      text: mrkdwn(lines.join('\n')),
      accessory: button(ACTIONS.details, 'Details', decisionValue(d.id)),
    },
  ];
}

/** The recommendation message: blocks plus the notification text, both led by its state. */
export function buildRecommendation(d: DecisionCard): { text: string; blocks: KnownBlock[] } {
  const { state, what } = lead(d);
  const task = `“${escapeMrkdwn(truncate(d.task, 120))}”`;
  const header = what ? `${state}: ${what}` : state;
  if (CONCLUDED.has(d.status)) {
    const text = what ? `${state} for ${task}: ${what}.` : `${state}: ${task}.`;
    return { text, blocks: collapsedBlocks(d, state, what) };
  }
  const confidence = describeConfidence(d.assessment).split(':')[0]?.replace(/\.$/, '');
  const text =
    d.status === 'proposed'
      ? `Advice for ${task}: ${what} (${confidence?.toLowerCase()}). Adopt it or choose differently.`
      : `${state} for ${task}: ${what}.`;
  return { text, blocks: liveBlocks(d, header) };
}
