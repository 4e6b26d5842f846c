import type { KnownBlock } from '@slack/types';
import { decisionValue } from './button-value.js';
import { slackSaid } from './delivery-notices.js';
import { ACTIONS } from './ids.js';
import { mrkdwn, plain } from './text.js';

const ADVICE: Record<string, (channel: string) => string> = {
  not_in_channel: (c) =>
    `I'm not a member of <#${c}>. Type \`/invite @finetune-or-prompt\` there, then press *Post it now*.`,
  channel_not_found: (c) =>
    `I can't see <#${c}>: it is probably private. Add me from the channel's details (Integrations → Add apps), then press *Post it now*.`,
  is_archived: (c) =>
    `<#${c}> is archived. Unarchive it and press *Post it now*, or run the command again in another channel.`,
  ratelimited: () => 'Slack asked me to slow down. Wait a minute, then press *Post it now*.',
  restricted_action: (c) =>
    `Posting in <#${c}> is restricted by your workspace settings. Ask an admin, or run the command in another channel.`,
};

const BLOCK = /^repost_\d+_(\d{1,6})$/;

/** Which attempt a Post it now button belongs to, read back from its block: 1 for the first note. */
export const readAttempt = (blockId: string | undefined) => Number(blockId?.match(BLOCK)?.[1] ?? 1);

const clock = (at: Date) =>
  `<!date^${Math.floor(at.getTime() / 1000)}^{time}|${at.toISOString().slice(11, 16)} UTC>`;

export interface PostFailedNote {
  /** Slack never confirmed the post, so it may be in the channel after all. */
  uncertain?: boolean;
  /** A Post it now refused again: its attempt and time, so the note never repeats itself. */
  again?: { attempt: number; at: Date };
}

/** The private note when the recommendation could not be posted: what to do, and a button to retry. */
export function buildPostFailed(
  decisionId: number,
  channel: string,
  error: string,
  { uncertain = false, again }: PostFailedNote = {},
): { text: string; blocks: KnownBlock[] } {
  const advice = uncertain
    ? `${slackSaid(error)}, so it may be in <#${channel}> already. If it is not there, press *Post it now*.`
    : (ADVICE[error]?.(channel) ?? `${slackSaid(error)}. Press *Post it now* to try again.`);
  const text = again
    ? `Attempt ${again.attempt} at ${clock(again.at)}: Slack still refused to post decision #${decisionId} in <#${channel}> (\`${error}\`). It is still saved.`
    : uncertain
      ? `I may not have posted decision #${decisionId} in <#${channel}>. It is saved; nothing you entered is lost.`
      : `I couldn't post decision #${decisionId} in <#${channel}>. It is saved; nothing you entered is lost.`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`:warning: ${text}\n${advice}`) },
      {
        type: 'actions',
        block_id: `repost_${decisionId}_${again?.attempt ?? 1}`,
        elements: [
          {
            type: 'button',
            action_id: ACTIONS.repost,
            text: plain('Post it now'),
            value: decisionValue(decisionId),
            style: 'primary',
          },
        ],
      },
    ],
  };
}

export function buildPosted(
  decisionId: number,
  channel: string,
): { text: string; blocks: KnownBlock[] } {
  const text = `Decision #${decisionId} is now posted in <#${channel}>.`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:white_check_mark: ${text}`) }] };
}
