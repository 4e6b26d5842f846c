import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMethod, METHODS } from '../../src/playground/web-api.js';
import { Workspace } from '../../src/playground/workspace.js';

/** Web API methods named in the app's code (the playground's own code aside). */
function methodsTheAppCalls(dir = 'src'): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join('src', 'playground'))
        for (const m of methodsTheAppCalls(path)) found.add(m);
      continue;
    }
    if (!entry.name.endsWith('.ts')) continue;
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/client\.([a-z]+)\.([a-zA-Z]+)\(/g)) found.add(`${m[1]}.${m[2]}`);
    // apiCall('views.open'), and the methods of the messages the outbox sends.
    for (const m of code.matchAll(/'((?:chat|conversations|files|users|views)\.[a-zA-Z]+)'/g))
      found.add(String(m[1]));
    // The SDK's upload helper is two methods and a POST to the URL the first returns.
    if (code.includes('filesUploadV2('))
      found.add('files.getUploadURLExternal').add('files.completeUploadExternal');
  }
  return found;
}

describe('the Web API stand-in', () => {
  it('answers every method the app calls (Bolt adds auth.test at start)', () => {
    const called = methodsTheAppCalls();
    expect(called.size).toBeGreaterThanOrEqual(8);
    expect(called).toContain('chat.postMessage');
    const unknown = [...called, 'auth.test'].filter((m) => !(m in METHODS));
    expect(unknown).toEqual([]);
  });

  it('answers a method it does not know as Slack does, and lists it for the page', () => {
    const ws = new Workspace(() => new Date());
    expect(callMethod(ws, 'reactions.add', {}, 'http://x')).toEqual({
      ok: false,
      error: 'unknown_method',
    });
    expect(ws.viewFor('U0ADA').unknownMethods).toEqual(['reactions.add']);
  });

  it('refuses a post to a conversation that does not exist', () => {
    const ws = new Workspace(() => new Date());
    expect(
      callMethod(ws, 'chat.postMessage', { channel: 'C0NOPE', text: 'x' }, 'http://x'),
    ).toEqual({
      ok: false,
      error: 'channel_not_found',
    });
  });

  it('opens, pushes and updates modals for the person the trigger belongs to', () => {
    const ws = new Workspace(() => new Date());
    const view = (title: string) =>
      JSON.stringify({ type: 'modal', title: { type: 'plain_text', text: title }, blocks: [] });
    ws.triggers.set('t1', 'U0BEN').set('t2', 'U0BEN');
    expect(callMethod(ws, 'views.open', { trigger_id: 'nope', view: view('A') }, '')).toMatchObject(
      { ok: false },
    );
    const opened = callMethod(ws, 'views.open', { trigger_id: 't1', view: view('First') }, '');
    callMethod(ws, 'views.push', { trigger_id: 't2', view: view('Second') }, '');
    const id = (opened.view as { id: string }).id;
    callMethod(ws, 'views.update', { view_id: id, view: view('First, updated') }, '');
    const stack = ws.viewFor('U0BEN').modal;
    expect(stack?.views.map((v) => v.type === 'modal' && v.title.text)).toEqual([
      'First, updated',
      'Second',
    ]);
    expect(ws.viewFor('U0ADA').modal).toBeNull();
  });

  it('shows an ephemeral reply only to its person, and a private channel only to its members', () => {
    const ws = new Workspace(() => new Date());
    ws.post({ channel: 'C0MLTEAM', user: 'U0APP', text: 'for Ben', ephemeralFor: 'U0BEN' });
    ws.post({ channel: 'C0MODELREVIEW', user: 'U0APP', text: 'private' });
    expect(ws.viewFor('U0BEN').messages.map((m) => m.text)).toEqual(['for Ben', 'private']);
    expect(ws.viewFor('U0CHLOE').messages).toEqual([]);
  });
});
