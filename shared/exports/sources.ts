/**
 * Where each export's rows come from: the other capabilities' repositories, by Query only (no
 * Scan on the request path), yielded row by row so the writer streams them out. Rows of one
 * cohort, quarter or list are read at a time; nothing is read twice.
 *
 * Figures are shown as the caller may see them (docs/disclosure-control.md): the secretariat and
 * evaluators are never a municipality's own people, so a figure about fewer persons than the
 * threshold, and the figures suppressed beside it so it cannot be derived by subtraction, are
 * rows with `suppressed` = `ja` and no days, headcount or percentage. The municipalities whose
 * figures an export carries are collected in `figuresOf` for the audit log.
 */
import {
  absenceRepository,
  disclosureRule,
  figureKey,
  percentage,
  quarterlyTotals,
  round,
  seesOwnFigures,
  shiftQuarter,
  suppressedFigures,
  type AbsenceFigure,
  type DisclosureRule,
} from '../absence/index.ts';
import { applicationsRepository, participantsRepository, type Application, type Participant } from '../applications/index.ts';
import { cohortsRepository, type CohortRecord } from '../cohorts/index.ts';
import { firstDay, gatheringsRepository } from '../gatherings/index.ts';
import { municipalitiesRepository, type Municipality } from '../municipalities/index.ts';
import { reportsRepository } from '../reports/index.ts';
import { disclosedAssessment, targetStatusRepository } from '../target-status/index.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { yesNo, type ExportKind, type Row } from './model.ts';

export interface SourceInput {
  readonly principal: Principal;
  /** absence-figures: the quarters, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Filled with the municipalities whose figures the rows carry (the audit's resources). */
  readonly figuresOf: Set<string>;
}

/** The rows of an export kind, in a stable order. */
export function rowsOf(kind: ExportKind, input: SourceInput): AsyncIterable<Row> {
  return SOURCES[kind](input);
}

const SOURCES: Readonly<Record<ExportKind, (input: SourceInput) => AsyncIterable<Row>>> = {
  applications: applicationRows,
  participants: participantRows,
  'absence-figures': figureRows,
  'target-statuses': targetStatusRows,
  reports: reportRows,
  'gathering-attendance': gatheringRows,
};

async function* applicationRows(): AsyncIterable<Row> {
  for (const cohort of await cohortsRepository().list()) {
    for (const application of await applicationsRepository().wholeOfCohort(cohort.id)) yield applicationRow(cohort, application);
  }
}

/** One application as a row: its parts as far as a draft has them. */
export function applicationRow(cohort: Pick<CohortRecord, 'name'>, a: Application): Row {
  return {
    applicationId: a.id,
    cohortName: cohort.name,
    municipalityNumber: a.municipalityNumber,
    municipalityName: a.municipalityName,
    status: a.status,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    projectLeaderName: a.projectLeader?.name,
    projectLeaderEmail: a.projectLeader?.email,
    focusAreas: a.focusAreas?.join(', '),
    approach: a.approach,
    goals: a.goals?.join('\n'),
    baselineYear: a.sickLeaveTarget?.baselineYear,
    baselinePercentage: a.sickLeaveTarget?.baselinePercentage,
    targetPercentage: a.sickLeaveTarget?.targetPercentage,
    targetDate: a.sickLeaveTarget?.targetDate,
    steeringGroup: a.steeringGroup?.map((m) => `${m.name} (${m.title}, ${m.role})`).join('\n'),
    politicalDecisionBy: a.politicalDecision?.decidedBy,
    politicalDecisionDate: a.politicalDecision?.date,
    politicalDecisionReference: a.politicalDecision?.caseReference,
    decisionOutcome: a.decision?.outcome,
    decidedOn: a.decision?.decidedOn,
    decisionReason: a.decision?.reason,
  };
}

