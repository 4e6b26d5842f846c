import { type AssessOptions, assess, TaskProfile } from '../engine/index.js';
import { describeIssues } from './profile-errors.js';

/**
 * One profile a line in, one Assessment a line out. A bad line gives
 * {"line": N, "errors": [...]} and the rest are still assessed. Waits for the output to
 * drain, so a large batch never floods the pipe. Returns whether every line was valid.
 */
export async function assessLines(
  text: string,
  options: AssessOptions,
  write: (s: string) => Promise<void>,
): Promise<boolean> {
  let ok = true;
  let out = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    let errors: string[];
    try {
      const raw = JSON.parse(line);
      const parsed = TaskProfile.safeParse(raw);
      if (parsed.success) {
        out += `${JSON.stringify(assess(raw, options))}\n`;
        errors = [];
      } else errors = describeIssues(parsed.error);
    } catch (e) {
      errors = [`not valid JSON: ${(e as Error).message}`];
    }
    if (errors.length > 0) {
      ok = false;
      out += `${JSON.stringify({ line: i + 1, errors })}\n`;
    }
    if (out.length > 1 << 16) {
      await write(out);
      out = '';
    }
  }
  if (out) await write(out);
  return ok;
}
