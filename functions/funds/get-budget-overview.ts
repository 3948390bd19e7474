import { budgetOverview, fundsRepository } from '#shared/funds/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getBudgetOverview } from '#shared/funds/routes.ts';

/** GET /overview/budget?year=: per line budget, granted, paid and remaining; per cohort granted, paid and unpaid (one query of the year's partition). */
export const handler = httpHandler(getBudgetOverview, async ({ query }) => {
  const { lines, cohorts } = await fundsRepository().overviewOf(query.year);
  return json(200, budgetOverview(query.year, lines, cohorts));
});
