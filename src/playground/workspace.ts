import type { View } from '@slack/types';

// The pretend Slack workspace the playground shows: its people, conversations, messages,
// open modals and App Home tabs. Everything lives in memory; the decision log is the app's.

export interface Person {
  id: string;
  name: string;
  tz: string;
}

export interface Conversation {
  id: string;
  name: string;
  kind: 'public' | 'private' | 'dm';
  /** Who can see it; a DM with the app belongs to one person. */
  members: string[];
}

export interface Message {
  ts: string;
  channel: string;
  /** A person's id, or the app's bot user. */
  user: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
  /** Shown only to this person (an ephemeral reply). */
  ephemeralFor?: string;
  file?: { name: string; content: string };
}

export type StoredView = View & { id: string; hash: string };

export interface ModalStack {
  views: StoredView[];
  /** Validation errors for the top view, keyed by block_id. */
  errors: Record<string, string>;
}

export interface Saved {
  seq: number;
  messages: Message[];
  homes: [string, StoredView][];
}

export const BOT_USER = 'U0APP';

export const PEOPLE: Person[] = [
  { id: 'U0ADA', name: 'Ada', tz: 'Europe/Berlin' },
  { id: 'U0BEN', name: 'Ben', tz: 'America/New_York' },
  { id: 'U0CHLOE', name: 'Chloé', tz: 'Asia/Tokyo' },
];

const everyone = PEOPLE.map((p) => p.id);

export class Workspace {
  readonly people = PEOPLE;
  readonly conversations: Conversation[] = [
    { id: 'C0MLTEAM', name: 'ml-team', kind: 'public', members: everyone },
    { id: 'C0MODELREVIEW', name: 'model-review', kind: 'private', members: ['U0ADA', 'U0BEN'] },
    ...PEOPLE.map((p) => ({
      id: `D${p.id}`,
      name: 'Decision Advisor',
      kind: 'dm' as const,
      members: [p.id],
    })),
  ];
  messages: Message[] = [];
  readonly modals = new Map<string, ModalStack>();
  readonly homes = new Map<string, StoredView>();
  /** Web API methods the app called that this workspace does not answer. */
  readonly unknownMethods: string[] = [];
  /** Trigger ids handed to the app with each request, and whose they are. */
  readonly triggers = new Map<string, string>();
  /** Files uploaded through files.getUploadURLExternal, by id. */
  readonly files = new Map<string, { name: string; content: string }>();
  private seq = 0;
  private version = 0;
  private readonly waiting = new Set<() => void>();
  /** Called after every change (the playground saves the workspace with it). */
  onChange: () => void = () => undefined;

  constructor(readonly now: () => Date) {}

  /** A message timestamp on the app's clock, unique and increasing. */
  nextTs(): string {
    this.seq += 1;
    return `${Math.floor(this.now().getTime() / 1000)}.${String(this.seq).padStart(6, '0')}`;
  }

  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}${this.seq}`;
  }

  person(id: string): Person | undefined {
    return this.people.find((p) => p.id === id);
  }

  conversation(id: string): Conversation | undefined {
    return this.conversations.find((c) => c.id === id);
  }

  message(channel: string, ts: string): Message | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  post(m: Omit<Message, 'ts'>): Message {
    const message = { ...m, ts: this.nextTs() };
    this.messages.push(message);
    this.changed();
    return message;
  }

  /** What outlives a restart: the conversations and App Home tabs, not open modals. */
  snapshot(): Saved {
    return { seq: this.seq, messages: this.messages, homes: [...this.homes] };
  }

  restore(saved: Saved): void {
    this.seq = saved.seq;
    this.messages = saved.messages;
    for (const [user, view] of saved.homes) this.homes.set(user, view);
  }

  /** The modal stack of `user`, made when first needed. */
  stack(user: string): ModalStack {
    let s = this.modals.get(user);
    if (!s) {
      s = { views: [], errors: {} };
      this.modals.set(user, s);
    }
    return s;
  }

  storeView(view: View): StoredView {
    return { ...view, id: this.nextId('V'), hash: this.nextId('h') };
  }

  /** The view with this id, in any modal stack or App Home tab. */
  findView(id: string): { owner: string; view: StoredView } | undefined {
    for (const [owner, s] of this.modals) {
      const view = s.views.find((v) => v.id === id);
      if (view) return { owner, view };
    }
    for (const [owner, view] of this.homes) if (view.id === id) return { owner, view };
    return undefined;
  }

  changed(): void {
    this.version += 1;
    this.onChange();
    for (const wake of this.waiting) wake();
    this.waiting.clear();
  }

  /** Resolves with the new version once something changes after `seen` (or at once). */
  async nextVersion(seen: number, timeoutMs: number): Promise<number> {
    if (this.version !== seen) return this.version;
    await new Promise<void>((resolve) => {
      const wake = () => resolve();
      this.waiting.add(wake);
      setTimeout(() => {
        this.waiting.delete(wake);
        resolve();
      }, timeoutMs).unref();
    });
    return this.version;
  }

  /** What `user` can see: their conversations, their ephemerals, their modal and home. */
  viewFor(user: string) {
    const mine = this.conversations.filter((c) => c.members.includes(user));
    const ids = new Set(mine.map((c) => c.id));
    return {
      user,
      version: this.version,
      now: this.now().toISOString(),
      people: this.people,
      botUser: BOT_USER,
      conversations: mine,
      messages: this.messages.filter(
        (m) => ids.has(m.channel) && (!m.ephemeralFor || m.ephemeralFor === user),
      ),
      modal: this.modals.get(user) ?? null,
      home: this.homes.get(user) ?? null,
      unknownMethods: this.unknownMethods,
    };
  }
}
