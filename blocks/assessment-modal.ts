import type { KnownBlock, ModalView } from '@slack/types';
import { FIELD_LABELS, type TaskProfileInput } from '../src/engine/index.js';
import { button } from './button.js';
import { chosen, input, number, option, optionsOf, select } from './form-inputs.js';
import { SAFETY_OPTION } from './form-options.js';
import { ACTIONS, type FormField, INPUT_ACTION, VIEWS } from './ids.js';
import { type Origin, writeMetadata } from './modal-metadata.js';
import { mrkdwn, plain } from './text.js';

/** The questions of the second, optional step: each one left empty takes its default. */
export const DETAIL_FIELDS = [
  'taskType',
  'knowledgeChange',
  'consistency',
  'requestVariation',
  'monthlyCalls',
  'staticPromptTokens',
  'latencyTargetMs',
  'dataSensitivity',
  'mlCapacity',
  'safetyCritical',
] as const satisfies readonly FormField[];

/** A prefilled detail opens the form with its details showing. */
const hasDetail = (initial: Partial<TaskProfileInput>) =>
  DETAIL_FIELDS.some(
    (f) => initial[f] !== undefined && initial[f] !== null && initial[f] !== false,
  );

/** Where the advice will go, said before anyone submits, and the button that says so. */
function destination(origin: Origin): { line: string; submit: string } {
  const replaces = origin.reassessOf ? ` It replaces decision #${origin.reassessOf} there.` : '';
  if (origin.home)
    return {
      line: 'The advice comes to your direct messages with the app, where only you see it.',
      submit: 'Get advice in my DMs',
    };
  if (origin.channel.startsWith('D'))
    return {
      line: `The advice will be posted in this direct message.${replaces}`,
      submit: 'Post in this DM',
    };
  const name = origin.name && !origin.private ? `#${origin.name}` : '';
  return {
    line: `The advice will be posted in <#${origin.channel}>, where the team can adopt it or choose differently.${replaces}`,
    submit: name && name.length <= 16 ? `Post to ${name}` : 'Post to the channel',
  };
}

function essentials(initial: Partial<TaskProfileInput>): KnownBlock[] {
  const gaps = (initial.mainGaps ?? [])
    .map((g) => chosen('mainGaps', g))
    .filter((o) => o !== undefined);
  return [
    input(
      'task',
      FIELD_LABELS.task,
      {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        multiline: true,
        max_length: 3000,
        ...(initial.task ? { initial_value: initial.task } : {}),
        placeholder: plain('e.g. Classify support tickets by product area and urgency'),
      },
      undefined,
      false,
    ),
    select(
      'promptingMaturity',
      FIELD_LABELS.promptingMaturity,
      initial.promptingMaturity,
      'This matters most: training only makes sense once a thorough prompt has been tried.',
      'radio_buttons',
    ),
    input(
      'mainGaps',
      FIELD_LABELS.mainGaps,
      {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: optionsOf('mainGaps'),
        ...(gaps.length > 0 ? { initial_options: gaps } : {}),
      },
      'Tick all that apply, or none if nothing specific.',
    ),
    number(
      'qualityPct',
      FIELD_LABELS.qualityPct,
      initial.qualityPct,
      'e.g. 85 if your best prompt gets 85% of the way. Leave empty if you have not measured it.',
      100,
    ),
    number(
      'labeledExamples',
      FIELD_LABELS.labeledExamples,
      initial.labeledExamples,
      'Checked, high-quality pairs of input and the output you want. Leave empty for none.',
    ),
    select(
      'evals',
      FIELD_LABELS.evals,
      initial.evals,
      'Leave empty for: none yet.',
      'radio_buttons',
    ),
  ];
}

function details(initial: Partial<TaskProfileInput>): KnownBlock[] {
  const safety = option(SAFETY_OPTION, 'Yes: medical, legal, financial or physical harm');
  return [
    { type: 'divider' },
    {
      type: 'context',
      elements: [
        mrkdwn('*Details.* Each one left empty takes the default shown, and the advice lists it.'),
      ],
    },
    select('taskType', FIELD_LABELS.taskType, initial.taskType, 'Leave empty for: something else.'),
    select(
      'knowledgeChange',
      FIELD_LABELS.knowledgeChange,
      initial.knowledgeChange,
      'Leave empty for: rarely or never.',
    ),
    select(
      'consistency',
      FIELD_LABELS.consistency,
      initial.consistency,
      'Leave empty for: moderate.',
    ),
    select(
      'requestVariation',
      FIELD_LABELS.requestVariation,
      initial.requestVariation,
      'Leave empty for: somewhat.',
    ),
    number(
      'monthlyCalls',
      FIELD_LABELS.monthlyCalls,
      initial.monthlyCalls,
      'Gives the cost at your volume. Leave empty if you do not know yet.',
    ),
    number(
      'staticPromptTokens',
      FIELD_LABELS.staticPromptTokens,
      initial.staticPromptTokens,
      'In tokens, about 4 characters each: a page of text is about 500. Leave empty for 1,000.',
    ),
    number(
      'latencyTargetMs',
      FIELD_LABELS.latencyTargetMs,
      initial.latencyTargetMs,
      'In milliseconds, for 95 calls in 100, e.g. 800. Leave empty if there is no limit.',
    ),
    select(
      'dataSensitivity',
      FIELD_LABELS.dataSensitivity,
      initial.dataSensitivity,
      'Leave empty for: internal.',
    ),
    select(
      'mlCapacity',
      FIELD_LABELS.mlCapacity,
      initial.mlCapacity,
      'Leave empty for: some engineers with ML experience.',
    ),
    input(
      'safetyCritical',
      FIELD_LABELS.safetyCritical,
      {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: [safety],
        ...(initial.safetyCritical ? { initial_options: [safety] } : {}),
      },
      'Leave empty for: no.',
    ),
  ];
}

/** The offer of the second step: never required, the advice is posted without it. */
const DETAILS_OFFER: KnownBlock[] = [
  {
    type: 'actions',
    block_id: 'assessment_details',
    elements: [button(ACTIONS.addDetails, 'Add details (optional)', 'details')],
  },
  {
    type: 'context',
    elements: [
      mrkdwn(
        'Volume, speed, data rules and more sharpen the cost and the advice. Skip them, and the advice says what it assumed.',
      ),
    ],
  },
];

/**
 * The modal that collects a task profile: the six essentials first, the details on request
 * (or already open when `initial` answers one: a re-assessment). `initial` prefills it.
 */
export function buildAssessmentModal(
  initial: Partial<TaskProfileInput>,
  origin: Origin,
  withDetails = hasDetail(initial),
): ModalView {
  const where = destination(origin);
  return {
    type: 'modal',
    callback_id: VIEWS.assessment,
    private_metadata: writeMetadata(origin),
    title: plain('Fine-tune or prompt?', 24),
    submit: plain(where.submit, 24),
    close: plain('Cancel', 24),
    blocks: [
      { type: 'context', elements: [mrkdwn(where.line)] },
      ...essentials(initial),
      ...(withDetails ? details(initial) : DETAILS_OFFER),
    ],
  };
}
