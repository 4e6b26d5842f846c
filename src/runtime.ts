import type { App, Logger } from '@slack/bolt';
import { appLogger, createApp } from './app.js';
import type { Config } from './config.js';
import type { BaseDeps, Deps } from './decisions/context.js';
import { createOutbox } from './outbox/create.js';
import { createReminderLoop } from './reminders/create.js';

/** How often the outbox looks for messages to retry or left by a crash; new ones go at once. */
export const OUTBOX_POLL_MS = 5_000;

/**
 * The app with its two workers: the outbox, which sends every message the app owes, and the
 * follow-up loop. `startWorkers` sets them going; `stop` stops taking requests first, then
 * lets the workers settle what they hold.
 */
export async function createRuntime(config: Config, base: BaseDeps, logger?: Logger) {
  const log = logger ?? appLogger(config);
  const outbox = createOutbox(config, base, log);
  const deps: Deps = { ...base, outbox };
  const app: App = await createApp(config, deps, { logger: log });
  const followUps = createReminderLoop(deps, log, app.client);
  return {
    app,
    deps,
    outbox,
    followUps,
    startWorkers(outboxPollMs = OUTBOX_POLL_MS) {
      outbox.start(outboxPollMs);
      followUps.start(config.REMINDER_POLL_SECONDS);
    },
    async stop() {
      await app.stop();
      await followUps.stop();
      await outbox.stop();
    },
  };
}
