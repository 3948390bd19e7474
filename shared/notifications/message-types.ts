/**
 * The message catalogue: every email the programme sends, declared once as plain data. Each
 * message type (a notification's `template`) names who it goes to, whether it is mandatory, and
 * the preference category a person chooses for it.
 *
 * - Mandatory mail (decisions, escalations, invitations and confirmations, the secretariat's own
 *   notices) is always sent, whatever the recipient's preferences, carries no List-Unsubscribe
 *   header, and says in its last lines that it is mandatory (mail-preferences.ts `mailFooter`).
 * - Optional mail follows the recipient's choice for its category: `immediate` (the default),
 *   `digest` (held and sent as one mail a day) or `off`; it carries RFC 8058 one-click
 *   List-Unsubscribe headers. Over the per-recipient cap it is held for the digest, never lost.
 *
 * Recipients: the roles of a municipality's people (shared/platform/auth/principal.ts), resolved
 * through the people capability (recipients.ts `recipientsByRole`); `official-address` is the
 * municipality's registered contact address (postmottak); `secretariat` the configured address;
 * `advisor` the network's advisor; `typed-address` the one address the mail is about (an
 * address to confirm, the invited person). test/unit/notifications/message-catalogue.test.ts
 * checks that every template the code queues is here; `npm run docs` lists the table in README.
 */
import type { MunicipalRole } from '../platform/auth/principal.ts';

/** Who a message type goes to, besides a municipality's people by role. */
export const OTHER_RECIPIENTS = ['official-address', 'secretariat', 'advisor', 'typed-address'] as const;
export type OtherRecipient = (typeof OTHER_RECIPIENTS)[number];
export type MessageRecipient = MunicipalRole | OtherRecipient;

/** What a person chooses per category of optional mail. New categories are added at the end. */
export const MAIL_CATEGORIES = ['reminders', 'target-status', 'gatherings', 'networks', 'reports', 'figures'] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

/** How a category's optional mail reaches a person; `immediate` when nothing is chosen. */
export const MAIL_DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

export interface MessageType {
  /** What it is, for the docs table. */
  readonly description: string;
  readonly to: readonly MessageRecipient[];
  /** Mandatory mail is sent regardless of preferences and says so; optional mail has a category. */
  readonly mandatory: boolean;
  /** The preference category of optional mail (none for mandatory mail). */
  readonly category?: MailCategory;
}

/** The steering group of a municipality, as the application names its parties. */
const STEERING_GROUP = ['management', 'union-representative', 'elected-official'] as const satisfies readonly MunicipalRole[];

export const MESSAGE_TYPES = {
  'cohort-invitation': { description: 'A cohort opens: invitation to apply', to: ['official-address'], mandatory: true },
  'invitation-summary': { description: 'Invitations sent, and municipalities without a contact address', to: ['secretariat'], mandatory: true },
  'application-window-closing': { description: 'An application window closes soon: to a draft’s project leader, or an invited municipality that has not applied', to: ['project-leader', 'official-address'], mandatory: false, category: 'reminders' },
  'application-receipt': { description: 'Receipt of a submitted application', to: ['project-leader'], mandatory: true },
  'new-application-notice': { description: 'A new application, to the secretariat', to: ['secretariat'], mandatory: true },
  'application-digest': { description: "The morning's list of yesterday's applications", to: ['secretariat'], mandatory: true },
  'decision-letter': { description: 'Admitted or rejected, with the reason', to: ['project-leader', 'management'], mandatory: true },
  'email-address-confirmation': { description: 'The one code that confirms a typed address', to: ['typed-address'], mandatory: true },
  'person-invitation': { description: 'A person is invited to sign in (people capability)', to: ['typed-address'], mandatory: true },
  'network-composition': { description: "The network's members and advisor", to: ['project-leader', 'advisor'], mandatory: false, category: 'networks' },
  'gathering-notice': { description: 'A gathering is scheduled or changed', to: ['project-leader'], mandatory: false, category: 'gatherings' },
  'gathering-moved-up': { description: 'A waitlisted attendee got a seat at a gathering (to the attendee and the project leader)', to: ['typed-address', 'project-leader'], mandatory: true },
  'gathering-reminder': { description: 'A gathering the attendee is registered for is coming up', to: ['typed-address'], mandatory: false, category: 'gatherings' },
  'report-reminder': { description: 'A report is due soon, today or late', to: ['project-leader'], mandatory: false, category: 'reminders' },
  'report-escalation': { description: 'A report is long overdue (the ladder escalates)', to: ['project-leader', 'management', 'advisor', 'secretariat'], mandatory: true },
  'report-submitted-notice': { description: 'A report was submitted, to its reviewers', to: ['advisor', 'secretariat'], mandatory: false, category: 'reports' },
  'signature-reminder': { description: 'A project plan or final evaluation awaits the signature of a role the person holds (daily, once per report and person)', to: [...STEERING_GROUP], mandatory: true },
  'report-review': { description: 'A report was accepted or sent back', to: ['project-leader'], mandatory: true },
  'grant-decision': { description: 'A grant of stimulus funds was decided: the amount granted (or declined), with the comment', to: ['project-leader'], mandatory: true },
  'target-status-notice': { description: 'The target status changed (capped per municipality per day)', to: ['project-leader', ...STEERING_GROUP, 'advisor'], mandatory: false, category: 'target-status' },
  'absence-upload-committed': { description: 'Figures uploaded asynchronously were stored', to: ['figures-uploader', 'official-address', 'secretariat'], mandatory: false, category: 'figures' },
  'absence-upload-rejected': { description: 'Figures uploaded asynchronously were refused', to: ['figures-uploader', 'official-address', 'secretariat'], mandatory: true },
  'absence-upload-reminder': { description: "A quarter's sick-leave figures are missing: first and second reminder after the quarter", to: ['figures-uploader', 'project-leader'], mandatory: false, category: 'reminders' },
  'absence-figures-missing': { description: 'Participants still without figures for a quarter, when they are reminded', to: ['secretariat'], mandatory: true },
  'daily-digest': { description: "One person's held optional mail of the day", to: ['typed-address'], mandatory: false },
} as const satisfies Record<string, MessageType>;

export type MessageTypeName = keyof typeof MESSAGE_TYPES;

/** The catalogue entry of a template, or undefined for one the catalogue does not know (a test template). */
export function messageTypeOf(template: string): MessageType | undefined {
  return Object.hasOwn(MESSAGE_TYPES, template) ? (MESSAGE_TYPES as Record<string, MessageType>)[template] : undefined;
}

/** The municipal roles a message type goes to (for recipientsByRole). */
export function rolesOf(template: MessageTypeName): MunicipalRole[] {
  return (MESSAGE_TYPES[template].to as readonly MessageRecipient[]).filter((r): r is MunicipalRole => !(OTHER_RECIPIENTS as readonly string[]).includes(r));
}

/** The digest of held optional mail: its own template, never held again. */
export const DIGEST_TEMPLATE = 'daily-digest' satisfies MessageTypeName;
