import type { Logger, webApi } from '@slack/bolt';
import { contextOf, type Deps } from '../decisions/context.js';
import { workerName } from '../outbox/create.js';
import { ReminderLoop } from './loop.js';

/** The follow-up loop: its questions go through the outbox like every message the app owes. */
export function createReminderLoop(
  deps: Deps,
  logger: Logger,
  client: webApi.WebClient,
): ReminderLoop {
  return new ReminderLoop({ ctx: contextOf(deps, client, logger), worker: workerName() });
}
