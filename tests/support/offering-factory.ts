// Builds valid offering records in the import format; tests change only what they are about.
import type { OfferingRecordInput } from '@/lib/catalogue/offering-record';

let counter = 0;

export function offeringRecord(overrides: Partial<OfferingRecordInput> & Record<string, unknown> = {}): OfferingRecordInput {
  counter += 1;
  return {
    slug: `testaanbod-${Date.now().toString(36)}-${counter}`,
    title: `Leernetwerk wijkaanpak ${counter}`,
    summary: 'Professionals en bewoners leren samen hoe de wijkaanpak beter kan.',
    themes: ['area-based-liveability-safety'],
    learningForm: 'community-of-practice',
    scales: ['regional'],
    targetGroups: ['professionals'],
    openToJoin: true,
    ...overrides,
  } as OfferingRecordInput;
}
