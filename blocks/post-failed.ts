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

/**
 * The private note when the recommendation could not be posted: what to do, and a button to
 * retry. `uncertain`: Slack never confirmed it, so it may be in the channel after all.
 */
export function buildPostFailed(
  decisionId: number,
  channel: string,
  error: string,
  uncertain = false,
): { text: string; blocks: KnownBlock[] } {
  const advice = uncertain
    ? `${slackSaid(error)}, so it may be in <#${channel}> already. If it is not there, press *Post it now*.`
    : (ADVICE[error]?.(channel) ?? `${slackSaid(error)}. Press *Post it now* to try again.`);
  const text = uncertain
    ? `I may not have posted decision #${decisionId} in <#${channel}>. It is saved; nothing you entered is lost.`
    : `I couldn't post decision #${decisionId} in <#${channel}>. It is saved; nothing you entered is lost.`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`:warning: ${text}\n${advice}`) },
      {
        type: 'actions',
        block_id: `repost_${decisionId}`,
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
