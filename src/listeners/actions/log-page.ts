import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { ACTIONS } from '../../../blocks/ids.js';
import { logPage } from '../../decisions/log.js';
import { parseLogQuery } from '../../decisions/log-query.js';
import { contextOf, type Deps } from '../deps.js';

const PageRef = z.object({ q: z.string(), page: z.number().int().min(0) });

/** Next / Previous on a `/decisions` list: the same query, another page, in place. */
export function register(app: App, deps: Deps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.logPage}_`),
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const ref = PageRef.parse(JSON.parse(action.value ?? '{}'));
      const parsed = parseLogQuery(ref.q);
      if (!parsed.ok) return;
      const viewer = {
        userId: body.user.id,
        ...(body.channel?.id ? { channelId: body.channel.id } : {}),
      };
      const page = await logPage(
        contextOf(deps, client, logger),
        viewer,
        parsed.query,
        ref.q,
        ref.page,
      );
      await respond({ response_type: 'ephemeral', replace_original: true, ...page });
    },
  );
}
