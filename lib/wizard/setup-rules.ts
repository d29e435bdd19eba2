// The numbers of the setup route that the wizard checks while an initiator types: the phases and the
// rules of thumb (prisma/seed/setup-steps.json, from seed 000, NJi and LISO). The form runs these
// checks in the browser too, so they are written out here rather than read from the seed file (which
// would put the whole file with every text in the client bundle); tests/unit/setup-rules.test.ts
// checks that they equal the seed. Change the seed and this file together.

/** The three phases of the full route (fasen): voorbereiding, ontwikkeling en uitvoering, borging en verspreiding. */
export const SETUP_PHASES = [
  { id: 'preparation', number: 1 },
  { id: 'development-execution', number: 2 },
  { id: 'securing-spreading', number: 3 },
] as const;

/** Advised values for the L&V context (seed 000); the alternatives are shown beside them. */
export const RULES_OF_THUMB = {
  /** Step 2: a group of 12 to 20 people. */
  groupSizeMin: 12,
  groupSizeMax: 20,
  /** The light route's own rule of thumb: 5 to 20 people. */
  lightGroupSizeMin: 5,
  lightGroupSizeMax: 20,
  /** Step 5: two or three facilitators. */
  facilitatorCountMin: 2,
  facilitatorCountMax: 3,
  /** Step 8: at least eighteen months, a meeting every six weeks. */
  durationMonths: 18,
  intervalWeeks: 6,
} as const;
