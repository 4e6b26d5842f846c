import { TZDate } from '@date-fns/tz';
import { addDays, isWeekend, nextMonday, set } from 'date-fns';
import { FOLLOW_UP_HOUR } from '../domain/index.js';

/**
 * When to ask how it went: `periodDays` after `from`, at 10:00 in the person's time zone,
 * moved to Monday when that is a weekend. Calendar days in that zone, so a DST change in
 * between keeps the 10:00.
 */
export function followUpDue(from: Date, periodDays: number, timeZone: string): Date {
  const local = new TZDate(from.getTime(), timeZone);
  let due = set(addDays(local, periodDays), {
    hours: FOLLOW_UP_HOUR,
    minutes: 0,
    seconds: 0,
    milliseconds: 0,
  });
  if (isWeekend(due)) due = nextMonday(due);
  return new Date(due.getTime());
}
