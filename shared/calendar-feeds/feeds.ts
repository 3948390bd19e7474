/**
 * What a feed shows, read at each request: the owner as the access directory resolves it now,
 * the scope's facts for the access rule (model.ts mayReadScope), and the gatherings and report
 * due dates of the scope. A feed whose owner is no longer active, or may no longer read its
 * scope (an advisor moved to another network, a person whose roles changed), shows nothing.
 */
import { participantsRepository } from '../applications/index.ts';
import { cohortsRepository } from '../cohorts/index.ts';
import { gatheringsRepository, type GatheringRecord } from '../gatherings/index.ts';
import { municipalitiesRepository } from '../municipalities/index.ts';
import { networksRepository } from '../networks/index.ts';
import { reportsRepository } from '../reports/index.ts';
import { accessDirectory, AccessRefused } from '../platform/auth/directory.ts';
import { UnrecognisedPrincipalError, type Principal } from '../platform/auth/principal.ts';
import { languageFor } from '../platform/written-standard.ts';
import type { ResolvedScope } from './commands.ts';
import type { FeedReport, FeedLanguage } from './ical.ts';
import { mayReadScope, type CalendarFeed, type FeedScope } from './model.ts';

/**
 * The scope's facts, name and (for a network) cohort, as the principal sees them. A network is
 * found by its id alone when the cohort is not known (creating a feed: one Query of the
 * networks' index), by its key when it is (every read).
 */
export async function resolveScope(principal: Principal, scope: FeedScope, scopeId: string, cohortId?: string): Promise<ResolvedScope> {
  if (scope === 'cohort') {
    const cohort = await cohortsRepository().get(scopeId);
    if (!cohort) return { facts: {}, name: undefined };
    const [networks, participant] = await Promise.all([
      networksRepository().ofCohort(scopeId),
      principal.kind === 'person' ? participantsRepository().get(scopeId, principal.municipalityNumber) : Promise.resolve(undefined),
    ]);
    return { facts: { cohort: { advisorIds: networks.map((n) => n.value.advisor.personId), participates: participant !== undefined } }, name: cohort.value.name };
  }
  if (scope === 'network') {
    const network = cohortId ? await networksRepository().get(cohortId, scopeId) : (await networksRepository().all()).find((n) => n.id === scopeId);
    if (!network) return { facts: {}, name: undefined };
    return { facts: { network: { advisorId: network.advisor.personId, members: network.members.map((m) => m.municipalityNumber) } }, name: network.name, cohortId: network.cohortId };
  }
  const municipality = await municipalitiesRepository().get(scopeId);
  return municipality ? { facts: { municipality: { number: municipality.number } }, name: municipality.name } : { facts: {}, name: undefined };
}

/** The feed's owner as of now, or undefined when its login no longer grants anything (deactivated, gone). */
export async function ownerNow(feed: CalendarFeed): Promise<Principal | undefined> {
  try {
    return await accessDirectory().principalOf({ sub: feed.ownerSubject });
  } catch (error) {
    if (error instanceof AccessRefused || error instanceof UnrecognisedPrincipalError) return undefined;
    throw error;
  }
}

export interface FeedContent {
  readonly name: string;
  readonly language: FeedLanguage;
  readonly gatherings: readonly GatheringRecord[];
  readonly reports: readonly FeedReport[];
}

/** What the feed shows now, or undefined when its owner may no longer read its scope. */
export async function feedContent(feed: CalendarFeed): Promise<FeedContent | undefined> {
  const owner = await ownerNow(feed);
  if (!owner) return undefined;
  const scope = await resolveScope(owner, feed.scope, feed.scopeId, feed.cohortId);
  if (!scope.name || !mayReadScope(owner, feed.scope, scope.facts)) return undefined;
  const gatherings = gatheringsRepository();
  if (feed.scope === 'cohort') return { name: scope.name, language: 'nb', gatherings: await gatherings.ofCohort(feed.scopeId), reports: [] };
  if (feed.scope === 'network') {
    // A network's members are expected at its own gatherings and at its cohort's.
    const [own, ofCohort] = await Promise.all([gatherings.ofNetwork(feed.scopeId), scope.cohortId ? gatherings.ofCohort(scope.cohortId) : Promise.resolve([])]);
    return { name: scope.name, language: 'nb', gatherings: [...own, ...ofCohort], reports: [] };
  }
  return municipalityContent(feed.scopeId, scope.name);
}

/** A municipality's calendar: the gatherings of every cohort it takes part in and of its networks there, and its report due dates. */
async function municipalityContent(number: string, name: string): Promise<FeedContent> {
  const [participation, municipality] = await Promise.all([participantsRepository().participationOf(number), municipalitiesRepository().get(number)]);
  const gatherings = gatheringsRepository();
  const perCohort = await Promise.all(
    participation.map(async (p) => {
      const [ofCohort, ofNetwork, reports] = await Promise.all([
        gatherings.ofCohort(p.cohortId),
        p.networkId ? gatherings.ofNetwork(p.networkId) : Promise.resolve([]),
        reportsRepository().ofCohort(p.cohortId, number),
      ]);
      return { gatherings: [...ofCohort, ...ofNetwork], reports };
    }),
  );
  return {
    name,
    language: municipality ? languageFor(municipality.writtenStandard) : 'nb',
    gatherings: perCohort.flatMap((c) => c.gatherings),
    reports: perCohort.flatMap((c) => c.reports.map(({ id, title, cohortName, dueDate, history }) => ({ id, title, cohortName, dueDate, history }))),
  };
}
