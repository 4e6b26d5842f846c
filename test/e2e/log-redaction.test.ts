import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config.js';
import { createRuntime } from '../../src/runtime.js';
import { openDatabase } from '../../src/store/db.js';
import { FakeSlack } from '../support/fake-slack.js';
import { SIGNING_SECRET } from '../support/slack-requests.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('the secrets the app is configured with', () => {
  it('are the tokens and the signing secret that are set', () => {
    expect(
      secretsOf({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-2',
        SLACK_SIGNING_SECRET: 'secret-3',
      }),
    ).toEqual(['xoxb-1', 'xapp-2', 'secret-3']);
    expect(secretsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: '' })).toEqual(['xoxb-1']);
  });

  it('never reach the log of the app built from the configuration', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    cleanup.push(() => stderr.mockRestore());
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-wiring-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'debug',
    });
    const db = openDatabase(':memory:');
    cleanup.push(() => db.$client.close());
    // Built, not started: no request and no worker runs, only the logger is exercised.
    const { app } = await createRuntime(config, {
      db,
      now: () => new Date(),
      defaultTimeZone: 'UTC',
    });
    // The logger every listener and the Web API client write through.
    app.logger.warn(`signed with ${SIGNING_SECRET}, sent with xoxb-wiring-test.v2`);
    const line = written.find((l) => l.includes('signed with'));
    expect(line).toMatch(/ WARN \[.*\] signed with \[redacted\], sent with xoxb-\[redacted\]\.v2/);
    expect(written.join('')).not.toContain(SIGNING_SECRET);
  });
});
