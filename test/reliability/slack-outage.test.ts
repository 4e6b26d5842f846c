import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { decisions } from '../../src/store/schema.js';
import { ANSWERS, openAssessment, submission } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { slashCommand } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';
import { FAULTS } from './support/faults.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** More hung posts than the Web API client ran at once before it had deadlines. */
const BURST = 120;

describe('a Slack outage', () => {
  it('chat.postMessage hangs for a burst, then recovers: the app serves a new command and posts at once', async () => {
    const view = await openAssessment(h, '', undefined, true);
    h.fake.faults.set('chat.postMessage', FAULTS.hang);
    const acks = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        h.send(submission(view, ANSWERS, { viewId: `VOUT${i}` })),
      ),
    );
    expect(acks.every((r) => r.status === 200)).toBe(true);
    await h.fake.waitFor('chat.postMessage', BURST, 10_000);
    expect(h.db.select().from(decisions).all()).toHaveLength(BURST);

    h.fake.faults.delete('chat.postMessage');
    const opened = h.fake.callsTo('views.open').length;
    const res = await h.send(slashCommand({ command: COMMANDS.assess, text: 'after' }));
    expect(res.status).toBe(200);
    // The trigger of a modal lives 3 s: views.open must go out well within it.
    await h.fake.waitFor('views.open', opened + 1, 2_000);

    const posted = h.fake.callsTo('chat.postMessage').length;
    await h.send(submission(view, ANSWERS, { viewId: 'VAFTER' }));
    await h.fake.waitFor('chat.postMessage', posted + 1, 2_000);
    await waitUntil(() =>
      h.db
        .select()
        .from(decisions)
        .all()
        .find((d) => d.messageTs),
    );
  });
});
