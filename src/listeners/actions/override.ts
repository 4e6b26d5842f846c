import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildOverrideModal } from '../../../blocks/override-modal.js';
import type { Deps } from '../deps.js';
import { type ButtonBody, decisionOf, missing, privately } from './decision-button.js';

/** Choose differently: asks which approach instead, and why. */
export function register(app: App, deps: Deps): void {
  app.action<ButtonBody>(ACTIONS.override, async ({ ack, action, body, client, respond }) => {
    await ack();
    const d = decisionOf(deps.db, action);
    if (!d) return void (await respond(missing(action)));
    if (d.status !== 'proposed') {
      await respond(privately(`Decision #${d.id} is already ${d.status}; nothing to choose.`));
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: buildOverrideModal(d.id, d.recommendedApproach),
    });
  });
}
