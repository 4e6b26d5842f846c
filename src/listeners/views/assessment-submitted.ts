import type { App } from '@slack/bolt';
import { parseForm, StateValues } from '../../../blocks/form-state.js';
import { VIEWS } from '../../../blocks/ids.js';
import { Origin, readMetadata } from '../../../blocks/modal-metadata.js';
import { contextOf, type Deps } from '../../decisions/context.js';
import { recordAssessment } from '../../decisions/record-assessment.js';

/** The assessment modal submitted: advise, record the decision, post it to the channel. */
export function register(app: App, deps: Deps): void {
  app.view(VIEWS.assessment, async ({ ack, body, view, client, logger }) => {
    const origin = readMetadata(Origin, view.private_metadata);
    const form = parseForm(StateValues.parse(view.state.values));
    if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
    await recordAssessment(
      contextOf(deps, client, logger),
      {
        origin,
        profile: form.input,
        actorId: body.user.id,
        teamId: body.team?.id ?? body.user.team_id ?? 'unknown',
        sourceKey: `${view.id}:${view.hash}`,
      },
      () => ack(),
    );
  });
}
