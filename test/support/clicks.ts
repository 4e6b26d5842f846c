import type { Decision } from '../../src/store/schema.js';
import type { Harness } from './harness.js';
import { ALICE, buttonClick, interaction, type Person } from './slack-requests.js';

let seq = 0;

/** Clicks a button on the decision's message, as `user`; returns the response_url id. */
export async function click(h: Harness, actionId: string, d: Decision, user: Person = ALICE) {
  const responseId = `r${++seq}`;
  const body = buttonClick({
    actionId,
    value: String(d.id),
    channelId: d.messageChannel ?? d.channelId,
    messageTs: d.messageTs ?? '0.0',
    responseUrl: h.fake.responseUrl(responseId),
    user,
  });
  const res = await h.send(interaction(body));
  return { status: res.status, responseId };
}
