import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { ACTIONS } from '../../../blocks/ids.js';
import { logPage } from '../../decisions/log.js';
import { parseLogQuery } from '../../decisions/log-query.js';
import { LIST_EXPIRED } from '../../decisions/query-cap.js';
import { recallQuery } from '../../store/log-queries.js';
import { contextOf, type Deps } from '../deps.js';

/** `q` is the key the query was kept under. */
const PageRef = z.object({ q: z.string().max(64), page: z.number().int().min(0).max(100_000) });

/** Next / Previous on a `/decisions` list: the same query, another page, in place. */
export function register(app: App, deps: Deps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.logPage}_`),
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const ref = PageRef.parse(JSON.parse(action.value ?? '{}'));
      const text = recallQuery(deps.db, ref.q);
      if (text === undefined) return void (await respond(LIST_EXPIRED));
      const parsed = parseLogQuery(text);
      if (!parsed.ok) return;
      const viewer = {
        userId: body.user.id,
        ...(body.channel?.id ? { channelId: body.channel.id } : {}),
      };
      const page = await logPage(
        contextOf(deps, client, logger),
        viewer,
        parsed.query,
        text,
        ref.page,
      );
      await respond({ response_type: 'ephemeral', replace_original: true, ...page });
    },
  );
}
