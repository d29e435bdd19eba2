// Every rate limit of the site, in one place. Fixed windows counted in PostgreSQL, so limits hold
// across restarts and across several app processes.

export const RATE_LIMITS = {
  /** "Zelf leeraanbod bijdragen", per IP. */
  offeringSubmission: { limit: 5, windowSeconds: 60 * 60 },
  /** Proposing a meeting for the agenda, per IP. */
  meetingProposal: { limit: 5, windowSeconds: 60 * 60 },
  /** Contact form, per IP. */
  contactMessage: { limit: 5, windowSeconds: 10 * 60 },
  /** Learning question form, per IP. */
  learningQuestion: { limit: 10, windowSeconds: 60 * 60 },
  /** Stateless matching API, per IP. */
  matchApi: { limit: 120, windowSeconds: 60 },
  /** Starting a new network plan, per IP. */
  networkPlan: { limit: 20, windowSeconds: 60 * 60 },
  /** Saving a step of a network plan, per IP (every step change saves). */
  networkPlanSave: { limit: 600, windowSeconds: 60 * 60 },
  /** Support requests from a plan, per IP. */
  supportRequest: { limit: 5, windowSeconds: 60 * 60 },
  /** Following a catalogue search, per IP. */
  searchSubscription: { limit: 10, windowSeconds: 60 * 60 },
  /** Proposing a knowledge product (with an upload of up to 20 MB), per IP. */
  knowledgeProposal: { limit: 5, windowSeconds: 60 * 60 },
  /** Sign-in attempts per account before each further one waits, longer every time (lib/auth/sign-in-throttle.ts). */
  signInAccount: { limit: 5, windowSeconds: 15 * 60 },
  /** Sign-in attempts per IP before each further one waits (lib/auth/sign-in-throttle.ts). */
  signInIp: { limit: 20, windowSeconds: 15 * 60 },
  /** Choosing a password from an invitation link, per IP (each try hashes a password). */
  invitation: { limit: 10, windowSeconds: 15 * 60 },
} as const satisfies Record<string, { limit: number; windowSeconds: number }>;

export type RateLimitName = keyof typeof RATE_LIMITS;
