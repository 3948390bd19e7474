/**
 * Seeds the municipality register of the programme period into a deployed table (AWS
 * credentials and region from the usual AWS environment). The local stack seeds itself.
 *
 *   npm run seed -- --table <TableName output of the stack>
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { table: { type: 'string' } } });
if (!values.table) {
  console.error('Usage: npm run seed -- --table <table name> (see the TableName output of the deployed stack)');
  process.exit(2);
}
const { seedMunicipalities } = await import('../seed/seed.ts');
const count = await seedMunicipalities(values.table, (line) => console.log(line));
console.log(`Seeded ${count} municipalities into ${values.table} (Kilde: Statistisk sentralbyrå).`);
