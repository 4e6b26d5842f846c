import { describe, expect, it } from 'vitest';
import {
  applyCommandAck,
  applyResponse,
  applySubmissionAck,
} from '../../src/playground/responses.js';
import { BOT_USER, Workspace } from '../../src/playground/workspace.js';

const modal = (title: string) => ({
  type: 'modal' as const,
  title: { type: 'plain_text' as const, text: title },
  blocks: [],
});
const texts = (ws: Workspace, user: string) => ws.viewFor(user).messages.map((m) => m.text);

describe('answers outside the Web API, as Slack applies them', () => {
  it('a response_url post is ephemeral unless it says in_channel', () => {
    const ws = new Workspace(() => new Date());
    applyResponse(ws, { user: 'U0BEN', channel: 'C0MLTEAM' }, { text: 'just Ben' });
    applyResponse(
      ws,
      { user: 'U0BEN', channel: 'C0MLTEAM' },
      { text: 'everyone', response_type: 'in_channel' },
    );
    expect(texts(ws, 'U0BEN')).toEqual(['just Ben', 'everyone']);
    expect(texts(ws, 'U0ADA')).toEqual(['everyone']);
  });

  it('replace_original and delete_original change the message clicked, in its thread', () => {
    const ws = new Workspace(() => new Date());
    const parent = ws.post({ channel: 'C0MLTEAM', user: BOT_USER, text: 'parent' });
    const reply = ws.post({
      channel: 'C0MLTEAM',
      user: BOT_USER,
      text: 'asked',
      thread_ts: parent.ts,
    });
    const to = { user: 'U0ADA', channel: 'C0MLTEAM', messageTs: reply.ts };
    applyResponse(ws, to, { text: 'answered', replace_original: 'true' });
    applyResponse(ws, to, { text: 'only you', replace_original: false });
    expect(ws.messages.map((m) => [m.text, m.thread_ts === parent.ts])).toEqual([
      ['parent', false],
      ['answered', true],
      ['only you', true],
    ]);
    applyResponse(ws, { ...to, messageTs: parent.ts }, { delete_original: true });
    expect(ws.messages.map((m) => m.text)).toEqual(['answered', 'only you']);
  });

  it('a command acknowledged with text shows it to the person who typed it', () => {
    const ws = new Workspace(() => new Date());
    applyCommandAck(ws, { user: 'U0ADA', channel: 'C0MLTEAM' }, '');
    applyCommandAck(
      ws,
      { user: 'U0ADA', channel: 'C0MLTEAM' },
      '{"text":"Usage: /decisions [query]"}',
    );
    expect(texts(ws, 'U0ADA')).toEqual(['Usage: /decisions [query]']);
    expect(texts(ws, 'U0BEN')).toEqual([]);
  });

  it('a submission ack closes, shows errors, updates, pushes or clears', () => {
    const ws = new Workspace(() => new Date());
    const stack = ws.stack('U0ADA');
    stack.views = [ws.storeView(modal('One'))];
    const titles = () => stack.views.map((v) => v.type === 'modal' && v.title.text);
    applySubmissionAck(
      ws,
      'U0ADA',
      '{"response_action":"errors","errors":{"task":"Describe the task."}}',
    );
    expect([titles(), stack.errors]).toEqual([['One'], { task: 'Describe the task.' }]);
    applySubmissionAck(
      ws,
      'U0ADA',
      JSON.stringify({ response_action: 'push', view: modal('Two') }),
    );
    applySubmissionAck(
      ws,
      'U0ADA',
      JSON.stringify({ response_action: 'update', view: modal('Two, again') }),
    );
    expect([titles(), stack.errors]).toEqual([['One', 'Two, again'], {}]);
    applySubmissionAck(ws, 'U0ADA', '');
    expect(titles()).toEqual(['One']);
    applySubmissionAck(
      ws,
      'U0ADA',
      JSON.stringify({ response_action: 'push', view: modal('Two') }),
    );
    applySubmissionAck(ws, 'U0ADA', '{"response_action":"clear"}');
    expect(titles()).toEqual([]);
  });
});
