// Two app processes on different ports, one database, no sticky routing: a team session made on one
// works on the other, a per-address rate limit counts requests to both, wizard saves from both meet
// the plan's optimistic lock (one saves, the other is told of the conflict; nothing is overwritten),
// and a mail job runs once (every mail reaches the SMTP server once, both job runners running).
import type { Db } from '@/lib/db/client';
import { createTeamMember } from '@/lib/team/create-team-member';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';
import type { AppProcess, Checks } from './load-tools';
import { pollFor } from './load-tools';
import { newMarker, submitOnce } from './submissions';

export interface TwoInstances {
  first: AppProcess;
  second: AppProcess;
  prisma: Db;
  runId: string;
  requestDelivery(): Promise<void>;
  deliveredIds(): Map<string, number>;
}

/** name=value pairs of Set-Cookie headers, as a Cookie header. */
function cookiesOf(response: Response, earlier = ''): string {
  const jar = new Map(earlier.split('; ').filter(Boolean).map((pair) => [pair.split('=')[0]!, pair] as const));
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0]!;
    jar.set(pair.split('=')[0]!, pair);
  }
  return [...jar.values()].join('; ');
}

/** Signs in through next-auth's credentials form on one instance; the session cookie. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookie = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: baseUrl, 'x-forwarded-for': '10.251.0.1' },
    body: new URLSearchParams({ csrfToken, email, password, totp: '', callbackUrl: `${baseUrl}/beheer`, json: 'true' }),
  });
  await response.arrayBuffer();
  cookie = cookiesOf(response, cookie);
  if (!/session-token=/.test(cookie)) throw new Error(`no session cookie after signing in (status ${response.status})`);
  return cookie;
}

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
}

/**
 * The wizard's step form as a browser without JavaScript would send it: its hidden fields (the
 * server action's reference, token, step, version, form token) and the given answers.
 */
async function stepForm(baseUrl: string, pagePath: string): Promise<{ fields: [string, string][]; version: number }> {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text();
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/g;
  for (const match of html.matchAll(form)) {
    if (!/name="version"/.test(match[0])) continue;
    const fields: [string, string][] = [];
    for (const input of match[0].matchAll(/<input\b[^>]*>/g)) {
      const tag = input[0];
      const name = attribute(tag, 'name');
      const type = attribute(tag, 'type') ?? 'text';
      if (!name || (type !== 'hidden' && type !== 'text')) continue;
      fields.push([name, attribute(tag, 'value') ?? '']);
    }
    const version = Number(fields.find(([name]) => name === 'version')?.[1]);
    return { fields, version };
  }
  throw new Error(`no step form on ${pagePath}`);
}

async function saveStep(baseUrl: string, pagePath: string, fields: [string, string][], title: string): Promise<{ status: number; conflict: boolean }> {
  const body = new FormData();
  for (const [name, value] of fields) if (name !== 'title' && name !== 'goto') body.append(name, value);
  body.append('title', title);
  body.append('goto', 'next');
  const response = await fetch(`${baseUrl}${pagePath}`, { method: 'POST', redirect: 'manual', headers: { origin: baseUrl, 'x-forwarded-for': '10.252.0.1' }, body });
  const html = await response.text();
  return { status: response.status, conflict: response.status === 200 && /conflict|tegelijk|intussen|ondertussen/i.test(html) };
}

