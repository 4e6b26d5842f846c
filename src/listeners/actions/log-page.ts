import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { readPageValue } from '../../../blocks/decision-log.js';
import { ACTIONS } from '../../../blocks/ids.js';
import { parseLogQuery } from '../../../blocks/log-query.js';
import { contextOf, type Deps } from '../../decisions/context.js';
import { keptQuery, logPage } from '../../decisions/log.js';
import { LIST_EXPIRED } from '../../decisions/query-cap.js';

/** Next / Previous on a `/decisions` list: the same query, another page, in place. */
export function register(app: App, deps: Deps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.logPage}_`),
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const ref = readPageValue(action.value);
      const ctx = contextOf(deps, client, logger);
      const text = keptQuery(ctx, ref.q);
      if (text === undefined) return void (await respond(LIST_EXPIRED));
      const parsed = parseLogQuery(text);
      if (!parsed.ok) return;
      const viewer = {
        userId: body.user.id,
        ...(body.channel?.id ? { channelId: body.channel.id } : {}),
      };
      const page = await logPage(ctx, viewer, parsed.query, text, ref.page);
      await respond({ response_type: 'ephemeral', replace_original: true, ...page });
    },
  );
}
