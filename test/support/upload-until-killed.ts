/**
 * A child process for the kill test (test/integration/atomic-uploads.test.ts): runs one bulk
 * upload, and after its n-th write request has landed tells the parent and waits to be killed
 * (SIGKILL: no error path, no release of its claim, as when a Lambda's sandbox dies).
 * Arguments: table, quarter, n, municipality numbers (comma separated).
 */
import { dynamoDbClient } from '../../shared/platform/dynamodb/client.ts';
import { AbsenceRepository, acceptUpload } from '../../shared/absence/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';

const [tableName, quarter, killAfter, numbers] = process.argv.slice(2) as [string, string, string, string];
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);
let written = 0;
dynamoDbClient.middlewareStack.add(
  (next, ctx) => async (args) => {
    const result = await next(args);
    if (WRITES.has(ctx.commandName ?? '') && ++written === Number(killAfter)) {
      process.send?.('stopped');
      await new Promise(() => {});
    }
    return result;
  },
  { step: 'initialize', name: 'stopForKill' },
);

const rows = numbers.split(',').map((municipalityNumber, i) => ({ municipalityNumber, period: quarter, lostDays: 70 + (i % 7), agreedDays: 1000 }));
// A short deadline, so the claim's lease (deadline + margin) ends soon after the kill; no commit
// reserve, or the upload would (rightly) refuse to start with 1 s left.
await acceptUpload(new AbsenceRepository(new Table(tableName)), rows, { uploadedBy: 'killed', correlationId: 'kill', remainingTimeMs: () => 1_000, commitReserveMs: 0 });
process.exit(3);
