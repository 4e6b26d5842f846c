import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadPrices } from '../src/config.js';
import { DEFAULT_CATALOGUE } from '../src/engine/index.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems;
  }
};

describe('configuration', () => {
  it('lists every missing or malformed variable at once', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      SLACK_API_URL: 'not a url',
      DEFAULT_TIME_ZONE: 'Mars/Olympus',
      REMINDER_POLL_SECONDS: '0',
    });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual([
      'DEFAULT_TIME_ZONE',
      'LOG_LEVEL',
      'PORT',
      'REMINDER_POLL_SECONDS',
      'SLACK_API_URL',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
    ]);
    expect(problems.join('\n')).toContain('xoxb-');
  });

  it('checks the token shapes', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'abc' });
    expect(problems).toEqual([
      'SLACK_BOT_TOKEN should be a bot token that starts with xoxb-',
      'SLACK_APP_TOKEN should be an app-level token that starts with xapp-',
    ]);
  });

  it('needs no signing secret in Socket Mode, and applies the defaults', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      PORT: 3000,
      DATABASE_PATH: './data/decisions.db',
      DEFAULT_TIME_ZONE: 'UTC',
      REMINDER_POLL_SECONDS: 60,
      OUTBOX_MAX_ATTEMPTS: 10,
      LOG_LEVEL: 'info',
    });
  });

  it('treats an empty variable as unset and gives the API URL its trailing slash', () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(c.SLACK_APP_TOKEN).toBeUndefined();
    expect(c.SLACK_API_URL).toBe('http://127.0.0.1:9/api/');
  });
});

describe('npm start with a bad environment', () => {
  it('exits 1 and names every missing variable, without starting, once any Slack variable is there', () => {
    const root = new URL('..', import.meta.url).pathname;
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: 'x', SLACK_BOT_TOKEN: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'PORT'])
      expect(r.stderr).toContain(name);
    expect(r.stdout).toBe('');
  });
});

describe('PRICES_PATH', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prices-'));
  const file = (name: string, body: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
    return path;
  };
  const problems = (path: string) => {
    try {
      loadPrices({ PRICES_PATH: path });
      return [];
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return e.problems;
    }
  };

  it('is optional: the built-in catalogue is used without it', () => {
    expect(loadPrices({})).toBeUndefined();
    expect(
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).PRICES_PATH,
    ).toBeUndefined();
  });

  it('loads the catalogue the setting names', () => {
    const path = file('ours.json', { ...DEFAULT_CATALOGUE, name: 'Our quotes' });
    expect(loadPrices({ PRICES_PATH: path })?.name).toBe('Our quotes');
  });

  it('names the file and every bad field when the catalogue is wrong', () => {
    const path = file('bad.json', { ...DEFAULT_CATALOGUE, checked: 'last week', currency: 'EUR' });
    const found = problems(path);
    expect(found.some((p) => p.includes(path) && p.includes('checked'))).toBe(true);
    expect(found.some((p) => p.includes('currency'))).toBe(true);
    expect(problems(file('broken.json', '{'))[0]).toMatch(/cannot be read as JSON/);
  });
});
