import { MunicipalitiesRepository } from '#shared/municipalities/index.ts';
import { Table } from '#shared/platform/dynamodb/table.ts';
import { programmePeriodMunicipalities } from './reference-municipalities.ts';

/** Writes the programme period's municipalities into a new table; returns how many. */
export async function seedMunicipalities(tableName: string, log: (line: string) => void): Promise<number> {
  const municipalities = programmePeriodMunicipalities();
  let reported = 0;
  await new MunicipalitiesRepository(new Table(tableName)).putAll(municipalities, (written, total) => {
    if (written - reported >= 100 || written === total) {
      log(`seeding municipalities: ${written}/${total}`);
      reported = written;
    }
  });
  return municipalities.length;
}
