import { hostname } from 'node:os';
import { type Logger, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { contextOf, type Deps } from '../decisions/context.js';
import { WEB_API_OPTIONS } from '../http/web-api-options.js';
import { ReminderLoop } from './loop.js';

/**
 * The follow-up loop. It asks with its own Web API client, without automatic retries (which
 * could post twice); the views it redraws afterwards go through the app's client.
 */
export function createReminderLoop(
  config: Config,
  deps: Deps,
  logger: Logger,
  appClient: webApi.WebClient,
): ReminderLoop {
  const poster = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: WEB_API_OPTIONS.timeout,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  });
  return new ReminderLoop({
    ctx: contextOf(deps, appClient, logger),
    poster,
    worker: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
    maxAttempts: config.REMINDER_MAX_ATTEMPTS,
  });
}
