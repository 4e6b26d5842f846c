import { startPlayground } from './start.js';

/** Starts the playground, prints its address, and stops it cleanly on SIGINT/SIGTERM. */
export async function runPlayground(): Promise<void> {
  const playground = await startPlayground();
  process.stdout.write(
    `\nPlayground: the app with a pretend Slack workspace, no Slack account needed.\n` +
      `Open ${playground.url} in your browser. Ctrl-C stops it.\n` +
      `(Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN, to run against Slack.)\n\n`,
  );
  const shutdown = async () => {
    await playground.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
