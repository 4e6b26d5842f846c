import type { HomeView } from '@slack/types';
import { addDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../blocks/ids.js';
import { viewProblems } from '../support/block-kit.js';
import { click } from '../support/clicks.js';
import { assessAndPost, submission } from '../support/flow.js';
import { adoptedWithFollowUp } from '../support/follow-ups.js';
import { type Harness, startHarness } from '../support/harness.js';
import { NEUTRAL } from '../support/profiles.js';
import { seedDecision } from '../support/seed.js';
import {
  ALICE,
  BOB,
  eventCallback,
  interaction,
  signedHeaders,
  viewButtonClick,
} from '../support/slack-requests.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

async function openHome(user: string, tab = 'home') {
  const body = eventCallback({ type: 'app_home_opened', user, channel: 'D0HOME', tab });
  const res = await h.send(body, signedHeaders(body, undefined, undefined, 'application/json'));
  expect(res.status).toBe(200);
}

/** The blocks under one header of the Home tab, up to the next divider. */
function blocksUnder(view: HomeView, header: string) {
  const start = view.blocks.findIndex(
    (b) => b.type === 'header' && JSON.stringify(b).includes(`"text":"${header}"`),
  );
  expect(start, header).toBeGreaterThanOrEqual(0);
  const rest = view.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'divider');
  return end < 0 ? rest : rest.slice(0, end);
}

/** The same, as JSON. */
const part = (view: HomeView, header: string): string => JSON.stringify(blocksUnder(view, header));

const publishedFor = (user: string) =>
  h.fake.callsTo('views.publish').filter((c) => c.args.user_id === user);

describe('App Home', () => {
  it('publishes my open decisions, due follow-ups, the team’s public decisions and counts', async () => {
    seedDecision(h.db, { requesterId: BOB.id, profile: { ...NEUTRAL, task: 'Bob public task' } });
    seedDecision(h.db, {
      requesterId: BOB.id,
      channelId: 'G0SECRET',
      channelPrivate: true,
      profile: { ...NEUTRAL, task: 'Bob secret task' },
    });
    seedDecision(h.db, {
      requesterId: ALICE.id,
      channelId: 'D0ALICE',
      channelPrivate: true,
      profile: { ...NEUTRAL, task: 'Alice private task' },
    });
    // Not open, so not in her own list: only the team list could show it.
    seedDecision(h.db, {
      requesterId: ALICE.id,
      channelId: 'D0ALICE',
      channelPrivate: true,
      status: 'abandoned',
      profile: { ...NEUTRAL, task: 'Alice closed private task' },
    });
    await openHome(ALICE.id);
    const view = await h.fake.home();
    expect(viewProblems(view)).toEqual([]);
    const json = JSON.stringify(view);
    expect(json).toContain('Your open decisions');
    expect(json).toContain('Alice private task');
    expect(json).toContain('Bob public task');
    expect(json).not.toContain('Bob secret task');
    expect(json).not.toContain('Follow-ups due soon'); // none is due: no empty list
    expect(json).toContain('*Outcomes:* Abandoned *1* · Still open *2*');
    expect(json).toContain(ACTIONS.newAssessment);
    // The team's list is for everyone: a private decision stays out of it, even its requester's.
    const mine = part(view, 'Your open decisions');
    expect(mine).toContain('Alice private task');
    expect(mine).not.toContain('Alice closed private task');
    const team = part(view, 'Latest in public channels');
    expect(team).toContain('Bob public task');
    expect(team).not.toContain('Alice closed private task');
    expect(team).not.toContain('Bob secret task');
  });

  it('lists follow-ups due within a week as due soon, not those due later', async () => {
    const inDays = (n: number) => addDays(h.clock.now, n);
    const alices = (task: string) => ({
      requesterId: ALICE.id,
      channelId: 'D0ALICE',
      channelPrivate: true,
      profile: { ...NEUTRAL, task },
    });
    adoptedWithFollowUp(h, inDays(3), alices('Due in three days'));
    adoptedWithFollowUp(h, inDays(30), alices('Due in a month'));
    await openHome(ALICE.id);
    const view = await h.fake.home();
    const due = part(view, 'Follow-ups due soon');
    expect(due).toContain('Due in three days');
    expect(due).not.toContain('Due in a month');
    expect(part(view, 'Your open decisions')).toContain('Due in a month');
  });

  it('shows at most eight rows in each list, however many decisions there are', async () => {
    const many = 10;
    for (let i = 1; i <= many; i++) {
      const alices = { requesterId: ALICE.id, channelId: 'D0ALICE', channelPrivate: true };
      adoptedWithFollowUp(h, addDays(h.clock.now, 2), {
        ...alices,
        profile: { ...NEUTRAL, task: `Due ${i}` },
      });
      seedDecision(h.db, { ...alices, profile: { ...NEUTRAL, task: `Mine ${i}` } });
      seedDecision(h.db, { requesterId: BOB.id, profile: { ...NEUTRAL, task: `Team ${i}` } });
    }
    await openHome(ALICE.id);
    const view = await h.fake.home();
    expect(viewProblems(view)).toEqual([]);
    for (const header of [
      'Follow-ups due soon',
      'Your open decisions',
      'Latest in public channels',
    ]) {
      const rows = blocksUnder(view, header).filter((b) => b.type === 'section');
      expect(rows.length, header).toBeGreaterThan(0);
      expect(rows.length, header).toBeLessThanOrEqual(8);
    }
  });

  it('New assessment opens the form, and its advice comes to the DM with the app', async () => {
    const res = await h.send(
      interaction(
        viewButtonClick({
          actionId: ACTIONS.newAssessment,
          value: 'home',
          view: { id: 'V0HOME', type: 'home' },
        }),
      ),
    );
    expect(res.status).toBe(200);
    const form = await h.fake.modal();
    expect(JSON.parse(form.private_metadata ?? '')).toEqual({
      channel: 'D0ALICE',
      private: true,
      home: true,
    });
    expect(form.submit?.text).toBe('Get advice in my DMs');
    await h.send(submission(form, { task: 'Draft replies', promptingMaturity: 'basic' }));
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('D0ALICE');
  });

  it('ignores the Messages tab', async () => {
    await openHome(ALICE.id, 'messages');
    // Events are handled in the order they arrive: once Bob's tab is out, Alice's was passed over.
    await openHome(BOB.id);
    await h.fake.waitFor('views.publish');
    expect(h.fake.callsTo('views.publish').map((c) => c.args.user_id)).toEqual([BOB.id]);
  });

  it('is republished for the people concerned when a decision changes', async () => {
    await openHome(BOB.id);
    await h.fake.waitFor('views.publish');
    const d = await assessAndPost(h);
    await click(h, ACTIONS.adopt, d, ALICE);
    await h.fake.waitFor('views.publish', 3);
    expect(publishedFor(ALICE.id)).toHaveLength(1);
    expect(publishedFor(BOB.id)).toHaveLength(2);
    expect(JSON.stringify(publishedFor(BOB.id)[1]?.args.view)).toContain(
      '*Fine-tune a model*, as advised · adopted',
    );
  });
});
