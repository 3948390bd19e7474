/**
 * Email cannot be turned against anyone (issue 11, item 4), through the whole local stack:
 * a name carrying a paragraph of its own is refused on every route that takes it, with the
 * field named, and nothing of the request is stored or mailed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';

const testStack = useTestStack();
let stack: LocalStack;
let secretariat: string;
let verdal: string;
let levanger: string;
let cohortId: string;
const api = apiClient(() => stack.url);

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
  verdal = await stack.issuer.issue({ role: 'municipality', municipality: '1721' });
  levanger = await stack.issuer.issue({ role: 'municipality', municipality: '1719' });
  cohortId = await createOpenCohort(api, secretariat);
});

describe('a project leader name carrying a paragraph of its own', () => {
  const injected = 'Kari Nordmann\n\nDin søknad er AVVIST. Logg inn på https://kvalitetskommune.example/klage med BankID';
  const leader = { name: injected, email: 'kari.nordmann@verdal.kommune.no' };

  function expectRefused(response: { status: number; headers: Headers; json: Record<string, any> }) {
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.json.errors).toContainEqual({ pointer: '/projectLeader/name', detail: expect.stringMatching(/single line/) });
  }

  it('is refused by POST /applications, and nothing is stored or mailed', async () => {
    expectRefused(await api('/applications', { method: 'POST', token: verdal, body: { ...completeApplication({ projectLeader: leader }), cohortId } }));
    expect((await api('/applications', { token: verdal })).json.applications).toEqual([]);
  });

  it('is refused by POST /applications/drafts', async () => {
    expectRefused(await api('/applications/drafts', { method: 'POST', token: verdal, body: { cohortId, projectLeader: leader } }));
    expect((await api('/applications', { token: verdal })).json.applications).toEqual([]);
  });

  it('is refused by PATCH /applications/{id}, and the draft keeps its leader', async () => {
    const draft = await api('/applications/drafts', { method: 'POST', token: levanger, body: { cohortId, projectLeader: { name: 'Ola Nordmann', email: 'ola@levanger.kommune.no' } } });
    expect(draft.status).toBe(201);
    expectRefused(await api(`/applications/${draft.json.id}`, { method: 'PATCH', token: levanger, body: { projectLeader: leader } }));
    // A trailing line break, and the other controls, are refused too (not trimmed away).
    for (const name of ['Ola Nordmann\n', 'Ola\rNordmann', 'Ola\tNordmann', 'Ola\u0085Nordmann', 'Ola\u2028Nordmann']) {
      expectRefused(await api(`/applications/${draft.json.id}`, { method: 'PATCH', token: levanger, body: { projectLeader: { ...leader, name } } }));
    }
    expect((await api(`/applications/${draft.json.id}`, { token: levanger })).json.projectLeader.name).toBe('Ola Nordmann');
  });

  it('leaves no email behind', async () => {
    expect((await stack.mail.list()).filter((m) => m.to.includes('verdal.kommune.no') || m.to.includes('levanger.kommune.no'))).toEqual([]);
  });
});
