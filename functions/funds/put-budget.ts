import { budgetView, fundsRepository } from '#shared/funds/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { putBudget } from '#shared/funds/routes.ts';

/** PUT /budget/{year}: the secretariat sets each line in øre; a line below what is granted from it already is refused (409). */
export const handler = httpHandler(putBudget, async ({ params, body, principal }) => {
  const funds = fundsRepository();
  await funds.setBudget(params.year, body.lines, body.source, principal!.subject, new Date());
  return json(200, budgetView((await funds.budget(params.year))!));
});