async function* participantRows(): AsyncIterable<Row> {
  const [admissions, register] = await Promise.all([participantsRepository().admissions(), registerByNumber()]);
  const ordered = [...admissions].sort((a, b) => a.cohortName.localeCompare(b.cohortName, 'nb') || a.municipalityNumber.localeCompare(b.municipalityNumber));
  for (const p of ordered) yield participantRow(p, register.get(p.municipalityNumber));
}

export function participantRow(p: Participant, municipality: Municipality | undefined): Row {
  return {
    cohortName: p.cohortName,
    municipalityNumber: p.municipalityNumber,
    municipalityName: p.municipalityName,
    countyNumber: municipality?.countyNumber,
    countyName: municipality?.countyName,
    admittedOn: p.admittedOn,
    networkName: p.networkName,
    focusAreas: p.focusAreas.join(', '),
  };
}

/** Every municipality's figures, quarter by quarter (one index partition each), municipality by municipality. */
async function* figureRows({ principal, from, to, figuresOf }: SourceInput): AsyncIterable<Row> {
  const rule = disclosureRule();
  const register = await registerByNumber();
  for (let quarter = from; quarter <= to; quarter = shiftQuarter(quarter, -1)) {
    const byMunicipality = await absenceRepository().figuresOfQuarter(quarter);
    for (const number of [...byMunicipality.keys()].sort()) {
      figuresOf.add(number);
      const figures = [...byMunicipality.get(number)!].sort((a, b) => a.period.localeCompare(b.period) || scopeOrder(a.scope) - scopeOrder(b.scope) || a.scope.localeCompare(b.scope));
      yield* figureRowsOf(register.get(number), number, quarter, figures, visibility(principal, number, figures, rule));
    }
  }
}

/**
 * What the caller sees of one municipality's figures of one quarter: the suppressed ones'
 * keys. Every relation the rule knows (a period's total and its sectors or units, a quarter and
 * its months) lies within one quarter, so judging a quarter's figures judges them as the whole series would.
 */
export function visibility(principal: Principal, municipalityNumber: string, figures: readonly AbsenceFigure[], rule: DisclosureRule): ReadonlyMap<string, string> {
  return seesOwnFigures(principal, municipalityNumber) ? new Map() : suppressedFigures(figures, rule);
}

export function* figureRowsOf(municipality: Municipality | undefined, number: string, quarter: string, figures: readonly AbsenceFigure[], suppressed: ReadonlyMap<string, string>): Iterable<Row> {
  for (const f of figures) {
    const [scopeType, ...name] = f.scope.split(':');
    const identity = {
      municipalityNumber: number,
      municipalityName: municipality?.name,
      countyNumber: municipality?.countyNumber,
      period: f.period,
      quarter,
      scopeType,
      scopeName: name.join(':'),
    };
    if (suppressed.has(figureKey(f))) {
      yield { ...identity, suppressed: yesNo(true) };
      continue;
    }
    const pct = percentage(f);
    yield {
      ...identity,
      suppressed: yesNo(false),
      headcount: f.headcount,
      lostDays: f.lostDays,
      agreedDays: f.agreedDays,
      selfCertifiedLostDays: f.selfCertifiedLostDays,
      doctorCertifiedLostDays: f.doctorCertifiedLostDays,
      percentage: pct === undefined ? undefined : round(pct),
    };
  }
}

const scopeOrder = (scope: string) => (scope === 'total' ? 0 : scope.startsWith('sector:') ? 1 : 2);

/**
 * Every participant's status. Its latest figure is suppressed as the API suppresses it
 * (disclosedAssessment: the largest headcount of the quarters it rests on); the explanation
 * then carries no number.
 */
