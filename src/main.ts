import { ConfigError, loadConfig, loadPrices, secretsOf, slackSettingsOf } from './config.js';
import { redact } from './logger.js';
import { createRuntime } from './runtime.js';
import { openDatabase } from './store/db.js';

async function main(): Promise<void> {
  if (slackSettingsOf(process.env).length === 0) {
    const { runPlayground } = await import('./playground/run.js');
    return runPlayground();
  }
  const config = loadConfig();
  const prices = loadPrices(config);
  const db = openDatabase(config.DATABASE_PATH);
  const runtime = await createRuntime(config, {
    db,
    now: () => new Date(),
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
    ...(prices ? { prices } : {}),
  });
  const { app } = runtime;
  await app.start(config.PORT);
  // Messages owed before a restart (or a crash) go out now.
  runtime.startWorkers();
  const mode = config.SLACK_APP_TOKEN
    ? 'Socket Mode'
    : `HTTP on port ${config.PORT}, POST /slack/events`;
  app.logger.info(
    `finetune-or-prompt is running (${mode}); decision log at ${config.DATABASE_PATH}`,
  );
  // Stop taking work, let the passes in progress settle their claims, close the database.
  const shutdown = async () => {
    await runtime.stop();
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
