import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../src/logger.js';

const SECRET = 'signing-secret-123456';

function capture(level = LogLevel.INFO) {
  const lines: string[] = [];
  const logger = createLogger(level, [SECRET], (line) => {
    lines.push(line);
  });
  return { logger, text: () => lines.join('') };
}

describe('logger', () => {
  it('redacts Slack tokens and the configured secrets, in text and in errors', () => {
    const { logger, text } = capture();
    logger.info('bot xoxb-1234-abcd app xapp-1-A1-999 secret', SECRET);
    logger.error('failed:', new Error(`request with ${SECRET} and xoxb-9999-zz`));
    expect(text()).not.toMatch(/xoxb-1234|xapp-1-A1|xoxb-9999|signing-secret-123456/);
    expect(text()).toContain('xoxb-[redacted]');
    expect(text()).toContain('[redacted]');
  });

  it('prints an error by name, code, Slack error and stack, never its nested request', () => {
    const { logger, text } = capture();
    const error = Object.assign(new Error('An API error occurred: not_in_channel'), {
      code: 'slack_webapi_platform_error',
      data: { error: 'not_in_channel' },
      config: { headers: { Authorization: 'Bearer hidden-header-value' } },
    });
    logger.error(error);
    expect(text()).toContain('[slack_webapi_platform_error] (not_in_channel)');
    expect(text()).not.toContain('hidden-header-value');
  });

  it('writes only at or above its level', () => {
    const { logger, text } = capture(LogLevel.WARN);
    logger.info('quiet');
    logger.warn('loud');
    expect(text()).not.toContain('quiet');
    expect(text()).toMatch(/WARN \[finetune-or-prompt\] loud/);
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('now heard');
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
    expect(text()).toContain('now heard');
  });

  it('writes one line: time, level, name, and the parts of the message joined by spaces', () => {
    const { logger, text } = capture();
    logger.setName('loop');
    logger.warn('a', 2, { b: 3 });
    expect(text()).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z WARN \[loop\] a 2 \{"b":3\}\n$/);
  });

  it('prints an error without a stack by name and message, and a value JSON cannot hold as text', () => {
    const { logger, text } = capture();
    const bare = new Error('no stack here');
    bare.stack = undefined;
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    logger.info(bare, circular);
    expect(text()).toContain('Error: no stack here [object Object]\n');
  });

  it('adds an error’s code and Slack error only when it has them', () => {
    const { logger, text } = capture();
    const plain = new Error('plain');
    plain.stack = 'Error: plain';
    logger.info(plain);
    expect(text()).toMatch(/ INFO \[finetune-or-prompt\] Error: plain\n$/);
  });
});

describe('redaction', () => {
  it('replaces each configured secret of 6 characters or more, wherever it appears', () => {
    expect(redact('a 123456 b 123456', ['123456'])).toBe('a [redacted] b [redacted]');
    // shorter values would blank out ordinary words
    expect(redact('a 12345 b', ['12345'])).toBe('a 12345 b');
  });

  it('keeps the kind of a Slack token and hides the rest', () => {
    expect(redact('xoxb-1-2-abc xoxp-9 xapp-1-A-2 xoxr-3', [])).toBe(
      'xoxb-[redacted] xoxp-[redacted] xapp-[redacted] xoxr-[redacted]',
    );
  });
});
