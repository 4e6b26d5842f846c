import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { refreshMessage } from '../../decisions/publish.js';
import { transition } from '../../store/decisions.js';
import type { Deps } from '../deps.js';
import { type ButtonBody, decisionOf, missing, privately } from './decision-button.js';

/** Adopt: the team takes the recommended approach. */
export function register(app: App, deps: Deps): void {
  app.action<ButtonBody>(ACTIONS.adopt, async ({ ack, action, body, client, respond, logger }) => {
    await ack();
    const d = decisionOf(deps.db, action);
    if (!d) return void (await respond(missing(action)));
    const change = {
      actorId: body.user.id,
      at: deps.now(),
      kind: 'adopted',
      details: { approach: d.recommendedApproach },
    };
    if (!transition(deps.db, d.id, 'adopted', change, { adoptedApproach: d.recommendedApproach })) {
      await respond(privately(`Decision #${d.id} is already ${d.status}; nothing changed.`));
      return;
    }
    await refreshMessage({ client, db: deps.db, now: deps.now, logger }, d.id);
  });
}
