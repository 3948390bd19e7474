/** Stimulus funds, the public runtime entry: what the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { FundsRepository, fundsRepository, BudgetLineExceeded, type StoredBudget } from './repository.ts';
export { defaultBudget, DEFAULT_BUDGET_SOURCE } from './default-budget.ts';
export { grantDecisionLetter } from './emails.ts';
