import { createHmac } from 'node:crypto';
import type { Message, Person, Workspace } from './workspace.js';

// What Slack would send the app when someone in the playground acts: slash commands,
// button clicks, modal submissions and App Home opens, each signed with the signing secret.

export interface Reply {
  status: number;
  body: string;
}

/** Where a response_url answer lands: the conversation, for whom, and the message clicked. */
export interface ResponseTarget {
  user: string;
  channel: string;
  messageTs?: string;
}

export interface ActionInput {
  action_id: string;
  block_id: string;
  type: string;
  value?: string;
}

export class BoltRequests {
  readonly responseTargets = new Map<string, ResponseTarget>();

  constructor(
    private readonly ws: Workspace,
    private readonly endpoint: string,
    private readonly signingSecret: string,
    private readonly baseUrl: () => string,
  ) {}

  async command(user: Person, channel: string, command: string, text: string): Promise<Reply> {
    const c = this.ws.conversation(channel);
    const channelName =
      c?.kind === 'dm' ? 'directmessage' : c?.kind === 'private' ? 'privategroup' : (c?.name ?? '');
    const form = new URLSearchParams({
      token: 'playground',
      team_id: 'T0PLAY',
      team_domain: 'playground',
      channel_id: channel,
      channel_name: channelName,
      user_id: user.id,
      user_name: user.name.toLowerCase(),
      command,
      text,
      api_app_id: 'A0APP',
      is_enterprise_install: 'false',
      response_url: this.responseUrl({ user: user.id, channel }),
      trigger_id: this.trigger(user.id),
    });
    return this.send(form.toString(), 'application/x-www-form-urlencoded');
  }

  async messageAction(user: Person, m: Message, action: ActionInput): Promise<Reply> {
    return this.interaction(user, {
      type: 'block_actions',
      container: {
        type: 'message',
        message_ts: m.ts,
        channel_id: m.channel,
        is_ephemeral: Boolean(m.ephemeralFor),
        ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
      },
      channel: { id: m.channel, name: this.ws.conversation(m.channel)?.name ?? '' },
      ...(m.ephemeralFor
        ? {}
        : {
            message: {
              type: 'message',
              user: m.user,
              ts: m.ts,
              text: m.text,
              blocks: m.blocks ?? [],
              ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
            },
          }),
      response_url: this.responseUrl({ user: user.id, channel: m.channel, messageTs: m.ts }),
      actions: [{ ...action, action_ts: String(Date.now() / 1000) }],
    });
  }

  async viewAction(
    user: Person,
    viewId: string,
    action: ActionInput,
    values: StateValues,
  ): Promise<Reply> {
    const found = this.ws.findView(viewId);
    return this.interaction(user, {
      type: 'block_actions',
      container: { type: 'view', view_id: viewId },
      view: { ...found?.view, state: { values } },
      actions: [{ ...action, action_ts: String(Date.now() / 1000) }],
    });
  }

  async submit(user: Person, values: StateValues): Promise<Reply> {
    const view = this.ws.stack(user.id).views.at(-1);
    return this.interaction(user, {
      type: 'view_submission',
      view: { ...view, team_id: 'T0PLAY', state: { values } },
      response_urls: [],
    });
  }

  async homeOpened(user: Person): Promise<Reply> {
    const body = JSON.stringify({
      token: 'playground',
      team_id: 'T0PLAY',
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: this.ws.nextId('Ev'),
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'app_home_opened',
        user: user.id,
        channel: `D${user.id}`,
        tab: 'home',
        event_ts: String(Date.now() / 1000),
        ...(this.ws.homes.get(user.id) ? { view: this.ws.homes.get(user.id) } : {}),
      },
    });
    return this.send(body, 'application/json');
  }

  /** An interaction payload from `user`, with a fresh trigger_id for a modal. */
  private interaction(user: Person, payload: object): Promise<Reply> {
    const from = {
      user: {
        id: user.id,
        username: user.name.toLowerCase(),
        name: user.name.toLowerCase(),
        team_id: 'T0PLAY',
      },
      api_app_id: 'A0APP',
      token: 'playground',
      team: { id: 'T0PLAY', domain: 'playground' },
      trigger_id: this.trigger(user.id),
    };
    const form = new URLSearchParams({ payload: JSON.stringify({ ...payload, ...from }) });
    return this.send(form.toString(), 'application/x-www-form-urlencoded');
  }

  private trigger(user: string): string {
    const id = this.ws.nextId('trigger.');
    this.ws.triggers.set(id, user);
    return id;
  }

  private responseUrl(target: ResponseTarget): string {
    const id = this.ws.nextId('R');
    this.responseTargets.set(id, target);
    return `${this.baseUrl()}/respond/${id}`;
  }

  private async send(body: string, contentType: string): Promise<Reply> {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', this.signingSecret)
      .update(`v0:${timestamp}:${body}`)
      .digest('hex');
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-signature': `v0=${signature}`,
        'x-slack-request-timestamp': String(timestamp),
      },
      body,
    });
    return { status: res.status, body: await res.text() };
  }
}

export type StateValues = Record<string, Record<string, unknown>>;
