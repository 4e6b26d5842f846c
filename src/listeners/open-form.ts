import type { Logger, RespondFn, webApi } from '@slack/bolt';
import type { View } from '@slack/types';
import { buildFormNotOpened } from '../../blocks/delivery-notices.js';
import { slackFailure, slackRefusal } from '../slack-errors.js';
import { openView } from '../slack-send.js';

/**
 * Opens a modal; when Slack does not, the person reads why and `again` (what to do) through
 * the request's response_url, with what they typed. A refusal (a revoked token, a missing
 * scope) is the operator's to fix, so it is logged as an error; an outage as a warning.
 */
export async function openForm(
  o: { client: webApi.WebClient; respond: RespondFn; logger: Logger; userId: string },
  triggerId: string,
  view: View,
  again: string,
  typed = '',
): Promise<void> {
  try {
    await openView(o.client, triggerId, view);
  } catch (error) {
    const why = slackFailure(error);
    const refused = slackRefusal(error);
    const line = `A form did not open for <@${o.userId}>: ${why}`;
    if (refused && refused !== 'ratelimited') o.logger.error(line);
    else o.logger.warn(line);
    await o.respond(buildFormNotOpened(why, again, typed));
  }
}
