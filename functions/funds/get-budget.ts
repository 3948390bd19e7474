import { budgetView, fundsRepository } from '#shared/funds/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { getBudget } from '#shared/funds/routes.ts';

/** GET /budget/{year}: the year's lines with what is granted, paid and left (the shipped default until the secretariat sets it). */
export const handler = httpHandler(getBudget, async ({ params }) => {
  const budget = await fundsRepository().budget(params.year);
  if (!budget) throw refuse.notFound(`No budget for ${params.year}: PUT /budget/${params.year} sets it`);
  return json(200, budgetView(budget));
});
