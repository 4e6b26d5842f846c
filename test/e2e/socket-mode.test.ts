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
import { slashCommand } from '../support/slack-requests.js';

const APP_TOKEN = 'xapp-1-A0APP-0000-test';
const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('Socket Mode', () => {
  it('connects via apps.connections.open, acks a slash command envelope and opens the modal', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((r) => wss.once('listening', r));
    cleanup.push(() => new Promise((r) => wss.close(r)));
    fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;

    const acked = new Promise<Record<string, unknown>>((resolve) => {
      wss.on('connection', (socket: WebSocket) => {
        socket.on('message', (data) => resolve(JSON.parse(String(data))));
        socket.send(
          JSON.stringify({
            type: 'hello',
            num_connections: 1,
            connection_info: { app_id: 'A0APP' },
          }),
        );
        const payload = Object.fromEntries(
          new URLSearchParams(
            slashCommand({
              command: COMMANDS.assess,
              text: 'Route emails',
              triggerId: 'trig.socket',
            }),
          ),
        );
        socket.send(
          JSON.stringify({
            envelope_id: 'env-1',
            type: 'slash_commands',
            payload,
            accepts_response_payload: true,
          }),
        );
      });
    });

    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-socket-test',
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: fake.apiUrl,
    });
    const db = openDatabase(':memory:');
    const runtime = await createRuntime(
      config,
      { db, now: () => new Date(), defaultTimeZone: 'UTC' },
      createLogger(LogLevel.ERROR, [], () => {}),
    );
    await runtime.app.start();
    cleanup.push(() => runtime.stop());

    const [connect] = await fake.waitFor('apps.connections.open');
    expect(connect?.token).toBe(APP_TOKEN);
    expect(await acked).toMatchObject({ envelope_id: 'env-1' });
    const [open] = await fake.waitFor('views.open');
    expect(open?.args.trigger_id).toBe('trig.socket');
    expect((await fake.modal()).callback_id).toBe(VIEWS.assessment);
  });
});
