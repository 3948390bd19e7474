/**
 * The programme's participation goal: more than half of the municipalities existing at the
 * time take part. Pure arithmetic over the register and the admissions.
 */
import { existsOn } from '../municipalities/model.ts';

export interface RegisteredMunicipality {
  readonly number: string;
  readonly countyNumber: string;
  readonly countyName: string;
  readonly validFrom: string;
  readonly validTo?: string;
}

export interface Admission {
  readonly municipalityNumber: string;
  readonly cohortId: string;
  /** yyyy-mm-dd of the admission decision. */
  readonly admittedOn: string;
  readonly networkId?: string;
}

export interface ParticipationFigure {
  readonly municipalities: number;
  readonly participants: number;
  /** participants / municipalities, 0..1, rounded to 4 decimals. */
  readonly share: number;
}

export interface ProgrammeGoal extends ParticipationFigure {
  readonly date: string;
  /** More than half must take part. */
  readonly goalMet: boolean;
  /** How many more participants the goal needs (0 when met). */
  readonly missing: number;
}

/** Participation against the goal on a date: municipalities existing then, admitted by then. */
export function programmeGoal(register: readonly RegisteredMunicipality[], admissions: readonly Admission[], date: string): ProgrammeGoal {
  const existing = new Set(register.filter((m) => existsOn(m, date)).map((m) => m.number));
  const participants = new Set(admissions.filter((a) => a.admittedOn <= date && existing.has(a.municipalityNumber)).map((a) => a.municipalityNumber));
  const needed = Math.floor(existing.size / 2) + 1;
  return {
    date,
    ...figure(existing.size, participants.size),
    goalMet: existing.size > 0 && participants.size >= needed,
    missing: Math.max(0, needed - participants.size),
  };
}

/** Participation per county, on a date, counties in number order. */
export function participationByCounty(
  register: readonly RegisteredMunicipality[],
  admissions: readonly Admission[],
  date: string,
): (ParticipationFigure & { countyNumber: string; countyName: string })[] {
  const participants = new Set(admissions.filter((a) => a.admittedOn <= date).map((a) => a.municipalityNumber));
  const counties = new Map<string, { countyName: string; municipalities: number; participants: number }>();
  for (const m of register.filter((r) => existsOn(r, date))) {
    const county = counties.get(m.countyNumber) ?? { countyName: m.countyName, municipalities: 0, participants: 0 };
    county.municipalities++;
    if (participants.has(m.number)) county.participants++;
    counties.set(m.countyNumber, county);
  }
  return [...counties.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([countyNumber, c]) => ({ countyNumber, countyName: c.countyName, ...figure(c.municipalities, c.participants) }));
}

function figure(municipalities: number, participants: number): ParticipationFigure {
  return { municipalities, participants, share: municipalities === 0 ? 0 : Math.round((participants / municipalities) * 10_000) / 10_000 };
}

/** The programme ran 2007-2009: an overview defaults to today, at the latest its last day. */
export const PROGRAMME_END = '2009-12-31';

export function overviewDate(today: string): string {
  return today < PROGRAMME_END ? today : PROGRAMME_END;
}
