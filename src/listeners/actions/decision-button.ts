import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { View } from '@slack/types';
import { readDecisionValue } from '../../../blocks/button-value.js';
import { type Ctx, contextOf, type Deps, type Refused } from '../../decisions/context.js';
import { findDecision } from '../../decisions/lookup.js';
import type { DecisionStatus } from '../../domain/index.js';
import type { Decision } from '../../store/schema.js';
import { openForm } from '../open-form.js';

export type ButtonBody = BlockAction<ButtonAction>;

/** One click on a button that names a decision. */
export interface Click {
  /** What it asks of a decision service: which decision (0 when unreadable), seen how, by whom. */
  input: { id: number; actorId: string; seen?: DecisionStatus };
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

/** A button that names a decision: ack, read the decision it names, then `handle` the click. */
export function onDecisionButton(
  app: App,
  deps: Deps,
  actionId: string,
  handle: (click: Click) => Promise<void>,
): void {
  app.action<ButtonBody>(actionId, async ({ ack, action, body, client, logger, respond }) => {
    await ack();
    const ref = readDecisionValue(action.value);
    const input = { id: ref?.id ?? 0, actorId: body.user.id, ...(ref?.seen && { seen: ref.seen }) };
    await handle({ input, body, respond, ctx: contextOf(deps, client, logger) });
  });
}

/**
 * A button that opens a modal about its decision. `build` gives the modal, or a sentence
 * saying why not; a decision that is gone is said so privately.
 */
export function opensModal(
  app: App,
  deps: Deps,
  actionId: string,
  build: (d: Decision, click: Click) => View | string,
): void {
  onDecisionButton(app, deps, actionId, async (click) => {
    const d = findDecision(click.ctx, click.input.id);
    if (!d) return void (await click.respond(missing(click.input.id)));
    const view = build(d, click);
    if (typeof view === 'string') return void (await click.respond(privately(view)));
    const { ctx, respond, body } = click;
    const again = 'Nothing changed: press the button again in a moment.';
    await openForm({ ...ctx, respond, userId: body.user.id }, body.trigger_id, view, again);
  });
}
