import { db } from '@/lib/db/client';
import { guardedRoute, readRoute } from '@/lib/http/guard-request';
import { deleteNetworkPlan } from '@/lib/privacy/delete-network-plan';
import { exportNetworkPlan } from '@/lib/privacy/export-network-plan';
import { deletionResponse, personalDataDownload } from '@/lib/privacy/personal-data-responses';

const WHAT = { nl: 'Plan', en: 'Plan' };

/** GET /api/netwerkplannen/<token>: everything stored with the plan, as a JSON download. */
export const GET = readRoute(async (_request: Request, { params }: RouteContext<'/api/netwerkplannen/[token]'>) => {
  const { token } = await params;
  return personalDataDownload(await exportNetworkPlan(db(), token), 'plan-gegevens.json', WHAT);
});

/** DELETE /api/netwerkplannen/<token>: the plan, its support requests and every trace of the people in them (204). */
export const DELETE = guardedRoute(async (_request: Request, { params }: RouteContext<'/api/netwerkplannen/[token]'>) => {
  const { token } = await params;
  return deletionResponse(await deleteNetworkPlan(db(), token), WHAT);
});
