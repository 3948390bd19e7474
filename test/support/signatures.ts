/**
 * Tripartite sign-off for tests: a project plan or final evaluation submitted counts as
 * submitted only when the municipality's management, union representative and elected
 * official have signed it (POST /reports/{id}/signatures). `signAll` signs for all three, each
 * a person of the municipality with that role, and answers the last response (the report, submitted).
 */
import type { LocalStack } from '../../local/stack.ts';
import type { ApiResponse } from './api-client.ts';
import { personToken } from './people.ts';
import type { MunicipalRole } from '../../shared/platform/auth/principal.ts';

export const SIGNATORIES = ['management', 'union-representative', 'elected-official'] as const satisfies readonly MunicipalRole[];

type Api = (path: string, init?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }) => Promise<ApiResponse>;

/** A token of a person of `municipality` holding `role` (and only it). */
export const signatoryToken = (stack: Pick<LocalStack, 'tableName' | 'issuer'>, municipality: string, role: (typeof SIGNATORIES)[number], name = `Signatar ${role} ${municipality}`) =>
  personToken(stack, { municipality, roles: [role], name });

/** Signs the report for the three parties, one after the other; throws unless each signature is 200. */
/** `headers` go on every signature (an x-correlation-id: the third's is ReportSubmitted's). */
export async function signAll(stack: Pick<LocalStack, 'tableName' | 'issuer'>, api: Api, reportId: string, municipality: string, headers: Record<string, string> = {}): Promise<ApiResponse> {
  let last: ApiResponse | undefined;
  for (const role of SIGNATORIES) {
    last = await api(`/reports/${reportId}/signatures`, { method: 'POST', token: await signatoryToken(stack, municipality, role), body: { role }, headers });
    if (last.status !== 200) throw new Error(`Signing ${reportId} as ${role}: ${last.status} ${JSON.stringify(last.json)}`);
  }
  return last!;
}
