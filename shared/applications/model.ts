/**
 * An application's life: a draft is completed and submitted; before a decision the
 * municipality may withdraw it; the secretariat admits or rejects it.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'admitted', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type ApplicationAction = 'update' | 'submit' | 'withdraw' | 'decide';

const ALLOWED: Record<ApplicationAction, readonly ApplicationStatus[]> = {
  update: ['draft'],
  submit: ['draft'],
  withdraw: ['draft', 'submitted'],
  decide: ['submitted'],
};

/** Undefined when allowed; otherwise why not, in words for a problem response. */
export function applicationActionRefusal(status: ApplicationStatus, action: ApplicationAction): string | undefined {
  if (ALLOWED[action].includes(status)) return undefined;
  const what = { update: 'Only a draft can be changed', submit: 'Only a draft can be submitted', withdraw: 'An application can be withdrawn only before the decision', decide: 'Only a submitted application can be decided' }[action];
  return `${what}; this application is ${status}`;
}
