import { App, type Logger, type LogLevel } from '@slack/bolt';
import { type Config, secretsOf } from './config.js';
import type { Deps } from './decisions/context.js';
import { asMalformed } from './http/malformed.js';
import { createReceiver } from './http/receiver.js';
import { skipRetries } from './http/retries.js';
import { createSocketReceiver } from './http/socket-receiver.js';
import { WEB_API_OPTIONS } from './http/web-api-options.js';
import { registerListeners } from './listeners/index.js';
import { createLogger } from './logger.js';

export interface AppOptions {
  logger?: Logger;
}

/** The logger at LOG_LEVEL, which never prints the configured tokens or secret. */
export function appLogger(config: Config): Logger {
  return createLogger(config.LOG_LEVEL as LogLevel, secretsOf(config));
}

/**
 * Builds the Bolt app: Socket Mode when an app token is set, otherwise HTTP on POST
 * /slack/events. Checks the bot token with Slack first (auth.test), so a revoked or mistyped
 * token stops start-up with Slack's answer instead of failing later in the background.
 */
export async function createApp(
  config: Config,
  deps: Deps,
  options: AppOptions = {},
): Promise<App> {
  const logger = options.logger ?? appLogger(config);
  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    ...WEB_API_OPTIONS,
  };
  // Both receivers refuse a malformed payload before any listener runs.
  const receiver = config.SLACK_APP_TOKEN
    ? createSocketReceiver({ appToken: config.SLACK_APP_TOKEN, logger, clientOptions })
    : createReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET ?? '',
        port: config.PORT,
        logger,
      });
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    logger,
    clientOptions,
    deferInitialization: true,
    receiver,
  });
  await app.init();
  app.use(skipRetries(deps.db, deps.now));
  registerListeners(app, deps);
  app.error(async (error) => {
    // The receiver refuses a malformed payload (over HTTP with 400) with one warning.
    const malformed = asMalformed(error.original ?? error);
    if (malformed) throw malformed;
    logger.error('Unhandled error in a listener:', error.original ?? error);
  });
  return app;
}
