import type { ModalView } from '@slack/types';
import { APPROACH_LABELS, APPROACHES, type Approach } from '../src/engine/index.js';
import { INPUT_ACTION, OVERRIDE_FIELDS, VIEWS } from './ids.js';
import { writeMetadata } from './modal-metadata.js';
import { mrkdwn, plain } from './text.js';

/**
 * "Choose differently": the approach the team picks instead, and a required reason. Someone
 * other than the requester is told whose decision they are making.
 */
export function buildOverrideModal(
  decisionId: number,
  recommended: Approach,
  who?: { requesterId: string; actorId: string },
): ModalView {
  const forThem =
    who && who.requesterId !== who.actorId
      ? ` <@${who.requesterId}> asked for it: you are choosing for them, and the message will say so.`
      : '';
  const options = APPROACHES.filter((a) => a !== recommended).map((a) => ({
    text: plain(APPROACH_LABELS[a], 75),
    value: a,
  }));
  return {
    type: 'modal',
    callback_id: VIEWS.override,
    private_metadata: writeMetadata({ decisionId }),
    title: plain('Choose differently', 24),
    submit: plain('Record choice', 24),
    close: plain('Cancel', 24),
    blocks: [
      {
        type: 'context',
        elements: [
          mrkdwn(
            `Decision #${decisionId} advised: *${APPROACH_LABELS[recommended]}*.${forThem} The team sees the reason with the new choice.`,
          ),
        ],
      },
      {
        type: 'input',
        block_id: OVERRIDE_FIELDS.approach,
        label: plain('What will the team do instead?'),
        element: { type: 'radio_buttons', action_id: INPUT_ACTION, options },
      },
      {
        type: 'input',
        block_id: OVERRIDE_FIELDS.reason,
        label: plain('Why?'),
        hint: plain('Kept in the decision log, so the team can check it later.'),
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION,
          multiline: true,
          min_length: 3,
          max_length: 1000,
        },
      },
    ],
  };
}
