import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { FakeSlack } from '../support/fake-slack.js';
import { slashCommand } from '../support/slack-requests.js';
import { startAppProcess } from './support/app.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('the app process and malformed requests', () => {
  it('a signed body of null (form or JSON) is refused and the process keeps serving', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    const app = await startAppProcess(fake);
    cleanup.push(() => app.stop());
    const { post } = app;
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
