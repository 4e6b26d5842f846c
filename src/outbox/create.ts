import { hostname } from 'node:os';
import { type Logger, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { type BaseDeps, type Ctx, contextOf } from '../decisions/context.js';
import { outboxSettlement } from '../decisions/outbox-settlement.js';
import { WEB_API_OPTIONS } from '../http/web-api-options.js';
import { slackSender } from './slack.js';
import { OutboxWorker } from './worker.js';

/** A name for this process's claims, unique across processes and restarts. */
export const workerName = () =>
  `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

/**
 * The outbox worker of this process: it sends over the Web API, and settles what it sends on
 * the decision log through the decision services (App Home with its own Web API client).
 */
export function createOutbox(config: Config, deps: BaseDeps, logger: Logger): OutboxWorker {
  let ctx: Ctx | undefined;
  const outbox = new OutboxWorker({
    db: deps.db,
    now: deps.now,
    logger,
    send: slackSender(config.SLACK_BOT_TOKEN, config.SLACK_API_URL),
    worker: workerName(),
    settlement: outboxSettlement(() => ctx as Ctx),
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
  });
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...WEB_API_OPTIONS,
    logger,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  });
  ctx = contextOf({ ...deps, outbox }, client, logger);
  return outbox;
}
