import type { ActionInput, BoltRequests, StateValues } from './bolt-requests.js';
import type { Clock } from './clock.js';
import { applyCommandAck, applySubmissionAck } from './responses.js';
import type { Workspace } from './workspace.js';

// What the page asks the playground to do on someone's behalf.

interface Ask {
  user?: string;
  channel?: string;
  text?: string;
  ts?: string;
  viewId?: string;
  action?: ActionInput;
  values?: StateValues;
  to?: 'week' | 'next';
}

type Result = Record<string, unknown>;

export class PageActions {
  constructor(
    private readonly ws: Workspace,
    private readonly bolt: BoltRequests,
    private readonly clock: Clock,
    private readonly seed: () => Promise<number>,
  ) {}

  async handle(what: string, ask: Ask): Promise<Result> {
    const user = this.ws.person(ask.user ?? '');
    if (what === 'clock') {
      const moved = await this.clock.skip(ask.to ?? 'week');
      this.ws.changed();
      return { ok: true, ...moved };
    }
    if (what === 'seed') return { ok: true, added: await this.seed() };
    if (!user) return { ok: false, error: 'Pick a person first.' };
    switch (what) {
      case 'command': {
        const [command = ''] = (ask.text ?? '').trim().split(/\s+/);
        const channel = ask.channel ?? '';
        const known = ['/finetune-or-prompt', '/decisions'];
        if (!known.includes(command))
          return { ok: false, error: `Type ${known.join(' or ')}, then what it is about.` };
        const text = (ask.text ?? '').trim().slice(command.length).trim();
        const reply = await this.bolt.command(user, channel, command, text);
        applyCommandAck(this.ws, { user: user.id, channel }, reply.body);
        return { ok: reply.status === 200 };
      }
      case 'action': {
        if (ask.viewId && ask.action) {
          const reply = await this.bolt.viewAction(user, ask.viewId, ask.action, ask.values ?? {});
          return { ok: reply.status === 200 };
        }
        const m = this.ws.message(ask.channel ?? '', ask.ts ?? '');
        if (!m || !ask.action) return { ok: false, error: 'That message is gone.' };
        const reply = await this.bolt.messageAction(user, m, ask.action);
        return { ok: reply.status === 200 };
      }
      case 'submit': {
        const reply = await this.bolt.submit(user, ask.values ?? {});
        applySubmissionAck(this.ws, user.id, reply.body);
        return { ok: reply.status === 200 };
      }
      case 'close': {
        // As in Slack: closing a pushed view goes back to the one under it.
        const stack = this.ws.stack(user.id);
        stack.views.pop();
        stack.errors = {};
        this.ws.changed();
        return { ok: true };
      }
      case 'home': {
        const reply = await this.bolt.homeOpened(user);
        return { ok: reply.status === 200 };
      }
      default:
        return { ok: false, error: `Unknown request ${what}` };
    }
  }
}
