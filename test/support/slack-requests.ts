import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f2a';

/** Headers Slack sends with a request: signature v0 over `v0:timestamp:body`. */
export function signedHeaders(
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
  secret = SIGNING_SECRET,
  contentType = 'application/x-www-form-urlencoded',
) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': contentType,
    'x-slack-signature': signature,
    'x-slack-request-timestamp': String(timestamp),
  };
}

export interface Person {
  id: string;
  name: string;
}
export const ALICE: Person = { id: 'U0ALICE', name: 'alice' };
export const BOB: Person = { id: 'U0BOB', name: 'bob' };
export const TEAM = { id: 'T0001', domain: 'example' };

/** A slash command as Slack posts it: form fields. */
export function slashCommand(o: {
  command: string;
  text?: string;
  user?: Person;
  channelId?: string;
  channelName?: string;
  responseUrl?: string;
  triggerId?: string;
}): string {
  const user = o.user ?? ALICE;
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: o.channelId ?? 'C0GENERAL',
    channel_name: o.channelName ?? 'general',
    user_id: user.id,
    user_name: user.name,
    command: o.command,
    text: o.text ?? '',
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: o.responseUrl ?? 'https://hooks.slack.com/commands/T0001/1/x',
    trigger_id: o.triggerId ?? `trigger.${Math.random().toString(36).slice(2)}`,
  }).toString();
}

/** An interaction (view_submission, block_actions) as Slack posts it: `payload=` JSON. */
export const interaction = (payload: object) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

const userOf = (p: Person) => ({ id: p.id, username: p.name, name: p.name, team_id: TEAM.id });

export function viewSubmission(o: {
  view: { callback_id: string; private_metadata?: string; blocks?: unknown[] };
  values: Record<string, Record<string, unknown>>;
  user?: Person;
  viewId?: string;
  hash?: string;
}) {
  return {
    type: 'view_submission',
    team: TEAM,
    user: userOf(o.user ?? ALICE),
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    trigger_id: `trigger.${Math.random().toString(36).slice(2)}`,
    view: {
      id: o.viewId ?? 'V0MODAL',
      team_id: TEAM.id,
      type: 'modal',
      blocks: o.view.blocks ?? [],
      private_metadata: o.view.private_metadata ?? '',
      callback_id: o.view.callback_id,
      state: { values: o.values },
      hash: o.hash ?? '1763900000.abcdef',
      title: { type: 'plain_text', text: 'Modal' },
      root_view_id: o.viewId ?? 'V0MODAL',
      app_id: 'A0APP',
      bot_id: 'BBOT',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** What every click carries: who pressed which button, with a fresh trigger for a modal. */
const clickOf = (user: Person, actionId: string, value: string) => ({
  type: 'block_actions',
  user: userOf(user),
  api_app_id: 'A0APP',
  token: 'legacy-verification-token',
  trigger_id: `trigger.${Math.random().toString(36).slice(2)}`,
  team: TEAM,
  enterprise: null,
  is_enterprise_install: false,
  actions: [
    {
      action_id: actionId,
      block_id: `block_${actionId}`,
      text: { type: 'plain_text', text: 'Button', emoji: true },
      value,
      type: 'button',
      action_ts: String(Date.now() / 1000),
    },
  ],
});

export function buttonClick(o: {
  actionId: string;
  value: string;
  channelId: string;
  messageTs: string;
  responseUrl: string;
  user?: Person;
}) {
  return {
    ...clickOf(o.user ?? ALICE, o.actionId, o.value),
    container: {
      type: 'message',
      message_ts: o.messageTs,
      channel_id: o.channelId,
      is_ephemeral: false,
    },
    channel: { id: o.channelId, name: 'general' },
    message: {
      type: 'message',
      ts: o.messageTs,
      text: 'Recommendation',
      user: 'UBOT',
      bot_id: 'BBOT',
    },
    state: { values: {} },
    response_url: o.responseUrl,
  };
}

/** A button pressed inside a modal or App Home: the view comes with its state. */
export function viewButtonClick(o: {
  actionId: string;
  value: string;
  view: { id: string; type?: 'modal' | 'home'; callback_id?: string; private_metadata?: string };
  values?: Record<string, Record<string, unknown>>;
  user?: Person;
}) {
  return {
    ...clickOf(o.user ?? ALICE, o.actionId, o.value),
    container: { type: 'view', view_id: o.view.id },
    view: {
      type: 'modal',
      callback_id: '',
      private_metadata: '',
      ...o.view,
      team_id: TEAM.id,
      blocks: [],
      state: { values: o.values ?? {} },
      hash: `hash.${o.view.id}`,
      app_id: 'A0APP',
      bot_id: 'BBOT',
    },
  };
}

/** An Events API delivery (JSON), e.g. app_home_opened. */
export function eventCallback(event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: TEAM.id,
    api_app_id: 'A0APP',
    event: { event_ts: String(Date.now() / 1000), ...event },
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM.id, user_id: 'UBOT', is_bot: true }],
  });
}
