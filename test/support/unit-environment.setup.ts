/** Unit tests touch no AWS service; handler modules only need their configuration to load. */
import { shippedRateLimits } from '../../shared/platform/http/rate-limits.ts';

process.env.TABLE_NAME ??= 'unit-tests-use-no-table';
process.env.AWS_REGION ??= 'eu-north-1';
// The per-caller limit counts in DynamoDB; unit tests of the middleware give it a counter of their own.
process.env.RATE_LIMITS ??= JSON.stringify({ ...shippedRateLimits(), enabled: false });
