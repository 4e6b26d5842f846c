import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS, VIEWS } from '../../blocks/ids.js';
import { decisions } from '../../src/store/schema.js';
import { initialValueOf, inputOf, viewProblems } from '../support/block-kit.js';
import { BOT_TOKEN, type Harness, startHarness } from '../support/harness.js';
import { slashCommand } from '../support/slack-requests.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe('/finetune-or-prompt', () => {
  it('acks and opens the modal with the task prefilled and the origin channel in private_metadata', async () => {
    const body = slashCommand({
      command: COMMANDS.assess,
      text: '  Classify support tickets  ',
      triggerId: 'trig.1',
      channelId: 'C0ML',
    });
    const res = await h.send(body);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [open] = await h.fake.waitFor('views.open');
    expect(open?.token).toBe(BOT_TOKEN);
    expect(open?.args.trigger_id).toBe('trig.1');
    const view = await h.fake.modal();
    expect(view.callback_id).toBe(VIEWS.assessment);
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({
      channel: 'C0ML',
      private: false,
      name: 'general',
    });
    expect(view.submit?.text).toBe('Post to #general');
    expect(initialValueOf(view, 'task')).toBe('Classify support tickets');
    expect(viewProblems(view)).toEqual([]);
    expect(h.db.select().from(decisions).all()).toHaveLength(0);
  });

  it('opens an empty task without command text, and marks DMs and private channels private', async () => {
    for (const [id, name] of [
      ['D0DM', 'directmessage'],
      ['C0SECRET', 'privategroup'],
      ['C0MPIM', 'mpdm-a--b-1'],
    ]) {
      await h.send(slashCommand({ command: COMMANDS.assess, channelId: id, channelName: name }));
    }
    for (const n of [1, 2, 3]) {
      const view = await h.fake.modal(n);
      expect(JSON.parse(view.private_metadata ?? '').private).toBe(true);
      expect(inputOf(view, 'task')).toBeDefined();
      expect(initialValueOf(view, 'task')).toBeUndefined();
    }
  });
});
