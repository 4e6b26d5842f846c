import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { startHarness } from '../support/harness.js';
import { slashCommand } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

/** Makes the app log at error level: Slack refuses the modal and the error handler reports it. */
async function appLogsAnError() {
  const h = await startHarness();
  h.fake.failNext('views.open', 'invalid_auth');
  await h.send(slashCommand({ command: COMMANDS.assess }));
  await waitUntil(() => h.logs.find((l) => l.includes(' ERROR [')), 'an error log line');
  return h;
}

describe('a test that makes the app log an error', () => {
  it('fails unless it says it expects to', async () => {
    const h = await appLogsAnError();
    await expect(h.close()).rejects.toThrow(/logged at error level:\n.*invalid_auth/);
  });

  it('passes when it says so', async () => {
    const h = await appLogsAnError();
    h.expectErrorLogs();
    await expect(h.close()).resolves.toBeUndefined();
  });
});
