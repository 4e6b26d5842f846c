import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

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
});
