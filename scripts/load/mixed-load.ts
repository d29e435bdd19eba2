// The mixed load: one autocannon per route, side by side, for the same time: catalogue pages,
// /api/offerings with varied filters, POST /api/match, and the three JSON submissions (each with
// its own marker and Idempotency-Key; every fifth one is sent again with the same key, as a client
// that retries). Every answer is recorded with its time, so the outage window can be told apart.
import autocannon, { type AutocannonRequest, type Instance } from 'autocannon';
import { RouteFigures } from './load-tools';
import { newMarker, SUBMISSION_PATHS, submissionBody, submissionHeaders, type SubmissionKind } from './submissions';

export interface SubmissionLedger {
  /** Markers that got a 2xx answer (at least once), per kind. */
  accepted: Record<SubmissionKind, Set<string>>;
  /** Markers that got 503 and never a 2xx. */
  refused: Record<SubmissionKind, Set<string>>;
}

export function emptyLedger(): SubmissionLedger {
  const sets = () => ({ contact: new Set<string>(), 'learning-question': new Set<string>(), 'offering-submission': new Set<string>() });
  return { accepted: sets(), refused: sets() };
}

const OFFERING_QUERIES = [
  '',
  '?q=armoede',
  '?q=schuldhulp',
  '?theme=poverty',
  '?scale=local',
  '?q=leerkring&scale=national',
  '?targetGroup=professionals',
  '?page=2',
  '?q=wijkteams&theme=poverty&page=1',
  '?open=true',
];

const CATALOGUE_PAGES = ['/aanbod', '/aanbod?q=armoede', '/aanbod?theme=poverty', '/', '/leervormen', '/en/aanbod'];

const MATCH_BODIES = [
  { question: 'Hoe leren wijkteams van elkaar over armoede?', themes: ['poverty'], targetGroups: ['professionals'], scale: 'national' },
  { question: 'Wij willen intervisie over schuldhulp opzetten', themes: ['poverty'], targetGroups: ['professionals'], scale: 'local' },
  { question: 'Een leerkring over jeugdhulp in de wijk', targetGroups: ['professionals'], scale: 'national' },
];

function cycling(paths: string[], method = 'GET'): AutocannonRequest[] {
  let index = 0;
  return [
    {
      method,
      setupRequest: (request) => {
        const path = paths[index++ % paths.length]!;
        return { ...request, path };
      },
    },
  ];
}

function submissions(kind: SubmissionKind, run: string, ledger: SubmissionLedger): AutocannonRequest[] {
  return [
    {
      method: 'POST',
      path: SUBMISSION_PATHS[kind],
      setupRequest: (request, context) => {
        // Every fifth request repeats the previous one with the same key (a retried POST).
        const count = ((context.count as number | undefined) ?? 0) + 1;
        context.count = count;
        if (count % 5 !== 0 || !context.marker) {
          context.marker = newMarker(run);
          context.address = submissionHeaders('x')['x-forwarded-for'];
        }
        const marker = context.marker as string;
        return { ...request, headers: submissionHeaders(`key-${marker}`, context.address as string), body: JSON.stringify(submissionBody(kind, marker)) };
      },
      onResponse: (status, _body, context) => {
        const marker = context.marker as string;
        if (status >= 200 && status < 300) {
          ledger.accepted[kind].add(marker);
          ledger.refused[kind].delete(marker);
        } else if (status === 503 && !ledger.accepted[kind].has(marker)) ledger.refused[kind].add(marker);
      },
    },
  ];
}

export interface RunningLoad {
  figures: RouteFigures[];
  done: Promise<void>;
  stop(): void;
}

/** Starts the mixed load against baseUrl for `seconds`; `connections` per route. */
export function startMixedLoad(baseUrl: string, seconds: number, run: string, ledger: SubmissionLedger, connections = 2): RunningLoad {
  const routes: { name: string; requests: AutocannonRequest[] }[] = [
    { name: 'GET catalogue pages', requests: cycling(CATALOGUE_PAGES) },
    { name: 'GET /api/offerings (varied filters)', requests: cycling(OFFERING_QUERIES.map((query) => `/api/offerings${query}`)) },
    {
      name: 'POST /api/match',
      requests: [
        {
          method: 'POST',
          path: '/api/match',
          setupRequest: (request, context) => {
            const index = ((context.index as number | undefined) ?? 0) + 1;
            context.index = index;
            return { ...request, headers: submissionHeaders('x'), body: JSON.stringify(MATCH_BODIES[index % MATCH_BODIES.length]) };
          },
        },
      ],
    },
    { name: 'POST /api/contact', requests: submissions('contact', run, ledger) },
    { name: 'POST /api/learning-questions', requests: submissions('learning-question', run, ledger) },
    { name: 'POST /api/offering-submissions', requests: submissions('offering-submission', run, ledger) },
  ];
  const figures: RouteFigures[] = [];
  const instances: Instance[] = [];
  for (const route of routes) {
    const figure = new RouteFigures(route.name);
    figures.push(figure);
    const instance = autocannon({ url: baseUrl, connections, duration: seconds, timeout: 30, requests: route.requests });
    instance.on('response', (_client: unknown, status: number, _bytes: number, latency: number) => figure.record(status, latency));
    instance.on('reqError', () => {
      figure.errors += 1;
    });
    instances.push(instance);
  }
  const done = Promise.all(
    instances.map(
      (instance, index) =>
        new Promise<void>((resolve) =>
          instance.then(
            (result) => {
              figures[index]!.timeouts = result.timeouts;
              resolve();
            },
            () => resolve(),
          ),
        ),
    ),
  ).then(() => undefined);
  return { figures, done, stop: () => instances.forEach((instance) => instance.stop()) };
}
