import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import type { Button, KnownBlock } from '@slack/types';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, COMMANDS } from '../../blocks/ids.js';
import { openDatabase } from '../../src/store/db.js';
import { listEvents } from '../../src/store/events.js';
import { reminderFor } from '../../src/store/reminders.js';
import { decisions } from '../../src/store/schema.js';
import { freePort, runToExit, startProcess } from '../support/app-process.js';
import { type Call, FakeSlack } from '../support/fake-slack.js';
import { ANSWERS, submission } from '../support/flow.js';
import {
  ALICE,
  buttonClick,
  interaction,
  SIGNING_SECRET,
  signedHeaders,
  slashCommand,
} from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const BOT_TOKEN = 'xoxb-process-test';

/** The app as `npm start` runs it, against a fake Slack, with `env` on top of a working set. */
async function startApp(env: Record<string, string> = {}) {
  const fake = await new FakeSlack().start();
  cleanup.push(() => fake.stop());
  const port = await freePort();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'app-')), 'data', 'decisions.db');
  const app = await startProcess({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    DATABASE_PATH: dbPath,
    ...env,
  });
  cleanup.push(() => app.stop());
  const post = (body: string) =>
    fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(body),
      body,
    });
  /** The command and the form's submission, until Slack is asked to post the recommendation. */
  async function assess(): Promise<Call | undefined> {
    expect((await post(slashCommand({ command: COMMANDS.assess, text: 'Sort mail' }))).status).toBe(
      200,
    );
    expect((await post(submission(await fake.modal(), ANSWERS))).status).toBe(200);
    return (await fake.waitFor('chat.postMessage'))[0];
  }
  return { fake, app, port, dbPath, post, assess };
}

/** Presses a button of a posted message, as Alice. */
function press(message: Call | undefined, actionId: string, responseUrl: string) {
  const blocks = (message?.args.blocks ?? []) as KnownBlock[];
  const button = blocks
    .flatMap((b) => (b.type === 'actions' ? b.elements : []))
    .find((e): e is Button => e.type === 'button' && e.action_id === actionId);
  return interaction(
    buttonClick({
      actionId,
      value: button?.value ?? '',
      channelId: String(message?.args.channel),
      messageTs: '1763900000.000001',
      responseUrl,
    }),
  );
}

describe('npm start (src/main.ts in its own process)', () => {
  it('wires config, database and app: a command, a submission and Adopt end in a stored decision and follow-up', async () => {
    const { fake, app, port, dbPath, post, assess } = await startApp({
      DEFAULT_TIME_ZONE: 'Asia/Tokyo',
    });
    expect(app.output()).toContain(`HTTP on port ${port}`);
    // Slack's profile of the requester has no time zone: DEFAULT_TIME_ZONE applies.
    fake.users.set(ALICE.id, { tz: null });
    const posted = await assess();
    expect((await post(press(posted, ACTIONS.adopt, fake.responseUrl('adopt')))).status).toBe(200);
    await fake.waitFor('chat.update');
    expect(await app.stop()).toBe(0); // a clean shutdown, not killed by the signal
    cleanup.pop();

    const db = openDatabase(dbPath);
    const [decision] = db.select().from(decisions).all();
    expect(decision).toMatchObject({ task: ANSWERS.task, status: 'adopted' });
    const due = reminderFor(db, decision?.id ?? 0)?.dueAt ?? new Date(Number.NaN);
    const inTokyo = new TZDate(due.getTime(), 'Asia/Tokyo');
    expect([inTokyo.getHours(), inTokyo.getMinutes()]).toEqual([10, 0]);
    expect(due.getUTCHours()).toBe(1);
    const scheduled = listEvents(db, decision?.id ?? 0).find(
      (e) => e.kind === 'follow_up_scheduled',
    );
    expect(scheduled?.details).toMatchObject({ timeZone: 'Asia/Tokyo' });
    db.$client.close();
  });

  it('keeps the configured secrets out of its log, whatever carries them there', async () => {
    const { fake, app, assess } = await startApp();
    // An answer from Slack (or a proxy in front of it) that repeats the request's secrets.
    fake.failNext('chat.postMessage', `refused ${BOT_TOKEN}.${SIGNING_SECRET}`);
    await assess();
    const line = await waitUntil(
      () => app.output().match(/.*Outbox recommendation:.*refused.*/)?.[0],
      'the refused post in the log',
    );
    expect(line).toContain(' WARN ');
    expect(line).not.toContain(SIGNING_SECRET);
    expect(line).not.toContain('process-test');
    expect(line).toContain('[redacted]');
  });

  it('stops with exit 1 and Slack’s answer when Slack rejects the bot token, never listening', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    fake.failNext('auth.test', `invalid_auth: ${SIGNING_SECRET}`);
    const port = await freePort();
    const exit = await runToExit({
      SLACK_BOT_TOKEN: 'xoxb-revoked-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'app-')), 'decisions.db'),
    });
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(/Start-up failed: .*invalid_auth: \[redacted\]/);
    expect(exit.output).not.toContain(SIGNING_SECRET);
    expect(exit.output).not.toContain('xoxb-revoked-token');
    expect(exit.output).not.toContain('is running');
  });
});
