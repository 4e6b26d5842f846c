import { ConfigError } from '../config.js';
import { runPlayground } from './run.js';

// `npm run playground`: the playground whatever the environment says about Slack.
runPlayground().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : `Playground failed to start: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
