import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildPosted, buildPostFailed, readAttempt } from '../../../blocks/post-failed.js';
import type { Deps } from '../../decisions/context.js';
import { repost } from '../../decisions/repost.js';
import { missing, onDecisionButton } from './decision-button.js';

/** Post it now: tries the channel again after the person fixed what Slack refused. */
export function register(app: App, deps: Deps): void {
  onDecisionButton(app, deps, ACTIONS.repost, async ({ input, body, respond, ctx }) => {
    const r = await repost(ctx, input);
    if (!r.ok) return void (await respond(missing(input.id)));
    const { decision: d, post } = r;
    const again = { attempt: readAttempt(body.actions[0]?.block_id) + 1, at: ctx.now() };
    const notice = post.ok
      ? buildPosted(d.id, d.channelId)
      : buildPostFailed(d.id, d.channelId, post.error, { again });
    await respond({ replace_original: true, ...notice });
  });
}
