import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildPosted, buildPostFailed } from '../../../blocks/post-failed.js';
import { postRecommendation } from '../../decisions/publish.js';
import { contextOf, type Deps } from '../deps.js';
import { type ButtonBody, decisionOf, missing } from './decision-button.js';

/** Post it now: tries the channel again after the person fixed what Slack refused. */
export function register(app: App, deps: Deps): void {
  app.action<ButtonBody>(ACTIONS.repost, async ({ ack, action, body, client, respond, logger }) => {
    await ack();
    const d = decisionOf(deps.db, action);
    if (!d) return void (await respond(missing(action)));
    if (d.messageTs) {
      await respond({ replace_original: true, ...buildPosted(d.id, d.channelId) });
      return;
    }
    const posted = await postRecommendation(contextOf(deps, client, logger), d, body.user.id);
    const notice = posted.ok
      ? buildPosted(d.id, d.channelId)
      : buildPostFailed(d.id, d.channelId, posted.error);
    await respond({ replace_original: true, ...notice });
  });
}
