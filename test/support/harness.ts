import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel } from '@slack/bolt';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createRuntime } from '../../src/runtime.js';
import { openDatabase } from '../../src/store/db.js';
import { FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET, signedHeaders } from './slack-requests.js';

export const BOT_TOKEN = 'xoxb-0000-test-bot-token';

/** How often the harness's outbox worker looks for messages to retry (on the harness clock). */
const OUTBOX_POLL_MS = 50;

/**
 * Real Bolt over HTTP on loopback, a fake Slack Web API, the decision log on :memory:, and the
 * outbox worker running; the follow-up loop runs when a test ticks it.
 */
export async function startHarness(env: Record<string, string> = {}) {
  const fake = await new FakeSlack().start();
  const db = openDatabase(':memory:');
  const clock = { now: new Date('2026-11-23T10:00:00Z') };
  const logs: string[] = [];
  let errorsExpected = false;
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: 'warn',
    ...env,
  });
  const logger = createLogger(LogLevel.WARN, [BOT_TOKEN, SIGNING_SECRET], (line) => {
    logs.push(line);
  });
  const runtime = await createRuntime(
    config,
    { db, now: () => clock.now, defaultTimeZone: 'Europe/Berlin' },
    logger,
  );
  const { app, followUps, outbox, deps } = runtime;
  outbox.start(OUTBOX_POLL_MS);
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  async function send(body: string, headers: Record<string, string> = signedHeaders(body)) {
    const res = await fetch(endpoint, { method: 'POST', headers, body });
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
  }

  return {
    fake,
    db,
    followUps,
    outbox,
    deps,
    config,
    clock,
    logs,
    logger,
    send,
    /** This test makes the app log at error level on purpose. */
    expectErrorLogs() {
      errorsExpected = true;
    },
    /** Stops everything; fails the test when the app logged an error it did not expect. */
    async close() {
      await runtime.stop();
      await fake.stop();
      db.$client.close();
      const errors = logs.filter((line) => line.includes(' ERROR ['));
      if (errors.length > 0 && !errorsExpected)
        throw new Error(`The app logged at error level:\n${errors.join('')}`);
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;
