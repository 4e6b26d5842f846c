import type { MrkdwnElement, PlainTextElement } from '@slack/types';

/** Makes user-written text inert in mrkdwn: no mentions, no links, no disguised URLs. */
export const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Shortens to `max` characters, ending in an ellipsis when cut. */
export const truncate = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

// `emoji` is left to Slack's default (on): every key costs on the wire and in the SDK.
export const plain = (text: string, max = 3000): PlainTextElement => ({
  type: 'plain_text',
  text: truncate(text, max),
});

/** mrkdwn within Slack's limit; a cut never splits an entity, which would leave a bare `&`. */
export const mrkdwn = (text: string): MrkdwnElement => ({
  type: 'mrkdwn',
  text: truncate(text, 3000).replace(/&[a-z]{0,3}…$/, '…'),
});

export const percent = (n: number) => `${Math.round(n * 100)}%`;
