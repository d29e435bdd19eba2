// The status workflow of an inbox item (pure): nieuw → in behandeling → gematcht / doorverwezen /
// nieuw leernetwerk in opbouw → afgerond, or afgewezen (with a reason). Finished and rejected items
// can be reopened.

export const TRIAGE_STATUSES = ['new', 'in_progress', 'matched', 'referred', 'new_network', 'done', 'rejected'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

const NEXT: Record<TriageStatus, readonly TriageStatus[]> = {
  new: ['in_progress', 'rejected'],
  in_progress: ['matched', 'referred', 'new_network', 'done', 'rejected'],
  matched: ['done', 'in_progress'],
  referred: ['done', 'in_progress'],
  new_network: ['done', 'in_progress'],
  done: ['in_progress'],
  rejected: ['in_progress'],
};

export function nextStatuses(from: TriageStatus): readonly TriageStatus[] {
  return NEXT[from];
}

export function canMoveTo(from: TriageStatus, to: TriageStatus): boolean {
  return NEXT[from].includes(to);
}

/** Statuses that need a reason (afgewezen). */
export function needsReason(status: TriageStatus): boolean {
  return status === 'rejected';
}
