import type { KnownBlock, ModalView } from '@slack/types';
import type { TaskProfileInput } from '../src/engine/index.js';
import { chosen, input, number, option, optionsOf, select } from './form-inputs.js';
import { SAFETY_OPTION } from './form-options.js';
import { INPUT_ACTION, VIEWS } from './ids.js';
import { type Origin, writeMetadata } from './modal-metadata.js';
import { plain } from './text.js';

/** The modal that collects a task profile; `initial` prefills it (command text, or a re-assessment). */
export function buildAssessmentModal(
  initial: Partial<TaskProfileInput>,
  origin: Origin,
): ModalView {
  const safety = option(SAFETY_OPTION, 'Mistakes could harm people (medical, legal, safety)');
  const gaps = (initial.mainGaps ?? [])
    .map((g) => chosen('mainGaps', g))
    .filter((o) => o !== undefined);
  const blocks: KnownBlock[] = [
    input(
      'task',
      'What should the model do?',
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
      'How good is your best prompt so far?',
      initial.promptingMaturity,
      'This matters most: fine-tuning only makes sense once a thorough prompt has been tried.',
      'radio_buttons',
    ),
    input(
      'mainGaps',
      'What goes wrong today?',
      {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: optionsOf('mainGaps'),
        ...(gaps.length > 0 ? { initial_options: gaps } : {}),
      },
      'Tick all that apply. Leave empty if nothing specific.',
    ),
    number(
      'qualityPct',
      'Best quality so far, as % of your target',
      initial.qualityPct,
      'e.g. 85 if your best prompt gets 85% of the way. Leave empty if not measured.',
      100,
    ),
    number(
      'labeledExamples',
      'Good input/output examples on hand',
      initial.labeledExamples,
      'Checked, high-quality pairs. Leave empty for 0.',
    ),
    select(
      'evals',
      'How do you test outputs today?',
      initial.evals,
      'Leave empty for: none yet.',
      'radio_buttons',
    ),
    { type: 'divider' },
    { type: 'header', text: plain('Optional details') },
    {
      type: 'context',
      elements: [plain('Each one you skip uses the default shown, and the advice says so.')],
    },
    select('taskType', 'Kind of task', initial.taskType, 'Leave empty for: something else.'),
    select(
      'knowledgeChange',
      'How often do the facts it needs change?',
      initial.knowledgeChange,
      'Leave empty for: rarely or never.',
    ),
    select(
      'consistency',
      'How exact must format or voice be?',
      initial.consistency,
      'Leave empty for: moderate.',
    ),
    select(
      'requestVariation',
      'How much do instructions vary between requests?',
      initial.requestVariation,
      'Leave empty for: somewhat.',
    ),
    number(
      'monthlyCalls',
      'Calls per month (expected)',
      initial.monthlyCalls,
      'Needed for the cost estimate. Leave empty if unknown.',
    ),
    number(
      'staticPromptTokens',
      'Tokens of fixed instructions and examples per call',
      initial.staticPromptTokens,
      'Roughly 4 characters a token. Leave empty for 1,000.',
    ),
    number(
      'latencyTargetMs',
      'Latency target, p95 in milliseconds',
      initial.latencyTargetMs,
      'Leave empty if there is none.',
    ),
    select(
      'dataSensitivity',
      'Where may the data go?',
      initial.dataSensitivity,
      'Leave empty for: internal.',
    ),
    select(
      'mlCapacity',
      'Machine-learning skills on the team',
      initial.mlCapacity,
      'Leave empty for: some engineers with ML experience.',
    ),
    input('safetyCritical', 'Safety', {
      type: 'checkboxes',
      action_id: INPUT_ACTION,
      options: [safety],
      ...(initial.safetyCritical ? { initial_options: [safety] } : {}),
    }),
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.assessment,
    private_metadata: writeMetadata(origin),
    title: plain('Fine-tune or prompt?', 24),
    submit: plain('Get advice', 24),
    close: plain('Cancel', 24),
    blocks,
  };
}