async function* targetStatusRows({ principal, figuresOf }: SourceInput): AsyncIterable<Row> {
  const rule = disclosureRule();
  const [statuses, cohorts] = await Promise.all([targetStatusRepository().list(), cohortNames()]);
  for (const stored of [...statuses].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber))) {
    const status = disclosedAssessment(stored, seesOwnFigures(principal, stored.municipalityNumber), rule);
    const latest = status.latest;
    if (latest) figuresOf.add(status.municipalityNumber);
    const hidden = latest?.suppressed === true;
    yield {
      municipalityNumber: status.municipalityNumber,
      municipalityName: status.municipalityName,
      cohortName: cohorts.get(status.cohortId),
      status: status.status,
      statusSince: status.statusSince,
      assessedAt: status.assessedAt,
      baselinePercentage: status.baselinePercentage,
      targetPercentage: status.targetPercentage,
      targetDate: status.targetDate,
      latestQuarter: latest?.quarter,
      latestBasis: latest?.basis,
      suppressed: latest ? yesNo(hidden) : undefined,
      ...(latest && !hidden && latest.percentage !== undefined
        ? { latestLostDays: latest.lostDays, latestAgreedDays: latest.agreedDays, latestPercentage: round(latest.percentage) }
        : {}),
      explanation: status.explanation,
      expectedPercentage: status.expectedPercentage === undefined ? undefined : round(status.expectedPercentage),
    };
  }
}

async function* reportRows(): AsyncIterable<Row> {
  for (const cohort of await cohortsRepository().list()) {
    for (const r of await reportsRepository().ofCohort(cohort.id)) {
      yield {
        reportId: r.id,
        cohortName: r.cohortName,
        municipalityNumber: r.municipalityNumber,
        municipalityName: r.municipalityName,
        type: r.type,
        title: r.title,
        dueDate: r.dueDate,
        status: r.status,
        submittedAt: r.submittedAt,
        ...submissionTexts(r.submission),
        reviewOutcome: r.review?.outcome,
        reviewedAt: r.review?.at,
        reviewComment: r.review?.comment,
      };
    }
  }
}

/**
 * Each gathering with the participants expected at it: those of its cohort admitted by its first
 * day (a gathering for several cohorts has rows under each). Cancelled gatherings expect nobody.
 * Attendance is not recorded yet, so the `attended` column is empty.
 */
async function* gatheringRows(): AsyncIterable<Row> {
  for (const cohort of await cohortsRepository().list()) {
    const [gatherings, participants] = await Promise.all([gatheringsRepository().ofCohort(cohort.id), participantsRepository().ofCohort(cohort.id)]);
    for (const g of gatherings.filter((g) => g.status !== 'cancelled')) {
      for (const p of participants.filter((p) => p.admittedOn <= firstDay(g.when))) {
        yield {
          cohortName: cohort.name,
          gatheringId: g.id,
          gatheringKind: g.kind,
          gatheringTitle: g.title,
          gatheringDate: 'month' in g.when ? g.when.month : g.when.from,
          gatheringLocation: g.venue.name,
          municipalityNumber: p.municipalityNumber,
          municipalityName: p.municipalityName,
          networkName: p.networkName,
          attended: undefined,
        };
      }
    }
  }
}

/** What a submission says, as texts (its fields depend on the report's kind: shared/reports/contract.ts). */
export function submissionTexts(submission: Readonly<Record<string, unknown>> | undefined): Row {
  if (!submission) return {};
  const text = (key: string) => (typeof submission[key] === 'string' ? (submission[key] as string) : undefined);
  const progress = Array.isArray(submission.goalProgress)
    ? (submission.goalProgress as { goal?: unknown; progress?: unknown; onTrack?: unknown }[])
        .map((g) => `${String(g.goal ?? '')}: ${String(g.progress ?? '')}${g.onTrack === undefined ? '' : g.onTrack ? ' (i rute)' : ' (ikke i rute)'}`)
        .join('\n')
    : undefined;
  return { summary: text('summary'), goalProgress: progress || undefined, sickLeaveCommentary: text('sickLeaveCommentary'), lessonsLearnt: text('lessonsLearnt') };
}

async function registerByNumber(): Promise<Map<string, Municipality>> {
  return new Map((await municipalitiesRepository().list()).map((m) => [m.number, m]));
}

async function cohortNames(): Promise<Map<string, string>> {
  return new Map((await cohortsRepository().list()).map((c) => [c.id, c.name]));
}
