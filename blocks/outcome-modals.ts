import type { InputBlock, ModalView } from '@slack/types';
import { MAX_PERIOD_DAYS, MAX_REPORTED_QUALITY_PCT, MIN_PERIOD_DAYS } from '../src/domain/index.js';
import { INPUT_ACTION, OUTCOME_FIELDS, VIEWS } from './ids.js';
import { type OutcomeRef, writeMetadata } from './modal-metadata.js';
import { plain } from './text.js';

const modal = (
  callback_id: string,
  title: string,
  submit: string,
  metadata: object,
  blocks: ModalView['blocks'],
): ModalView => ({
  type: 'modal',
  callback_id,
  private_metadata: writeMetadata(metadata),
  title: plain(title, 24),
  submit: plain(submit, 24),
  close: plain('Cancel', 24),
  blocks,
});

const text = (block_id: string, label: string, optional: boolean, hint?: string): InputBlock => ({
  type: 'input',
  block_id,
  optional,
  label: plain(label),
  ...(hint ? { hint: plain(hint) } : {}),
  element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: 2000 },
});

const quality = (label: string): InputBlock => ({
  type: 'input',
  block_id: OUTCOME_FIELDS.qualityPct,
  optional: true,
  label: plain(label),
  hint: plain('Measured on your evaluation set, e.g. 92. Leave empty if not measured.'),
  element: {
    type: 'number_input',
    action_id: INPUT_ACTION,
    is_decimal_allowed: false,
    min_value: '0',
    max_value: String(MAX_REPORTED_QUALITY_PCT),
  },
});

export function buildWorkedModal(ref: OutcomeRef): ModalView {
  return modal(VIEWS.worked, `It worked: #${ref.decisionId}`, 'Record', ref, [
    quality('Quality reached, as % of the target'),
    text(
      OUTCOME_FIELDS.costNotes,
      'Cost and latency',
      true,
      'e.g. $0.8 per 1,000 calls, p95 900 ms',
    ),
    text(OUTCOME_FIELDS.notes, 'What made it work?', true),
  ]);
}

export function buildDidNotWorkModal(ref: OutcomeRef): ModalView {
  return modal(VIEWS.didNotWork, `Didn't work: #${ref.decisionId}`, 'Record', ref, [
    text(OUTCOME_FIELDS.notes, 'What failed?', false, 'The next assessment starts from this.'),
    quality('Quality reached, as % of the target'),
  ]);
}

export function buildFollowUpDateModal(decisionId: number, days: number): ModalView {
  return modal(VIEWS.followUpDate, 'Change follow-up', 'Save', { decisionId }, [
    {
      type: 'input',
      block_id: OUTCOME_FIELDS.days,
      label: plain('Ask how it went in how many days?'),
      hint: plain(
        `From ${MIN_PERIOD_DAYS} day to ${MAX_PERIOD_DAYS / 7} weeks. The question comes at 10:00 on a working day, your time.`,
      ),
      element: {
        type: 'number_input',
        action_id: INPUT_ACTION,
        is_decimal_allowed: false,
        min_value: String(MIN_PERIOD_DAYS),
        max_value: String(MAX_PERIOD_DAYS),
        initial_value: String(days),
      },
    },
  ]);
}
