import { LogLevel } from '@slack/bolt';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Ctx, contextOf } from '../../src/decisions/context.js';
import { type ClickOrigin, decisionFor } from '../../src/decisions/lookup.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/store/db.js';
import { setMessage } from '../../src/store/decisions.js';
import type { Decision } from '../../src/store/schema.js';
import { seedDecision } from '../support/seed.js';
import { ALICE, BOB } from '../support/slack-requests.js';

const AT = new Date('2026-11-23T10:00:00Z');
const SECRET = 'G0SECRET';
const ITS_TS = '1763900000.000100';

let ctx: Ctx;
beforeEach(() => {
  const db = openDatabase(':memory:');
  const deps = { db, now: () => AT, defaultTimeZone: 'UTC', outbox: { sendNow: async () => [] } };
  ctx = contextOf(deps, {} as never, createLogger(LogLevel.WARN, []));
});

/** Alice's decision in a private channel, posted there as ITS_TS unless `posted` is false. */
function privateDecision(posted = true): Decision {
  const d = seedDecision(ctx.db, {
    requesterId: ALICE.id,
    channelId: SECRET,
    channelPrivate: true,
  });
  if (posted) setMessage(ctx.db, d.id, SECRET, ITS_TS, { actorId: ALICE.id, at: AT });
  return d;
}

const acts = (d: Decision, from: ClickOrigin) =>
  decisionFor(ctx, d.id, from)?.id === d.id ? 'allowed' : 'refused';

describe('a click on a private decision', () => {
  it.each<[string, ClickOrigin, 'allowed' | 'refused']>([
    ['on its own message', { actorId: BOB.id, channel: SECRET, messageTs: ITS_TS }, 'allowed'],
    [
      'on a reply in its thread',
      { actorId: BOB.id, channel: SECRET, messageTs: '1763900000.000200', threadTs: ITS_TS },
      'allowed',
    ],
    [
      'on a private note in its conversation',
      { actorId: BOB.id, channel: SECRET, ephemeral: true },
      'allowed',
    ],
    [
      'on another message of its conversation',
      { actorId: BOB.id, channel: SECRET, messageTs: '1763900000.000300' },
      'refused',
    ],
    [
      'naming its message from another channel',
      { actorId: BOB.id, channel: 'C0OTHER', messageTs: ITS_TS },
      'refused',
    ],
    [
      'naming its thread from another channel',
      { actorId: BOB.id, channel: 'C0OTHER', messageTs: '1763900000.000200', threadTs: ITS_TS },
      'refused',
    ],
    [
      'on a private note in another channel',
      { actorId: BOB.id, channel: 'C0OTHER', ephemeral: true },
      'refused',
    ],
    [
      'by its requester in their DM with the app',
      { actorId: ALICE.id, channel: 'D0ALICE' },
      'allowed',
    ],
    ['by its requester in App Home', { actorId: ALICE.id, home: true }, 'allowed'],
    [
      'by its requester in a channel whose id has a D inside',
      { actorId: ALICE.id, channel: 'C0D1' },
      'refused',
    ],
    ['by its requester nowhere Slack names', { actorId: ALICE.id }, 'refused'],
    ['by someone else in their DM with the app', { actorId: BOB.id, channel: 'D0BOB' }, 'refused'],
    ['by someone else in App Home', { actorId: BOB.id, home: true }, 'refused'],
    ['inside the modal the app opened about it', { actorId: BOB.id, modal: true }, 'allowed'],
  ])('%s: %s', (_, from, expected) => {
    expect(acts(privateDecision(), from)).toBe(expected);
  });

  it('not yet posted, answers no click in its channel, only its requester’s own surfaces', () => {
    const d = privateDecision(false);
    expect(acts(d, { actorId: BOB.id, channel: SECRET, ephemeral: true })).toBe('refused');
    expect(acts(d, { actorId: BOB.id, channel: SECRET, messageTs: ITS_TS })).toBe('refused');
    expect(acts(d, { actorId: ALICE.id, channel: 'D0ALICE' })).toBe('allowed');
  });
});

describe('a click on a public decision', () => {
  it.each<[string, ClickOrigin]>([
    ['someone else in another channel', { actorId: BOB.id, channel: 'C0OTHER', messageTs: ITS_TS }],
    ['someone else in their DM', { actorId: BOB.id, channel: 'D0BOB' }],
    ['someone else in App Home', { actorId: BOB.id, home: true }],
    ['someone else nowhere Slack names', { actorId: BOB.id }],
  ])('is answered for %s', (_, from) => {
    const d = seedDecision(ctx.db, { requesterId: ALICE.id, channelId: 'C0GENERAL' });
    setMessage(ctx.db, d.id, 'C0GENERAL', ITS_TS, { actorId: ALICE.id, at: AT });
    expect(acts(d, from)).toBe('allowed');
  });

  it('names no decision when the id is not one', () => {
    const d = seedDecision(ctx.db, { requesterId: ALICE.id, channelId: 'C0GENERAL' });
    expect(decisionFor(ctx, d.id + 1, { actorId: ALICE.id })).toBeUndefined();
  });
});
