// An offering as the catalogue lists it: in a result list, the open-data API's items and the CSV.
/** One offering in a result list and in the open-data API. */
export interface OfferingSummary {
  slug: string;
  title: string;
  summary: string;
  provider: string | null;
  themes: string[];
  learningForm: string;
  intensity: string;
  scales: string[];
  provinces: string[];
  targetGroups: string[];
  levels: string[];
  disciplinarity: string | null;
  openToJoin: boolean;
  sectors: string[];
  sectorScope: string | null;
  capacity: number | null;
  participants: number | null;
  startDate: string | null;
  publishedAt: string | null;
  /** A seeded example network whose current state nobody has checked yet: not presented as open to join. */
  needsVerification: boolean;
  /** When the team last checked that the offering's facts hold (ISO), if ever. */
  lastVerifiedAt: string | null;
}
