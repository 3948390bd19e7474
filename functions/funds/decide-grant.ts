import { BudgetLineExceeded, decide, fundsRepository, nok } from '#shared/funds/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { HttpProblem } from '#shared/platform/http/problems.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { decideGrant } from '#shared/funds/routes.ts';

/**
 * POST /grants/{id}/decision: the secretariat grants (at most the amount requested; 0
 * declines). The grant, its budget line's and cohort's counters and GrantDecided are one
 * transaction, conditional on the line having the amount left: when it has not, 409 with what
 * is left (in øre, and in kroner for people).
 */
export const handler = idempotentHttpHandler(decideGrant, async ({ params, body, principal, correlationId }) => {
  const funds = fundsRepository();
  const grant = await funds.visibleGrant(principal, params.id);
  const decided = decide(grant.value, body, { by: principal!.subject, correlationId, now: new Date() });
  try {
    await funds.decide({ value: decided.state, version: grant.version }, decided.events);
  } catch (error) {
    if (!(error instanceof BudgetLineExceeded)) throw error;
    throw new HttpProblem(
      409,
      'budget-line-exceeded',
      'Not enough left on the budget line',
      `The ${error.line} line of ${error.year} has ${error.remaining} øre (${nok(error.remaining)}) left; ${error.requested} øre (${nok(error.requested)}) cannot be granted from it`,
      undefined,
      {},
      { remainder: { year: error.year, line: error.line, ore: error.remaining, nok: nok(error.remaining), requestedOre: error.requested } },
    );
  }
  return json(200, decided.state);
});
