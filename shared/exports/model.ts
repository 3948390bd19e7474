/**
 * Exports for the secretariat and evaluators: which kinds there are, who may take each, their
 * columns (Norwegian headers for people, stable keys for machines), and the rule that keeps a
 * spreadsheet from running what a municipality typed (OWASP's CSV injection rule). Pure: the
 * rows are built from the other capabilities' records in sources.ts, written by writers.ts.
 */
import type { StaffRole } from '../platform/auth/principal.ts';

export const EXPORT_KINDS = ['applications', 'participants', 'absence-figures', 'target-statuses', 'reports', 'gathering-attendance'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_SEPARATORS = ['semicolon', 'comma'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Who may take each kind. The secretariat: all. An evaluator reads cohorts and aggregates, never
 * one municipality's project or figures (principal.ts, mayActFor): so who takes part where
 * (participants: the list the programme itself published) and which participants each
 * gathering expected; not applications, figures, target statuses or reports, which are each
 * municipality's own. The route lets both roles in; the handler checks the kind against this.
 */
export const EXPORT_READERS: Readonly<Record<ExportKind, readonly StaffRole[]>> = {
  applications: ['secretariat'],
  participants: ['secretariat', 'evaluator'],
  'absence-figures': ['secretariat'],
  'target-statuses': ['secretariat'],
  reports: ['secretariat'],
  'gathering-attendance': ['secretariat', 'evaluator'],
};

/** The kinds that carry sick-leave figures: taking one is a read of every municipality's figures in it (audited), and small figures are suppressed. */
export const FIGURE_KINDS: ReadonlySet<ExportKind> = new Set(['absence-figures', 'target-statuses']);

/** The file's name stem (bokmål, ASCII so every system keeps it). */
export const FILE_STEMS: Readonly<Record<ExportKind, string>> = {
  applications: 'soknader',
  participants: 'deltakere',
  'absence-figures': 'sykefravaer',
  'target-statuses': 'malstatus',
  reports: 'rapporter',
  'gathering-attendance': 'samlinger-oppmote',
};

/** One column: its machine key, its header in bokmål, and what its cells hold. */
export interface Column {
  readonly key: string;
  readonly header: string;
  readonly type: 'text' | 'number' | 'date';
}

export type Cell = string | number | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

const text = (key: string, header: string): Column => ({ key, header, type: 'text' });
const number = (key: string, header: string): Column => ({ key, header, type: 'number' });
const date = (key: string, header: string): Column => ({ key, header, type: 'date' });

/** Every kind's columns, in order. docs/exports.md lists them (a test keeps it so). */
export const COLUMNS: Readonly<Record<ExportKind, readonly Column[]>> = {
  applications: [
    text('applicationId', 'Søknads-ID'),
    text('cohortName', 'Pulje'),
    text('municipalityNumber', 'Kommunenummer'),
    text('municipalityName', 'Kommune'),
    text('status', 'Status'),
    date('createdAt', 'Opprettet'),
    date('submittedAt', 'Sendt inn'),
    text('projectLeaderName', 'Prosjektleder'),
    text('projectLeaderEmail', 'Prosjektleders e-post'),
    text('focusAreas', 'Innsatsområder'),
    text('approach', 'Arbeidsmåte'),
    text('goals', 'Egne mål'),
    number('baselineYear', 'Basisår'),
    number('baselinePercentage', 'Sykefravær basisår (%)'),
    number('targetPercentage', 'Mål for sykefravær (%)'),
    date('targetDate', 'Måldato'),
    text('steeringGroup', 'Styringsgruppe'),
    text('politicalDecisionBy', 'Politisk vedtak fattet av'),
    date('politicalDecisionDate', 'Vedtaksdato'),
    text('politicalDecisionReference', 'Saksnummer'),
    text('decisionOutcome', 'Avgjørelse'),
    date('decidedOn', 'Avgjort'),
    text('decisionReason', 'Begrunnelse'),
  ],
  participants: [
    text('cohortName', 'Pulje'),
    text('municipalityNumber', 'Kommunenummer'),
    text('municipalityName', 'Kommune'),
    text('countyNumber', 'Fylkesnummer'),
    text('countyName', 'Fylke'),
    date('admittedOn', 'Tatt opp'),
    text('networkName', 'Nettverk'),
    text('focusAreas', 'Innsatsområder'),
  ],
  'absence-figures': [
    text('municipalityNumber', 'Kommunenummer'),
    text('municipalityName', 'Kommune'),
    text('countyNumber', 'Fylkesnummer'),
    text('period', 'Periode'),
    text('quarter', 'Kvartal'),
    text('scopeType', 'Nivå'),
    text('scopeName', 'Sektor eller enhet'),
    text('suppressed', 'Skjult'),
    number('headcount', 'Antall personer'),
    number('lostDays', 'Tapte dagsverk'),
    number('agreedDays', 'Avtalte dagsverk'),
    number('selfCertifiedLostDays', 'Egenmeldte tapte dagsverk'),
    number('doctorCertifiedLostDays', 'Legemeldte tapte dagsverk'),
    number('percentage', 'Sykefravær (%)'),
  ],
  'target-statuses': [
    text('municipalityNumber', 'Kommunenummer'),
    text('municipalityName', 'Kommune'),
    text('cohortName', 'Pulje'),
    text('status', 'Status'),
    date('statusSince', 'Status siden'),
    date('assessedAt', 'Vurdert'),
    number('baselinePercentage', 'Sykefravær basisår (%)'),
    number('targetPercentage', 'Mål for sykefravær (%)'),
    date('targetDate', 'Måldato'),
    text('latestQuarter', 'Siste kvartal'),
    text('latestBasis', 'Grunnlag'),
    text('suppressed', 'Skjult'),
    number('latestLostDays', 'Tapte dagsverk'),
    number('latestAgreedDays', 'Avtalte dagsverk'),
    number('latestPercentage', 'Sykefravær (%)'),
    number('expectedPercentage', 'Forventet sykefravær (%)'),
    text('explanation', 'Forklaring'),
  ],
  reports: [
    text('reportId', 'Rapport-ID'),
    text('cohortName', 'Pulje'),
    text('municipalityNumber', 'Kommunenummer'),
    text('municipalityName', 'Kommune'),
    text('type', 'Rapporttype'),
    text('title', 'Tittel'),
    date('dueDate', 'Frist'),
    text('status', 'Status'),
    date('submittedAt', 'Sendt inn'),
    text('summary', 'Sammendrag'),
    text('goalProgress', 'Framdrift på målene'),
    text('sickLeaveCommentary', 'Kommentar til sykefraværet'),
    text('lessonsLearnt', 'Erfaringer'),
    text('reviewOutcome', 'Vurdering'),
    date('reviewedAt', 'Vurdert'),
    text('reviewComment', 'Kommentar'),
  ],
  'gathering-attendance': [
    text('cohortName', 'Pulje'),
    text('gatheringId', 'Samlings-ID'),
    text('gatheringKind', 'Type samling'),
    text('gatheringTitle', 'Samling'),
    date('gatheringDate', 'Dato'),
    text('gatheringLocation', 'Sted'),
    text('municipalityNumber', 'Kommunenummer'),
    text('municipalityName', 'Kommune'),
    text('networkName', 'Nettverk'),
    text('attended', 'Møtt'),
  ],
};

/**
 * OWASP's CSV injection rule: a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage
 * return can be read by a spreadsheet as a formula (`=cmd|' /C calc'!A0` runs a program in an
 * old Excel). Such a text is prefixed with a single quote, which the spreadsheet shows as text.
 * Only text: a number stays a number (-1.5 is a number cell, not text that starts with `-`).
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

export function neutralise(value: string): string {
  return FORMULA_TRIGGERS.some((trigger) => value.startsWith(trigger)) ? `'${value}` : value;
}

/** A cell as written: text neutralised, numbers kept, nothing as empty. */
export function cellValue(value: Cell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value === '' ? null : neutralise(value);
}

/** `yes`/`no` in the exports' language (a machine compares the key's documented values: `ja`, `nei`). */
export const yesNo = (value: boolean): string => (value ? 'ja' : 'nei');

/** The export's file name: stem, kind's day and time (UTC), extension. */
export function fileNameOf(kind: ExportKind, format: ExportFormat, at: string): string {
  return `${FILE_STEMS[kind]}-${at.slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.${format}`;
}

/**
 * The format asked for: `format` when given; else the first of text/csv or the spreadsheet
 * type that `Accept` names; else CSV.
 */
export function formatOf(format: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (format) return format;
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  for (const type of types) {
    if (type === 'text/csv') return 'csv';
    if (type === MEDIA_TYPES.xlsx) return 'xlsx';
  }
  return 'csv';
}
