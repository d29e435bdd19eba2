// The controlled vocabularies of the knowledge base (kennisbank) and of connected networks. Labels
// live in the message files (namespace "KnowledgeBase"); these are the stored values.

/** Kinds of knowledge product, as the advice and the sources name them. */
export const KNOWLEDGE_KINDS = ['practice-example', 'guide', 'report', 'tool', 'video-podcast', 'meeting-results'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export const KNOWLEDGE_LANGUAGES = ['nl', 'en'] as const;

export const KNOWLEDGE_STATUSES = ['draft', 'submitted', 'published', 'archived'] as const;

/**
 * The fields of a practice example, after NJi's checklist for good practices: the problem, for whom,
 * what was done, what it delivered, what was learned, what it needs to work elsewhere, whom to contact.
 */
export const PRACTICE_FIELDS = [
  'practiceProblem',
  'practiceAudience',
  'practiceApproach',
  'practiceResults',
  'practiceLessons',
  'practiceConditions',
  'practiceContact',
] as const;
export type PracticeField = (typeof PRACTICE_FIELDS)[number];

/** Why the team connects one network (offering) to another (function 4 of the advice). */
export const CONNECTION_KINDS = ['same-question-other-region', 'vertical-partner', 'knowledge-partner'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];
