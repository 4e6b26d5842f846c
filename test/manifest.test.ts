import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../blocks/ids.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const schema = JSON.parse(read('./fixtures/slack-manifest.schema.1.0.0.json'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const manifest = parse(read('../manifest.yml'));

describe('manifest.yml', () => {
  it("is valid against Slack's manifest schema", () => {
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects a broken manifest (the check is live)', () => {
    expect(
      validate({ ...manifest, settings: { ...manifest.settings, socket_mode_enabled: 'yes' } }),
    ).toBe(false);
    expect(validate(JSON.parse(read('./fixtures/slack-manifest.v1.valid.example.json')))).toBe(
      true,
    );
  });

  it('declares both slash commands, interactivity, App Home and Socket Mode', () => {
    const commands = manifest.features.slash_commands.map((c: { command: string }) => c.command);
    expect(commands.sort()).toEqual(Object.values(COMMANDS).sort());
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
  });

  it('asks only for the bot scopes the code uses', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'chat:write',
      'commands',
      'files:write',
      'im:write',
      'users:read',
    ]);
  });

  it('names the bot as the not-in-channel advice tells people to invite it', () => {
    expect(read('../blocks/post-failed.ts')).toContain(
      `/invite @${manifest.features.bot_user.display_name}`,
    );
  });
});
