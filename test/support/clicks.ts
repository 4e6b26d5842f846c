import type { Decision } from '../../src/store/schema.js';
import type { Harness } from './harness.js';
import { ALICE, buttonClick, interaction, type Person } from './slack-requests.js';

let seq = 0;

type Element = { action_id?: string; value?: string };

/** The value of the button as the app last drew it for this decision (what a click sends back). */
function shownValue(h: Harness, actionId: string, d: Decision): string {
  const drawn = h.fake.calls
    .filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update')
    .reverse();
  for (const call of drawn) {
    const blocks = (call.args.blocks ?? []) as { elements?: Element[] }[];
    const button = blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === actionId && e.value?.split('@')[0] === String(d.id));
    if (button?.value) return button.value;
  }
  return String(d.id);
}

/** Clicks a button on the decision's message, as `user`; returns the response_url id. */
export async function click(h: Harness, actionId: string, d: Decision, user: Person = ALICE) {
  const responseId = `r${++seq}`;
  const body = buttonClick({
    actionId,
    value: shownValue(h, actionId, d),
    channelId: d.messageChannel ?? d.channelId,
    messageTs: d.messageTs ?? '0.0',
    responseUrl: h.fake.responseUrl(responseId),
    user,
  });
  const res = await h.send(interaction(body));
  return { status: res.status, responseId };
}

/**
 * `user` presses `actionId` on someone else's decision and then confirms in the private note
 * that names whose decision it is (as a person acting for the requester does).
 */
export async function clickForRequester(h: Harness, actionId: string, d: Decision, user: Person) {
  const before = h.fake.callsTo('response_url').length;
  const { responseId } = await click(h, actionId, d, user);
  const note = await h.fake.answer(before + 1);
  const go = JSON.stringify(note.blocks).match(/"value":"(\d+@[a-z_]+!)"/)?.[1];
  if (!go) throw new Error(`no confirm button in the note answered to ${responseId}`);
  const res = await h.send(
    interaction(
      buttonClick({
        actionId,
        value: go,
        channelId: d.messageChannel ?? d.channelId,
        messageTs: `${d.messageTs ?? '0.0'}.note`,
        responseUrl: h.fake.responseUrl(`${responseId}-go`),
        user,
      }),
    ),
  );
  return { status: res.status };
}
