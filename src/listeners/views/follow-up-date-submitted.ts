import type { App } from '@slack/bolt';
import { StateValues } from '../../../blocks/form-state.js';
import { OUTCOME_FIELDS, VIEWS } from '../../../blocks/ids.js';
import { DecisionMeta, readMetadata } from '../../../blocks/modal-metadata.js';
import { readFollowUpDays } from '../../../blocks/outcome-form-state.js';
import { contextOf, type Deps } from '../../decisions/context.js';
import { moveFollowUp } from '../../decisions/move-follow-up.js';

/** Change follow-up submitted: the question moves to `days` from now. */
export function register(app: App, deps: Deps): void {
  app.view(VIEWS.followUpDate, async ({ ack, body, view, client, logger }) => {
    const { decisionId } = readMetadata(DecisionMeta, view.private_metadata);
    const form = readFollowUpDays(StateValues.parse(view.state.values));
    if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
    const ctx = contextOf(deps, client, logger);
    const input = { id: decisionId, actorId: body.user.id, days: form.value };
    const r = await moveFollowUp(ctx, input, () => ack());
    if (r.ok) return;
    await ack({
      response_action: 'errors',
      errors: {
        [OUTCOME_FIELDS.days]: `Decision #${decisionId} is ${r.status}: there is no follow-up to move.`,
      },
    });
  });
}
