import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { openDatabase } from '../../src/store/db.js';
import { decisions } from '../../src/store/schema.js';
import { freePort, runToExit, startProcess } from '../support/app-process.js';
import { FakeSlack } from '../support/fake-slack.js';
import { ANSWERS, submission } from '../support/flow.js';
import { SIGNING_SECRET, signedHeaders, slashCommand } from '../support/slack-requests.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('npm start (src/main.ts in its own process)', () => {
  it('wires config, database and app: a command and a submission end in a stored, posted decision', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    const port = await freePort();
    const dbPath = join(mkdtempSync(join(tmpdir(), 'app-')), 'data', 'decisions.db');
    const app = await startProcess({
      SLACK_BOT_TOKEN: 'xoxb-process-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      DATABASE_PATH: dbPath,
    });
    cleanup.push(() => app.stop());
    expect(app.output()).toContain(`HTTP on port ${port}`);

    const endpoint = `http://127.0.0.1:${port}/slack/events`;
    const post = (body: string) =>
      fetch(endpoint, { method: 'POST', headers: signedHeaders(body), body });
    expect((await post(slashCommand({ command: COMMANDS.assess, text: 'Sort mail' }))).status).toBe(
      200,
    );
    expect((await post(submission(await fake.modal(), ANSWERS))).status).toBe(200);
    await fake.waitFor('chat.postMessage');
    expect(await app.stop()).toBe(0); // a clean shutdown, not killed by the signal
    cleanup.pop();

    const db = openDatabase(dbPath);
    expect(db.select().from(decisions).all()).toMatchObject([
      { task: ANSWERS.task, status: 'proposed' },
    ]);
    db.$client.close();
  });

  it('stops with exit 1 and Slack’s answer when Slack rejects the bot token, never listening', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    fake.failNext('auth.test', 'invalid_auth');
    const port = await freePort();
    const exit = await runToExit({
      SLACK_BOT_TOKEN: 'xoxb-revoked-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'app-')), 'decisions.db'),
    });
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(/Start-up failed: .*invalid_auth/);
    expect(exit.output).not.toContain('xoxb-revoked-token');
    expect(exit.output).not.toContain('is running');
  });
});
