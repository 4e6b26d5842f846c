import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { freePort, startProcess } from '../support/app-process.js';
import { FakeSlack } from '../support/fake-slack.js';
import { SIGNING_SECRET, signedHeaders, slashCommand } from '../support/slack-requests.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('the app process and malformed requests', () => {
  it('a signed body of null (form or JSON) is refused and the process keeps serving', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    const port = await freePort();
    const app = await startProcess({
      SLACK_BOT_TOKEN: 'xoxb-process-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'app-')), 'decisions.db'),
    });
    cleanup.push(() => app.stop());
    const post = (body: string, type = 'application/x-www-form-urlencoded') =>
      fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: signedHeaders(body, undefined, undefined, type),
        body,
      });
    expect((await post('payload=null')).status).toBe(400);
    expect((await post('null', 'application/json')).status).toBe(400);
    const command = slashCommand({
      command: COMMANDS.decisions,
      responseUrl: fake.responseUrl('r'),
    });
    expect((await post(command)).status).toBe(200);
    await fake.waitFor('response_url');
    expect(app.output().match(/WARN .*Malformed request refused/g)).toHaveLength(2);
    expect(app.output()).not.toMatch(/ERROR|\n\s+at /);
  });
});
