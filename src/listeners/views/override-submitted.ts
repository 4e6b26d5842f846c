import type { App } from '@slack/bolt';
import { StateValues } from '../../../blocks/form-state.js';
import { OVERRIDE_FIELDS, VIEWS } from '../../../blocks/ids.js';
import { DecisionMeta, readMetadata } from '../../../blocks/modal-metadata.js';
import { readOverrideForm } from '../../../blocks/outcome-form-state.js';
import { contextOf, type Deps } from '../../decisions/context.js';
import { override } from '../../decisions/override.js';

/** "Choose differently" submitted: records the team's own approach and its reason. */
export function register(app: App, deps: Deps): void {
  app.view(VIEWS.override, async ({ ack, body, view, client, logger }) => {
    const { decisionId } = readMetadata(DecisionMeta, view.private_metadata);
    const form = readOverrideForm(StateValues.parse(view.state.values));
    if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
    const ctx = contextOf(deps, client, logger);
    // The modal closes once the change is written, so a refusal can still be shown in it.
    const r = await override(ctx, { id: decisionId, actorId: body.user.id, ...form.value }, () =>
      ack(),
    );
    if (r.ok) return;
    await ack({
      response_action: 'errors',
      errors: {
        [OVERRIDE_FIELDS.approach]: `Decision #${decisionId} is already ${r.status}; nothing changed.`,
      },
    });
  });
}
