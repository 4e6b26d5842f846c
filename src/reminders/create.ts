import { hostname } from 'node:os';
import { type Logger, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { afterChange } from '../decisions/changed.js';
import { WEB_API_OPTIONS } from '../http/web-api-options.js';
import type { Deps } from '../listeners/deps.js';
import { getDecision } from '../store/decisions.js';
import { ReminderLoop } from './loop.js';

/** The follow-up loop with its own Web API client: no automatic retries, which could post twice. */
export function createReminderLoop(
  config: Config,
  deps: Deps,
  logger: Logger,
  appClient: webApi.WebClient,
): ReminderLoop {
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: WEB_API_OPTIONS.timeout,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  });
  return new ReminderLoop({
    db: deps.db,
    client,
    now: deps.now,
    logger,
    worker: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
    maxAttempts: config.REMINDER_MAX_ATTEMPTS,
    onChange: async (decisionId) => {
      const requester = getDecision(deps.db, decisionId)?.requesterId;
      if (requester)
        await afterChange(
          { client: appClient, db: deps.db, now: deps.now, logger },
          decisionId,
          requester,
        );
    },
  });
}
