import type { App } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../blocks/ids.js';
import { registerListeners } from '../../src/listeners/index.js';
import { getDecision } from '../../src/store/decisions.js';
import { listEvents } from '../../src/store/events.js';
import { reminderFor } from '../../src/store/reminders.js';
import type { Decision } from '../../src/store/schema.js';
import { assessAndPost } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { ALICE, BOB, buttonClick, interaction, type Person } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const SECRET = { id: 'G0SECRET', name: 'privategroup' };
const NO_SUCH_DECISION = 999_999;

/** Every action id the listeners register by name: a new button is covered here by itself. */
function registeredActions(): string[] {
  const ids: string[] = [];
  const app = {
    action: (id: unknown) => typeof id === 'string' && ids.push(id),
    command: () => undefined,
    view: () => undefined,
    event: () => undefined,
  } as unknown as App;
  registerListeners(app, h.deps);
  return ids;
}

/** Where a click comes from. */
interface Origin {
  name: string;
  user: Person;
  channel?: string;
  messageTs?: (d: Decision) => string;
  threadTs?: (d: Decision) => string;
  home?: boolean;
}

/** How a click is answered: privately, with a modal, or by the message redrawn. */
const ANSWERS = ['response_url', 'views.open', 'chat.update'];

/** Clicks `actionId` naming decision `id` from `origin`; returns its response_url answer, if any. */
let seq = 0;
async function clickFrom(origin: Origin, actionId: string, d: Decision, id = d.id) {
  const responseId = `p${++seq}`;
  const base = buttonClick({
    actionId,
    value: String(id),
    channelId: origin.channel ?? 'C0GENERAL',
    messageTs: origin.messageTs?.(d) ?? '1763999999.000777',
    responseUrl: h.fake.responseUrl(responseId),
    user: origin.user,
  });
  const threadTs = origin.threadTs?.(d);
  const payload = origin.home
    ? {
        ...base,
        container: { type: 'view', view_id: 'VHOME' },
        view: { id: 'VHOME', type: 'home' },
        channel: undefined,
        message: undefined,
        response_url: undefined,
      }
    : threadTs
      ? { ...base, container: { ...base.container, thread_ts: threadTs } }
      : base;
  const before = h.fake.calls.length;
  const res = await h.send(interaction(payload));
  expect(res.status).toBe(200);
  // The answer: privately, with a modal, or by the message redrawn (App Home has none).
  const answer = await waitUntil(() => {
    const calls = h.fake.calls.slice(before);
    if (origin.home) return calls;
    return calls.some((c) => ANSWERS.includes(c.method)) ? calls : undefined;
  }, `the answer to ${actionId} from ${origin.name}`);
  return answer.filter((c) => c.method === 'response_url').map((c) => c.args);
}

/** What the log holds about a decision: any change shows here. */
const state = (d: Decision) =>
  JSON.stringify([getDecision(h.db, d.id), listEvents(h.db, d.id), reminderFor(h.db, d.id)]);

/** Places a button naming the private decision must not be obeyed from. */
const ELSEWHERE: Origin[] = [
  { name: 'another channel, by someone not in it', user: BOB, channel: 'C0GENERAL' },
  { name: 'another message in its channel', user: BOB, channel: SECRET.id },
  { name: 'someone else’s DM with the app', user: BOB, channel: 'D0BOB' },
  { name: 'someone else’s App Home', user: BOB, home: true },
  { name: 'the requester, from another channel', user: ALICE, channel: 'C0GENERAL' },
];

/** Buttons that name no decision: the form's Add details, App Home's New assessment. */
const NOT_ABOUT_A_DECISION: string[] = [ACTIONS.addDetails, ACTIONS.newAssessment];

describe('a button naming a private decision', () => {
  it('from anywhere but its message or its requester’s DM / App Home: answered as no such decision, nothing changes', async () => {
    const secret = await assessAndPost(h, undefined, 'VSECRET', SECRET);
    const actions = registeredActions().filter((a) => !NOT_ABOUT_A_DECISION.includes(a));
    expect(actions).toEqual(
      expect.arrayContaining(
        Object.values(ACTIONS).filter(
          (a) => a !== ACTIONS.logPage && !NOT_ABOUT_A_DECISION.includes(a),
        ),
      ),
    );
    const held = state(secret);
    const quiet = () =>
      h.fake.calls.filter((c) => c.method !== 'response_url' && c.method !== 'views.publish');
    const before = quiet().length;
    const obeyed: string[] = [];
    for (const origin of ELSEWHERE) {
      for (const action of actions) {
        const ghost = await clickFrom(origin, action, secret, NO_SUCH_DECISION);
        const got = await clickFrom(origin, action, secret);
        const expected = JSON.stringify(ghost).replaceAll(`#${NO_SUCH_DECISION}`, `#${secret.id}`);
        if (JSON.stringify(got) !== expected) obeyed.push(`${action} from ${origin.name}`);
      }
    }
    expect(obeyed, `${obeyed.length} of ${ELSEWHERE.length * actions.length} clicks`).toEqual([]);
    expect(state(secret)).toBe(held);
    expect(
      quiet()
        .slice(before)
        .map((c) => c.method),
    ).toEqual([]);
  });

  it('from its own message, a reply in its thread, or its requester’s DM: obeyed', async () => {
    const secret = await assessAndPost(h, undefined, 'VSECRET', SECRET);
    const own: Origin = {
      name: 'its message',
      user: BOB,
      channel: SECRET.id,
      messageTs: (d) => d.messageTs ?? '',
    };
    const thread: Origin = {
      name: 'its thread',
      user: BOB,
      channel: SECRET.id,
      threadTs: (d) => d.messageTs ?? '',
    };
    const dm: Origin = { name: 'the requester’s DM', user: ALICE, channel: 'D0ALICE' };
    await clickFrom(own, ACTIONS.details, secret);
    await clickFrom(thread, ACTIONS.worked, secret);
    await clickFrom(dm, ACTIONS.details, secret);
    expect(h.fake.callsTo('views.open')).toHaveLength(4);
    // Its requester adopts in one click (anyone else is asked first whose decision it is).
    await clickFrom({ ...own, user: ALICE }, ACTIONS.adopt, secret);
    await waitUntil(() => (getDecision(h.db, secret.id)?.status === 'adopted' ? true : undefined));
  });
});
