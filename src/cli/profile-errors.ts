import type { z } from 'zod';

/** One line per bad field: the field's path and what is allowed there. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${key}: unknown field`);
    }
    const path = issue.path.length > 0 ? issue.path.join('.') : '(profile)';
    return [`${path}: ${issue.message}`];
  });
}
