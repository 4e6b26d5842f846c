import type { App } from '@slack/bolt';
import { z } from 'zod';
import { buildFollowUpAnswered, buildReassessOffer } from '../../../blocks/follow-up.js';
import { INPUT_ACTION, OUTCOME_FIELDS, VIEWS } from '../../../blocks/ids.js';
import { afterChange } from '../../decisions/changed.js';
import { followUpOf } from '../../decisions/follow-up.js';
import { postMessage, updateMessage } from '../../slack-send.js';
import { getDecision, transition } from '../../store/decisions.js';
import { contextOf, type Deps } from '../deps.js';
import { StateValues } from './assessment-form.js';

const Ref = z.object({
  decisionId: z.number().int().positive(),
  message: z.object({ channel: z.string(), ts: z.string() }).optional(),
});

type Outcome = { view: string; to: 'succeeded' | 'failed'; answer: (user: string) => string };
const OUTCOMES: Outcome[] = [
  { view: VIEWS.worked, to: 'succeeded', answer: (u) => `:tada: <@${u}> reported that it worked.` },
  {
    view: VIEWS.didNotWork,
    to: 'failed',
    answer: (u) => `:x: <@${u}> reported that it did not work.`,
  },
];

/** Worked / Didn't work submitted: the outcome goes into the log, the message and App Home. */
export function register(app: App, deps: Deps): void {
  for (const o of OUTCOMES) {
    app.view(o.view, async ({ ack, body, view, client, logger }) => {
      const ref = Ref.parse(JSON.parse(view.private_metadata));
      const values = StateValues.parse(view.state.values);
      const field = (id: string) => values[id]?.[INPUT_ACTION]?.value?.trim() || undefined;
      const quality = field(OUTCOME_FIELDS.qualityPct);
      const qualityPct = quality === undefined ? undefined : Number(quality);
      const notes = field(OUTCOME_FIELDS.notes);
      const errors: Record<string, string> = {};
      if (
        qualityPct !== undefined &&
        !(Number.isInteger(qualityPct) && qualityPct >= 0 && qualityPct <= 200)
      ) {
        errors[OUTCOME_FIELDS.qualityPct] = 'Enter a whole percentage from 0 to 200.';
      }
      if (o.to === 'failed' && !notes)
        errors[OUTCOME_FIELDS.notes] = 'Say what failed: the next assessment starts from it.';
      const details = { qualityPct, costNotes: field(OUTCOME_FIELDS.costNotes), notes };
      const change = {
        actorId: body.user.id,
        at: deps.now(),
        kind: o.to,
        details: JSON.parse(JSON.stringify(details)),
      };
      if (Object.keys(errors).length === 0 && !transition(deps.db, ref.decisionId, o.to, change)) {
        const status = getDecision(deps.db, ref.decisionId)?.status ?? 'gone';
        errors[OUTCOME_FIELDS.notes] =
          `Decision #${ref.decisionId} is already ${status}; nothing changed.`;
      }
      if (Object.keys(errors).length > 0) {
        await ack({ response_action: 'errors', errors });
        return;
      }
      await ack();
      const d = getDecision(deps.db, ref.decisionId);
      if (!d) return;
      if (ref.message) {
        await updateMessage(client, {
          channel: ref.message.channel,
          ts: ref.message.ts,
          ...buildFollowUpAnswered(followUpOf(deps.db, d), o.answer(body.user.id)),
        });
      }
      if (o.to === 'failed' && d.messageChannel && d.messageTs) {
        await postMessage(client, {
          channel: d.messageChannel,
          thread_ts: d.messageTs,
          ...buildReassessOffer(d.id, qualityPct),
        });
      }
      await afterChange(contextOf(deps, client, logger), d.id, body.user.id);
    });
  }
}
