import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { View } from '@slack/types';
import { readDecisionValue } from '../../../blocks/button-value.js';
import {
  type ChangeInput,
  type Ctx,
  contextOf,
  type Deps,
  type Refused,
} from '../../decisions/context.js';
import { type ClickOrigin, decisionFor } from '../../decisions/lookup.js';
import { updateView } from '../../slack-send.js';
import type { Decision } from '../../store/schema.js';
import { openForm } from '../open-form.js';

export type ButtonBody = BlockAction<ButtonAction>;

/** One click on a button that names a decision this click may act on. */
export interface Click {
  /** What it asks of a decision service: which decision, seen how, by whom. */
  input: ChangeInput;
  decision: Decision;
  body: ButtonBody;
  respond: RespondFn;
  ctx: Ctx;
}

export const privately = (text: string) =>
  ({ response_type: 'ephemeral', replace_original: false, text }) as const;

export const missing = (id: number) => privately(`Decision #${id || '?'} no longer exists.`);

/** A refused change in words: gone, or `say` with the status the decision is in now. */
export const refusal = (id: number, r: Refused, say: (status: string) => string) =>
  r.status === 'gone' ? missing(id) : privately(say(r.status));

/** Where Slack says the click came from: the message it was on (in a thread or not), or App Home. */
function originOf(body: ButtonBody): ClickOrigin {
  const on = body.container as { channel_id?: string; message_ts?: string; thread_ts?: string };
  const message = (body as { message?: { thread_ts?: string } }).message;
  return {
    actorId: body.user.id,
    channel: on.channel_id,
    messageTs: on.message_ts,
    threadTs: on.thread_ts ?? message?.thread_ts,
    ephemeral: (on as { is_ephemeral?: boolean }).is_ephemeral === true,
    home: body.view?.type === 'home',
    modal: body.view?.type === 'modal',
  };
}

/**
 * A button that names a decision: ack, look the decision up for where the click came from,
 * then `handle` the click. A decision the click may not act on is answered as one that does
 * not exist (through the click's response_url; a click in App Home has none, so no answer).
 */
export function onDecisionButton(
  app: App,
  deps: Deps,
  actionId: string,
  handle: (click: Click) => Promise<void>,
): void {
  app.action<ButtonBody>(actionId, async ({ ack, action, body, client, logger, respond }) => {
    await ack();
    const ref = readDecisionValue(action.value);
    const ctx = contextOf(deps, client, logger);
    const decision = decisionFor(ctx, ref?.id ?? 0, originOf(body));
    if (!decision) {
      if (body.response_url) await respond(missing(ref?.id ?? 0));
      return;
    }
    const input = {
      id: decision.id,
      actorId: body.user.id,
      ...(ref?.seen && { seen: ref.seen }),
      ...(ref?.onBehalf && { confirmed: true }),
    };
    await handle({ input, decision, body, respond, ctx });
  });
}

/** A button that opens a modal about its decision. `build` gives the modal, or a sentence saying why not. */
export function opensModal(
  app: App,
  deps: Deps,
  actionId: string,
  build: (d: Decision, click: Click) => View | string,
): void {
  onDecisionButton(app, deps, actionId, async (click) => {
    const view = build(click.decision, click);
    if (typeof view === 'string') return void (await click.respond(privately(view)));
    const { ctx, respond, body } = click;
    // Pressed inside a modal (Re-assess in Details): the modal turns into the new one.
    if (body.view?.type === 'modal')
      return void (await updateView(ctx.client, body.view.id, view, body.view.hash));
    const again = 'Nothing changed: press the button again in a moment.';
    await openForm({ ...ctx, respond, userId: body.user.id }, body.trigger_id, view, again);
  });
}
