import type { App } from '@slack/bolt';
import { buildDetailsModal } from '../../../blocks/details-modal.js';
import { ACTIONS } from '../../../blocks/ids.js';
import type { Deps } from '../deps.js';
import { type ButtonBody, decisionOf, missing } from './decision-button.js';

/** Details: every reason with its source, and the cost arithmetic. */
export function register(app: App, deps: Deps): void {
  app.action<ButtonBody>(ACTIONS.details, async ({ ack, action, body, client, respond }) => {
    await ack();
    const d = decisionOf(deps.db, action);
    if (!d) return void (await respond(missing(action)));
    await client.views.open({
      trigger_id: body.trigger_id,
      view: buildDetailsModal(d.id, d.assessment),
    });
  });
}
