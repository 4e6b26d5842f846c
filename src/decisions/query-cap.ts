/** The longest `/decisions` query the app reads: a search takes a few words, not a page. */
export const MAX_QUERY_CHARS = 300;

/** The query cut to MAX_QUERY_CHARS (at a space when there is one), and whether it was cut. */
export function capQuery(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_QUERY_CHARS) return { text, cut: false };
  const head = text.slice(0, MAX_QUERY_CHARS);
  const space = head.search(/\s\S*$/);
  return { text: space > 0 ? head.slice(0, space) : head, cut: true };
}

export const QUERY_CUT_NOTICE = `Your query was longer than ${MAX_QUERY_CHARS} characters: only its beginning was used.`;

export const LIST_EXPIRED = {
  response_type: 'ephemeral' as const,
  replace_original: false,
  text: 'This list is out of date: run `/decisions` again.',
};
