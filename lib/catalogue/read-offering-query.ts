// Parses the catalogue query of a request (API, CSV) with the one schema.
import { offeringQuerySchema, readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';

export function parseOfferingQuery(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  return offeringQuerySchema.safeParse(readOfferingQueryParams(params), PARSE_OPTIONS);
}
