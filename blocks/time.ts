import { formatDistanceStrict } from 'date-fns';

/** "3 days ago", and the absolute time Slack renders in the reader's own time zone. */
export function when(at: Date, now: Date): string {
  const unix = Math.floor(at.getTime() / 1000);
  const relative = formatDistanceStrict(at, now, { addSuffix: true });
  return `${relative} (<!date^${unix}^{date_short_pretty} {time}|${at.toISOString().slice(0, 16).replace('T', ' ')} UTC>)`;
}
