/** The disclosure rule in force (runtime: reads configuration; the rule itself is disclosure.ts, pure). */
import { config } from '../platform/config.ts';
import { DEFAULT_MIN_PERSONS, type DisclosureRule } from './disclosure.ts';

/** DISCLOSURE_MIN_PERSONS (CDK context `disclosureMinPersons`), else NAV's 5. */
export function disclosureRule(): DisclosureRule {
  return { minPersons: config.disclosureMinPersons() ?? DEFAULT_MIN_PERSONS };
}
