/**
 * Assessment before decision: the secretariat assesses each application against the programme's
 * mandatory elements and recommends; the steering group decides. The lists here are the source
 * of the wire enums (assessment-contract.ts). Pure data.
 */

/**
 * What every application must hold (docs/domain.md, "Application"): the municipality's focus
 * areas, how it means to work and its own goals; the obligatory sick-leave target; tripartite
 * representation in its local steering; the political decision anchoring it; and the work within
 * the municipality's own budget.
 */
export const MANDATORY_ELEMENTS = ['focus-areas', 'approach', 'own-goals', 'sick-leave-target', 'tripartite-representation', 'political-decision', 'own-budget'] as const;
export type MandatoryElement = (typeof MANDATORY_ELEMENTS)[number];

export const RECOMMENDATIONS = ['admit', 'reject'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** The outcome that follows a recommendation. */
export const OUTCOME_OF: Record<Recommendation, 'admitted' | 'rejected'> = { admit: 'admitted', reject: 'rejected' };

/**
 * The items one decision writes in a transaction: the application and its guard item, and
 * ApplicationDecided's outbox item; an admission also the participant and MunicipalityAdmitted's.
 */
export const TRANSACTION_ITEMS_PER_DECISION = { admitted: 5, rejected: 3 } as const;
/** The meeting's own items: the meeting and SteeringGroupMeetingHeld's outbox item. */
export const TRANSACTION_ITEMS_PER_MEETING = 2;
