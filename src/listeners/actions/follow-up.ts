import type { App } from '@slack/bolt';
import { buildFollowUpAnswered, FOLLOW_UP_ANSWERS } from '../../../blocks/follow-up.js';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildDidNotWorkModal, buildWorkedModal } from '../../../blocks/outcome-modals.js';
import { changeStatus } from '../../decisions/change-status.js';
import type { Deps } from '../../decisions/context.js';
import { followUpOf } from '../../decisions/follow-up.js';
import { snooze } from '../../decisions/snooze.js';
import {
  type ButtonBody,
  missing,
  onDecisionButton,
  opensModal,
  refusal,
} from './decision-button.js';

/** The message the question was asked in, so answering it can redraw that message. */
const askedIn = (body: ButtonBody) => {
  const c = body.container as { channel_id?: string; message_ts?: string };
  return c.channel_id && c.message_ts
    ? { message: { channel: c.channel_id, ts: c.message_ts } }
    : {};
};

/** The buttons of the follow-up question: Worked, Didn't work, Snooze a week, Abandon. */
export function register(app: App, deps: Deps): void {
  opensModal(app, deps, ACTIONS.worked, (d, { body }) =>
    buildWorkedModal({ decisionId: d.id, ...askedIn(body) }),
  );
  opensModal(app, deps, ACTIONS.didNotWork, (d, { body }) =>
    buildDidNotWorkModal({ decisionId: d.id, ...askedIn(body) }),
  );

  // The question gives way to the answer as soon as the change is written.
  onDecisionButton(app, deps, ACTIONS.snooze, async ({ input, respond, ctx }) => {
    const r = await snooze(ctx, input, ({ followUp, dueAt }) =>
      respond({
        replace_original: true,
        ...buildFollowUpAnswered(followUp, FOLLOW_UP_ANSWERS.snoozed(input.actorId, dueAt)),
      }),
    );
    if (!r.ok) await respond(missing(input.id));
  });

  onDecisionButton(app, deps, ACTIONS.abandonFromFollowUp, async ({ input, respond, ctx }) => {
    const { id, actorId } = input;
    // The follow-up is asked of the requester, but anyone who knows may answer it.
    const change = { id, actorId, to: 'abandoned', confirmed: true } as const;
    const r = await changeStatus(ctx, change, ({ decision }) =>
      respond({
        replace_original: true,
        ...buildFollowUpAnswered(followUpOf(ctx, decision), FOLLOW_UP_ANSWERS.abandoned(actorId)),
      }),
    );
    if (!r.ok)
      await respond(refusal(id, r, (s) => `Decision #${id} is already ${s}; nothing changed.`));
  });
}
