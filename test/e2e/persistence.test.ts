/**
 * `npm start -- --persist`: data, stream position and the dev issuer key survive a restart,
 * and the restarted pipeline neither resends old events nor reseeds the register.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../local/dynamodb-local.ts';
import { startLocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { personToken } from '../support/people.ts';

describe('a persisted local stack', () => {
  it('keeps applications, tokens and the stream position across a restart', { timeout: 90_000 }, async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'kvk-persist-'));
    // The same DynamoDB port both times: SDK clients in this process keep the endpoint they first resolved.
    const dynamoDbPort = await freePort();
    const options = { port: 0, dynamoDbPort, persist: true, stateDir, clock: false, retry: { attempts: 2, initialDelayMs: 20 } } as const;

    const first = await startLocalStack(options);
    let id: string;
    let token: string;
    try {
      expect(first.seededMunicipalities).toBe(432);
      token = await personToken(first, { municipality: '1721' });
      const cohortId = await createOpenCohort(apiClient(() => first.url), await first.issuer.issue({ role: 'secretariat' }));
      const response = await fetch(`${first.url}/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...completeApplication(), cohortId }),
      });
      expect(response.status).toBe(201);
      id = ((await response.json()) as { id: string }).id;
      // The invitation summary to the secretariat, the confirmation code to the project leader (whose receipt waits
      // for it: test/e2e/email-confirmation.test.ts) and the secretariat's notice.
      await eventually(async () => ((await first.mail.list()).length === 3 ? true : undefined), 20_000, 'three emails');
      await first.settled();
    } finally {
      await first.stop();
    }

    const second = await startLocalStack(options);
    try {
      expect(second.seededMunicipalities).toBe(0);
      const read = await fetch(`${second.url}/applications/${id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(read.status).toBe(200);
      // Give the restarted stream reader time to (wrongly) replay old outbox records.
      await second.settled();
      await new Promise((r) => setTimeout(r, 500));
      await second.settled();
      expect(await second.mail.list()).toHaveLength(3);
      expect(second.bus.delivered).toBe(0);
    } finally {
      await second.stop();
    }
  });
});
