// "Older than five working days without a first response": the moment five working days (Monday to
// Friday) before now. Pure; public holidays are not counted separately.

export const RESPONSE_DEADLINE_WORKING_DAYS = 5;

/** The instant `days` working days before `now`; an item created before it is overdue. */
export function workingDaysBefore(now: Date, days: number): Date {
  const result = new Date(now);
  let remaining = days;
  while (remaining > 0) {
    result.setUTCDate(result.getUTCDate() - 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return result;
}

export function isOverdue(createdAt: Date, firstResponseAt: Date | null, now: Date): boolean {
  return firstResponseAt === null && createdAt < workingDaysBefore(now, RESPONSE_DEADLINE_WORKING_DAYS);
}
