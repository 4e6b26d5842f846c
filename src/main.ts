import { createApp } from './app.js';
import { ConfigError, loadConfig, loadPrices, secretsOf, slackSettingsOf } from './config.js';
import { redact } from './logger.js';
import { createReminderLoop } from './reminders/create.js';
import { openDatabase } from './store/db.js';

async function main(): Promise<void> {
  if (slackSettingsOf(process.env).length === 0) {
    const { runPlayground } = await import('./playground/run.js');
    return runPlayground();
  }
  const config = loadConfig();
  const prices = loadPrices(config);
  const db = openDatabase(config.DATABASE_PATH);
  const deps = {
    db,
    now: () => new Date(),
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
    ...(prices ? { prices } : {}),
  };
  const app = await createApp(config, deps);
  await app.start(config.PORT);
  const followUps = createReminderLoop(config, deps, app.logger, app.client);
  followUps.start(config.REMINDER_POLL_SECONDS);
  const mode = config.SLACK_APP_TOKEN
    ? 'Socket Mode'
    : `HTTP on port ${config.PORT}, POST /slack/events`;
  app.logger.info(
    `finetune-or-prompt is running (${mode}); decision log at ${config.DATABASE_PATH}`,
  );
  // Stop taking work, let the follow-up pass in progress settle its claims, close the database.
  const shutdown = async () => {
    await followUps.stop();
    await app.stop();
    db.$client.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : `Start-up failed: ${String(error)}`;
  process.stderr.write(`${redact(message, secretsOf(process.env))}\n`);
  process.exit(1);
});