export async function checkTwoInstances(checks: Checks, setup: TwoInstances): Promise<void> {
  const { first, second, prisma, runId } = setup;
  console.log('\nTwo instances on one database …');
  await checks.step('instances: a second instance starts on the same database with the same AUTH_SECRET', async () => {
    await second.start();
    return `${first.baseUrl} and ${second.baseUrl}`;
  });
  if (!second.running) return;

  await checks.step('instances: a team session made on one works on the other', async () => {
    const email = `coordinator-${runId}@example.nl`;
    const password = `Lang-en-sterk-wachtwoord-${runId}`;
    await createTeamMember(prisma, { email, role: 'coordinator', password, name: 'Coördinator Load' }, { actorLabel: 'cli' });
    const cookie = await signIn(first.baseUrl, email, password);
    const without = await fetch(`${second.baseUrl}/beheer`, { redirect: 'manual' });
    await without.arrayBuffer();
    if (without.status === 200) throw new Error('/beheer answers 200 without a session: the check proves nothing');
    const withCookie = await fetch(`${second.baseUrl}/beheer`, { redirect: 'manual', headers: { cookie } });
    await withCookie.arrayBuffer();
    if (withCookie.status !== 200) throw new Error(`the other instance answers ${withCookie.status} (${withCookie.headers.get('location') ?? ''})`);
    return `/beheer on the second: ${without.status} without, 200 with the first's cookie`;
  });

  await checks.step('instances: a rate limit counts requests to both', async () => {
    const address = '10.253.0.7';
    const statuses: number[] = [];
    // The contact form takes 5 per address per 10 minutes: 5 alternating, then the 6th on either is 429.
    for (let index = 0; index < 6; index++) {
      const app = index % 2 === 0 ? first : second;
      statuses.push(await submitOnce(app.baseUrl, 'contact', newMarker(runId), { address }));
    }
    if (statuses.slice(0, 5).some((status) => status !== 201) || statuses[5] !== 429) throw new Error(`statuses ${statuses.join(', ')}`);
    return statuses.join(', ');
  });

  await checks.step('instances: wizard saves from both meet the optimistic lock (one saves, one conflict, no lost update)', async () => {
    const plan = await startNetworkPlan(prisma, { route: 'light' }, { ip: '10.254.0.1', locale: 'nl', appUrl: first.baseUrl, idempotencyKey: null });
    if (plan.kind !== 'ok' || !plan.value) throw new Error(`no plan (${plan.kind})`);
    const pagePath = `/leernetwerk-opzetten/plan/${plan.value.token}/stap/1`;
    const onFirst = await stepForm(first.baseUrl, pagePath);
    const onSecond = await stepForm(second.baseUrl, pagePath);
    if (onFirst.version !== onSecond.version) throw new Error('the two instances show different versions');
    const [a, b] = await Promise.all([
      saveStep(first.baseUrl, pagePath, onFirst.fields, `Plan van de eerste ${runId}`),
      saveStep(second.baseUrl, pagePath, onSecond.fields, `Plan van de tweede ${runId}`),
    ]);
    const saved = [a, b].filter((outcome) => outcome.status === 303);
    const conflicts = [a, b].filter((outcome) => outcome.conflict);
    const stored = await prisma.networkPlan.findFirstOrThrow({ where: { id: plan.value.id }, select: { version: true, title: true } });
    if (saved.length !== 1 || conflicts.length !== 1) throw new Error(`answers ${a.status}${a.conflict ? ' (conflict)' : ''} and ${b.status}${b.conflict ? ' (conflict)' : ''}`);
    const winner = a.status === 303 ? `Plan van de eerste ${runId}` : `Plan van de tweede ${runId}`;
    if (stored.version !== onFirst.version + 1 || stored.title !== winner) throw new Error(`stored version ${stored.version}, title ${stored.title}`);
    // The loser saves again on the version it was shown with the conflict: now it lands.
    const retry = await stepForm(a.status === 303 ? second.baseUrl : first.baseUrl, pagePath);
    const again = await saveStep(a.status === 303 ? second.baseUrl : first.baseUrl, pagePath, retry.fields, `Samen ${runId}`);
    const final = await prisma.networkPlan.findFirstOrThrow({ where: { id: plan.value.id }, select: { version: true, title: true } });
    if (again.status !== 303 || final.version !== onFirst.version + 2 || final.title !== `Samen ${runId}`) throw new Error(`the second save after the conflict: ${again.status}, version ${final.version}`);
    return `version ${onFirst.version} → ${final.version}`;
  });

  await checks.step('instances: with both job runners running, each mail is delivered once', async () => {
    const markers = Array.from({ length: 8 }, () => newMarker(runId));
    for (const [index, marker] of markers.entries()) {
      const status = await submitOnce((index % 2 === 0 ? first : second).baseUrl, 'contact', marker);
      if (status !== 201) throw new Error(`submission answered ${status}`);
    }
    const mails = await prisma.outboundEmail.findMany({ where: { to: { in: markers.map((marker) => `${marker}@example.nl`) } }, select: { id: true } });
    await pollFor(
      'the eight confirmations at the SMTP server',
      async () => {
        const delivered = setup.deliveredIds();
        if (mails.every((mail) => delivered.has(mail.id))) return true;
        await setup.requestDelivery();
        return undefined;
      },
      120_000,
      2000,
    );
    const delivered = setup.deliveredIds();
    const twice = mails.filter((mail) => delivered.get(mail.id) !== 1);
    if (mails.length !== 8 || twice.length) throw new Error(`${mails.length} mails, ${twice.length} not delivered exactly once`);
    return `${mails.length} mails, each once`;
  });
}
