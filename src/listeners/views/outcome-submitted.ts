import type { App } from '@slack/bolt';
import { StateValues } from '../../../blocks/form-state.js';
import { OUTCOME_FIELDS, VIEWS } from '../../../blocks/ids.js';
import { OutcomeRef, readMetadata } from '../../../blocks/modal-metadata.js';
import { readOutcomeForm } from '../../../blocks/outcome-form-state.js';
import { contextOf, type Deps } from '../../decisions/context.js';
import { recordOutcome } from '../../decisions/record-outcome.js';

const OUTCOMES = [
  [VIEWS.worked, 'succeeded'],
  [VIEWS.didNotWork, 'failed'],
] as const;

/** Worked / Didn't work submitted: the outcome goes into the log, the message and App Home. */
export function register(app: App, deps: Deps): void {
  for (const [callbackId, outcome] of OUTCOMES) {
    app.view(callbackId, async ({ ack, body, view, client, logger }) => {
      const ref = readMetadata(OutcomeRef, view.private_metadata);
      const form = readOutcomeForm(StateValues.parse(view.state.values), outcome);
      if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
      const ctx = contextOf(deps, client, logger);
      const input = {
        id: ref.decisionId,
        actorId: body.user.id,
        outcome,
        report: form.value,
        message: ref.message,
      };
      const r = await recordOutcome(ctx, input, () => ack());
      if (r.ok) return;
      await ack({
        response_action: 'errors',
        errors: {
          [OUTCOME_FIELDS.notes]: `Decision #${ref.decisionId} is already ${r.status}; nothing changed.`,
        },
      });
    });
  }
}
