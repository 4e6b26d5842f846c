import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Catalogue } from './engine/index.js';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

const Env = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: 'is required: the bot token, xoxb-...' })
    .regex(/^xoxb-/, 'should be a bot token that starts with xoxb-'),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'should be an app-level token that starts with xapp-')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(1, 'should not be empty').optional(),
  PORT: z.coerce
    .number({ error: 'should be a port number, e.g. 3000' })
    .int('should be a whole port number')
    .min(0)
    .max(65535, 'should be a port number up to 65535')
    .default(3000),
  SLACK_API_URL: z
    .url({ error: 'should be a URL such as https://slack.com/api/' })
    .transform((u) => (u.endsWith('/') ? u : `${u}/`))
    .optional(),
  DATABASE_PATH: z.string().min(1, 'should be a file path').default('./data/decisions.db'),
  PRICES_PATH: z.string().min(1, 'should be a file path').optional(),
  DEFAULT_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'should be an IANA time zone such as Europe/Berlin')
    .default('UTC'),
  REMINDER_POLL_SECONDS: z.coerce
    .number({ error: 'should be a number of seconds, e.g. 60' })
    .int('should be a whole number of seconds')
    .min(1, 'should be at least 1')
    .default(60),
  OUTBOX_MAX_ATTEMPTS: z.coerce
    .number({ error: 'should be a number, e.g. 10' })
    .int('should be a whole number')
    .min(1, 'should be at least 1')
    .default(10),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `should be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
});

export type Config = z.infer<typeof Env>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot start: fix these settings\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * The Slack variables present, even empty ones. None at all means nobody tried to connect
 * Slack, so `npm start` runs the playground; any one of them means start-up stays strict.
 */
export const slackSettingsOf = (env: NodeJS.ProcessEnv): string[] =>
  Object.keys(env).filter((name) => name.startsWith('SLACK_') && env[name] !== undefined);

type SecretName = 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'SLACK_SIGNING_SECRET';

/** The values no log line may show: the tokens and the signing secret that are set. */
export const secretsOf = (settings: Partial<Record<SecretName, string | undefined>>): string[] =>
  [settings.SLACK_BOT_TOKEN, settings.SLACK_APP_TOKEN, settings.SLACK_SIGNING_SECRET].filter(
    (s): s is string => Boolean(s),
  );

/** Reads the configuration; the only reader of process.env. Throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = Env.safeParse(blankless);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  if (!blankless.SLACK_APP_TOKEN && !blankless.SLACK_SIGNING_SECRET) {
    problems.push(
      'SLACK_SIGNING_SECRET is required in HTTP mode (when SLACK_APP_TOKEN is not set): the signing secret from Basic Information',
    );
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  return result.data;
}

/** The provider catalogue at PRICES_PATH, or undefined for the built-in one. Throws ConfigError. */
export function loadPrices(config: Pick<Config, 'PRICES_PATH'>): Catalogue | undefined {
  const path = config.PRICES_PATH;
  if (path === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError([`PRICES_PATH ${path} cannot be read as JSON: ${(e as Error).message}`]);
  }
  const result = Catalogue.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map(
      (i) => `PRICES_PATH ${path}: ${i.path.join('.') || '(file)'} ${i.message}`,
    ),
  );
}
