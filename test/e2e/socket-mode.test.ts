import type { AddressInfo } from 'node:net';
import { LogLevel } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { COMMANDS, VIEWS } from '../../blocks/ids.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createRuntime } from '../../src/runtime.js';
import { openDatabase } from '../../src/store/db.js';
import { FakeSlack } from '../support/fake-slack.js';
import { buttonClick, slashCommand } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

const APP_TOKEN = 'xapp-1-A0APP-0000-test';
const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** The app in Socket Mode against a fake Slack and a fake Socket Mode server. */
async function startSocketApp() {
  const fake = await new FakeSlack().start();
  cleanup.push(() => fake.stop());
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  cleanup.push(() => new Promise((r) => wss.close(r)));
  fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  const acks: Record<string, unknown>[] = [];
  const connected = new Promise<WebSocket>((resolve) => {
    wss.on('connection', (socket: WebSocket) => {
      socket.on('message', (data) => acks.push(JSON.parse(String(data))));
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }),
      );
      resolve(socket);
    });
  });
  const logs: string[] = [];
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-socket-test',
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  const db = openDatabase(':memory:');
  const runtime = await createRuntime(
    config,
    { db, now: () => new Date(), defaultTimeZone: 'UTC' },
    createLogger(LogLevel.WARN, [], (line) => void logs.push(line)),
  );
  await runtime.app.start();
  cleanup.push(() => runtime.stop());
  const socket = await connected;
  let seq = 0;
  /** Sends an envelope; resolves with Slack's view of its acknowledgement. */
  async function send(type: string, payload: unknown, retryAttempt = 0) {
    const envelope_id = `env-${++seq}`;
    socket.send(
      JSON.stringify({
        envelope_id,
        type,
        payload,
        accepts_response_payload: true,
        retry_attempt: retryAttempt,
        retry_reason: retryAttempt ? 'timeout' : '',
      }),
    );
    return waitUntil(
      () => acks.find((a) => a.envelope_id === envelope_id),
      `ack of ${envelope_id}`,
    );
  }
  return { fake, logs, send };
}

const command = (o: { text?: string; triggerId?: string } = {}) =>
  Object.fromEntries(new URLSearchParams(slashCommand({ command: COMMANDS.assess, ...o })));

describe('Socket Mode', () => {
  it('connects via apps.connections.open, acks a slash command envelope and opens the modal', async () => {
    const { fake, send } = await startSocketApp();
    const [connect] = await fake.waitFor('apps.connections.open');
    expect(connect?.token).toBe(APP_TOKEN);
    expect(
      await send('slash_commands', command({ text: 'Route emails', triggerId: 'trig.socket' })),
    ).toMatchObject({
      envelope_id: 'env-1',
    });
    const [open] = await fake.waitFor('views.open');
    expect(open?.args.trigger_id).toBe('trig.socket');
    expect((await fake.modal()).callback_id).toBe(VIEWS.assessment);
  });

  it('a malformed payload is acknowledged and refused with one warning, no error, nothing done', async () => {
    const { fake, logs, send } = await startSocketApp();
    await send('slash_commands', null);
    const click = buttonClick({
      actionId: 'decision_adopt',
      value: '1',
      channelId: 'C0GENERAL',
      messageTs: '1.2',
      responseUrl: fake.responseUrl('r1'),
    });
    await send('interactive', { ...click, actions: [{ ...click.actions[0], value: 7 }] });
    await send('interactive', { ...click, type: 'view_submission', view: { callback_id: 'x' } });
    const refused = logs.filter((l) => l.includes('Malformed request refused'));
    expect(refused).toHaveLength(3);
    expect(refused[1]).toContain('actions.0.value');
    expect(logs.filter((l) => l.includes(' ERROR ['))).toEqual([]);
    expect(
      fake.calls.filter((c) => c.method !== 'apps.connections.open' && c.method !== 'auth.test'),
    ).toEqual([]);
  });

  it('an envelope Slack sends again opens one modal', async () => {
    const { fake, logs, send } = await startSocketApp();
    const again = command({ triggerId: 'trig.once' });
    await send('slash_commands', again);
    await fake.waitFor('views.open');
    await send('slash_commands', again, 1);
    await waitUntil(() => logs.find((l) => l.includes('Retry 1 of trigger:trig.once skipped')));
    expect(fake.callsTo('views.open')).toHaveLength(1);
  });
});
