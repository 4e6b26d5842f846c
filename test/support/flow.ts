import type { ModalView } from '@slack/types';
import { desc } from 'drizzle-orm';
import { expect } from 'vitest';
import { DETAIL_FIELDS } from '../../blocks/assessment-modal.js';
import { ACTIONS, COMMANDS } from '../../blocks/ids.js';
import { decisions } from '../../src/store/schema.js';
import { formState } from './form-state.js';
import type { Harness } from './harness.js';
import {
  ALICE,
  interaction,
  type Person,
  slashCommand,
  viewButtonClick,
  viewSubmission,
} from './slack-requests.js';
import { waitUntil } from './wait.js';

export const ANSWERS = {
  task: 'Classify support tickets by product area',
  promptingMaturity: 'few_shot',
  mainGaps: ['format'],
  qualityPct: 85,
  labeledExamples: 600,
  evals: 'automated',
  monthlyCalls: 2_000_000,
};

/** Answers that only the form's second step asks. */
const hasDetails = (answers: Record<string, unknown>) =>
  DETAIL_FIELDS.some((f) => answers[f] !== undefined);

/** Presses Add details on the form, as typed so far; returns the form the app updated it to. */
export async function openDetails(
  h: Harness,
  view: ModalView,
  typed: Record<string, unknown> = {},
): Promise<ModalView> {
  const before = h.fake.callsTo('views.update').length;
  const res = await h.send(
    interaction(
      viewButtonClick({
        actionId: ACTIONS.addDetails,
        value: 'details',
        view: { id: 'V0FORM', private_metadata: view.private_metadata ?? '' },
        values: formState(view, typed as never),
      }),
    ),
  );
  expect(res.status).toBe(200);
  const updates = await h.fake.waitFor('views.update', before + 1);
  return updates[before]?.args.view as ModalView;
}

/** Types the slash command and returns the modal the app opened (its second step too, if asked). */
export async function openAssessment(
  h: Harness,
  text = '',
  channel = { id: 'C0GENERAL', name: 'general' },
  details = false,
) {
  const before = h.fake.callsTo('views.open').length;
  const res = await h.send(
    slashCommand({
      command: COMMANDS.assess,
      text,
      channelId: channel.id,
      channelName: channel.name,
    }),
  );
  expect(res.status).toBe(200);
  const view = await h.fake.modal(before + 1);
  return details ? openDetails(h, view) : view;
}

/** Submits `view` (as the app opened it) with these answers, as Slack would. */
export function submission(
  view: ModalView,
  answers: Record<string, unknown>,
  o: { user?: Person; viewId?: string; hash?: string } = {},
) {
  return interaction(
    viewSubmission({
      view: {
        callback_id: view.callback_id ?? '',
        private_metadata: view.private_metadata ?? '',
        blocks: view.blocks as unknown[],
      },
      values: formState(view, answers as never),
      user: o.user ?? ALICE,
      ...(o.viewId ? { viewId: o.viewId } : {}),
      ...(o.hash ? { hash: o.hash } : {}),
    }),
  );
}

/** The whole flow: command, modal, submission, until the recommendation is posted. */
export async function assessAndPost(
  h: Harness,
  answers: Record<string, unknown> = ANSWERS,
  viewId = `V${Math.random()}`,
  channel?: { id: string; name: string },
) {
  const view = await openAssessment(h, '', channel, hasDetails(answers));
  const before = h.fake.callsTo('chat.postMessage').length;
  const res = await h.send(submission(view, answers, { viewId }));
  expect(res.status).toBe(200);
  await h.fake.waitFor('chat.postMessage', before + 1);
  return waitUntil(() => {
    const d = h.db.select().from(decisions).orderBy(desc(decisions.id)).get();
    return d?.messageTs ? d : undefined;
  }, 'the posted decision');
}
