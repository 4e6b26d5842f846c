import { type Logger, LogLevel } from '@slack/bolt';

const TOKEN = /\b(xox[abposr]|xapp)-[A-Za-z0-9-]+/g;
const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Removes Slack tokens and the given secrets from a log line. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN, '$1-[redacted]');
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join('[redacted]');
  return out;
}

// Errors from HTTP clients can carry request headers (and so the bot token) in nested
// fields, so an Error is logged by its name, code, message, Slack error and stack only.
function describe(value: unknown): string {
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; data?: { error?: unknown } };
    const slack = e.data?.error ? ` (${String(e.data.error)})` : '';
    const code = e.code ? ` [${String(e.code)}]` : '';
    return `${e.stack ?? `${e.name}: ${e.message}`}${code}${slack}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** A Bolt logger that writes to stderr and never prints a token or secret. */
export function createLogger(
  level: LogLevel,
  secrets: readonly string[],
  write: (line: string) => void = (line) => {
    process.stderr.write(line);
  },
): Logger {
  let current = level;
  let name = 'finetune-or-prompt';
  const log =
    (at: LogLevel) =>
    (...msg: unknown[]) => {
      if (ORDER.indexOf(at) < ORDER.indexOf(current)) return;
      write(
        `${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${redact(msg.map(describe).join(' '), secrets)}\n`,
      );
    };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      name = n;
    },
  };
}
