import type { App } from '@slack/bolt';
import { buildLogHelp } from '../../../blocks/decision-log.js';
import { COMMANDS } from '../../../blocks/ids.js';
import { parseLogQuery } from '../../../blocks/log-query.js';
import { contextOf, type Deps } from '../../decisions/context.js';
import { exportCsv, exportRecord } from '../../decisions/export.js';
import { decisionRecord, logPage } from '../../decisions/log.js';
import { capQuery, QUERY_CUT_NOTICE } from '../../decisions/query-cap.js';

/** `/decisions [query]`: the decision log, answered privately. */
export function register(app: App, deps: Deps): void {
  app.command(COMMANDS.decisions, async ({ ack, command, client, respond, logger }) => {
    await ack();
    const { text, cut } = capQuery(command.text);
    if (cut) await respond({ response_type: 'ephemeral', text: QUERY_CUT_NOTICE });
    const parsed = parseLogQuery(text);
    if (!parsed.ok || parsed.query.help) {
      await respond({
        response_type: 'ephemeral',
        ...buildLogHelp(parsed.ok ? undefined : parsed.error),
      });
      return;
    }
    const q = parsed.query;
    const ctx = contextOf(deps, client, logger);
    const viewer = { userId: command.user_id, channelId: command.channel_id };
    if (q.id !== undefined && q.export) {
      await respond({ response_type: 'ephemeral', text: await exportRecord(ctx, viewer, q.id) });
    } else if (q.id !== undefined) {
      const record = await decisionRecord(ctx, viewer, q.id);
      await respond({
        response_type: 'ephemeral',
        ...(record ?? { text: `There is no decision #${q.id} here.` }),
      });
    } else if (q.export) {
      await respond({ response_type: 'ephemeral', text: await exportCsv(ctx, viewer, q) });
    } else {
      await respond({
        response_type: 'ephemeral',
        ...(await logPage(ctx, viewer, q, text, 0)),
      });
    }
  });
}
