import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn, mrkdwn } from './text.js';

// What the person reads when Slack fails a message the app owes them, or a form it was to open.

/** How a failure reads when Slack did not answer by the app's deadline. */
export const NO_ANSWER = 'no answer in time';

/** A failed Slack call in words. */
export const slackSaid = (error: string) =>
  error === NO_ANSWER ? 'Slack did not answer in time' : `Slack answered \`${error}\``;

/** What a message that has not gone out yet was for. */
export type Pending = 'post' | 'update' | 'reply';

const PENDING: Record<Pending, (id: number, channel: string) => string> = {
  post: (id, c) => `Decision #${id} is saved, but I could not post it in <#${c}> yet`,
  update: (id) => `Your change to decision #${id} is saved, but I could not update its message yet`,
  reply: (id, c) => `Your answer on decision #${id} is saved, but I could not post in <#${c}> yet`,
};

/** Told at once when Slack fails the first attempt: the app keeps trying. */
export const buildSendDelayed = (what: Pending, id: number, channel: string, error: string) => ({
  text: `:hourglass: ${PENDING[what](id, channel)} (${slackSaid(error)}). I'll keep trying, and tell you in a DM if I give up.`,
});

/** The recommendation message could not be redrawn after a change: the change itself holds. */
export const buildUpdateFailed = (id: number, channel: string, error: string) => ({
  text: `:warning: Your change to decision #${id} is saved, but I could not update its message in <#${channel}> (${slackSaid(error)}). \`/decisions #${id}\` shows it as it is now.`,
});

/** A message that could not go where it was meant to, sent to the person instead. */
export function buildCopy(
  message: { text: string; blocks?: KnownBlock[] },
  channel: string,
  error: string,
): { text: string; blocks: KnownBlock[] } {
  const why = `:warning: I could not post this in <#${channel}> (${slackSaid(error)}), so here it is.`;
  return {
    text: `${why} ${message.text}`,
    blocks: [
      { type: 'context', elements: [mrkdwn(why)] },
      ...(message.blocks ?? [{ type: 'section', text: mrkdwn(message.text) } as KnownBlock]),
    ],
  };
}

/** A form that did not open: say so and what to do, and give back what was typed. */
export function buildFormNotOpened(error: string, again: string, typed = '') {
  const kept = typed
    ? `\nHere is what you typed, to paste back:\n${escapeMrkdwn(typed)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}`
    : '';
  return {
    response_type: 'ephemeral' as const,
    replace_original: false,
    text: `:warning: I could not open the form (${slackSaid(error)}). ${again}${kept}`,
  };
}

/** An export that could not be sent. */
export const buildExportFailed = (error: string) =>
  `:warning: I could not send you the export (${slackSaid(error)}). Nothing was lost: run the same command again in a minute.`;
