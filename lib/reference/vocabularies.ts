// The controlled vocabularies of the public contract (import, open-data API, matchmaking).
// Labels live in the message files (namespace "vocab"); these are the stored values.

export const SCALES = ['local', 'regional', 'national', 'organisation'] as const;
export type Scale = (typeof SCALES)[number];

/** Scales a learning question can ask for (organisation level is outside the learning network's scope). */
export const QUESTION_SCALES = ['local', 'regional', 'national'] as const;
export type QuestionScale = (typeof QUESTION_SCALES)[number];

export const LEARNING_LEVELS = ['horizontal', 'vertical'] as const;
export type LearningLevel = (typeof LEARNING_LEVELS)[number];

export const DISCIPLINARITIES = ['mono', 'multi', 'inter'] as const;
export type Disciplinarity = (typeof DISCIPLINARITIES)[number];

export const TARGET_GROUPS = [
  'policy-makers',
  'professionals',
  'residents',
  'administrators',
  'researchers',
  'educators',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const PROVINCES = [
  'groningen',
  'friesland',
  'drenthe',
  'overijssel',
  'flevoland',
  'gelderland',
  'utrecht',
  'noord-holland',
  'zuid-holland',
  'zeeland',
  'noord-brabant',
  'limburg',
] as const;
export type Province = (typeof PROVINCES)[number];

/** Intensity follows the learning form's group in the menukaart. */
export const INTENSITIES = ['light', 'intensive', 'system'] as const;
export type Intensity = (typeof INTENSITIES)[number];

export const LEARNING_GOALS = [
  'inspiration',
  'reflection',
  'improvement',
  'innovation',
  'research',
  'system-change',
] as const;
export type LearningGoal = (typeof LEARNING_GOALS)[number];

export const VERDICTS = ['join-existing', 'parallel-network', 'new-network'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const OFFERING_STATUSES = ['draft', 'submitted', 'published', 'archived'] as const;
export type OfferingStatusValue = (typeof OFFERING_STATUSES)[number];

/** Sectors an offering learns in (and a learning question wants to learn with). */
export const SECTORS = [
  'care',
  'welfare',
  'housing',
  'safety',
  'education',
  'youth',
  'work-income',
  'government',
  'health',
  'research',
  'residents-initiatives',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Sectoral (one sector) or intersectoral (several): check question 2, from an offering's sectors. */
export const SECTOR_SCOPES = ['sectoral', 'intersectoral'] as const;
export type SectorScope = (typeof SECTOR_SCOPES)[number];
