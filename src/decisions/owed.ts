import type { KnownBlock } from '@slack/types';
import { buildSendDelayed, type Pending } from '../../blocks/delivery-notices.js';
import type { Delivered } from '../outbox/worker.js';
import { encodedMessage, type MessageArgs } from '../slack-send.js';
import { enqueue, enqueueLatest, type OutboxMessage } from '../store/outbox.js';
import type { OutboxAbout, OutboxRow } from '../store/schema.js';
import type { Ctx } from './context.js';

// The messages a change owes: written into the outbox in the change's own transaction, then
// sent at once; the outbox worker retries what fails and tells the person what never goes.

/** A message owed in a conversation; `replaces`: a later one under its key supersedes it. */
export function owedMessage(
  key: string,
  method: 'chat.postMessage' | 'chat.update',
  args: MessageArgs,
  about: OutboxAbout,
): OutboxMessage {
  const update = method === 'chat.update';
  return { key, method, args: encodedMessage(args), idempotent: update, replaces: update, about };
}

/**
 * A note to one person: a DM (the channel is their user id; the sender opens the DM) or an
 * ephemeral message in `inChannel`. Sent again after a crash: a note twice does less harm
 * than none.
 */
export function notice(
  key: string,
  userId: string,
  message: { text: string; blocks?: KnownBlock[] },
  inChannel?: string,
): OutboxMessage {
  const body = {
    text: message.text,
    ...(message.blocks ? { blocks: JSON.stringify(message.blocks) } : {}),
  };
  const send = inChannel
    ? { method: 'chat.postEphemeral', args: { ...body, channel: inChannel, user: userId } }
    : { method: 'chat.postMessage', args: { ...body, channel: userId } };
  return { key, ...send, idempotent: true, about: { kind: 'notice', userId } };
}

/** Writes what a change owes; call it inside the change's transaction. */
export function owe(ctx: Ctx, messages: (OutboxMessage | undefined)[]): OutboxRow[] {
  const at = ctx.now();
  return messages.flatMap((m) =>
    m ? [m.replaces ? enqueueLatest(ctx.db, m, at) : enqueue(ctx.db, m, at)] : [],
  );
}

/** What a message not sent yet was for, in the words of the note about it. */
function pendingOf(about: OutboxAbout | null): { what: Pending; decisionId: number } | undefined {
  switch (about?.kind) {
    case 'recommendation':
      return { what: 'post', decisionId: about.decisionId };
    case 'card':
      return { what: 'update', decisionId: about.decisionId };
    case 'post':
      return { what: 'reply', decisionId: about.decisionId };
    default:
      return undefined;
  }
}

/**
 * Sends what a change owes, now. When Slack fails a first attempt (the worker will try again),
 * `actorId` is told at once, privately, in the conversation the message was for.
 */
export async function sendOwed(ctx: Ctx, rows: OutboxRow[], actorId: string): Promise<Delivered[]> {
  if (rows.length === 0) return [];
  const done = await ctx.outbox.sendNow(rows);
  const notes = done.flatMap(({ row, delivery, error }) => {
    const pending = pendingOf(row.about);
    const channel = String(row.args.channel);
    if (delivery !== 'retried' || !pending || !error) return [];
    const text = buildSendDelayed(pending.what, pending.decisionId, channel, error);
    return [notice(`delayed:${row.id}`, actorId, text, channel)];
  });
  if (notes.length > 0) await ctx.outbox.sendNow(ctx.db.transaction(() => owe(ctx, notes)));
  return done;
}
