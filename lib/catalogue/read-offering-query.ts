// Parses the catalogue query of a request (API, CSV) with the one schema.
import { offeringQuerySchema, readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { parseInput } from '@/lib/validation/parse-input';

export function parseOfferingQuery(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  return parseInput(offeringQuerySchema, readOfferingQueryParams(params));
}
