/**
 * Statistics Norway's published quarterly sick-leave percentage for all employees (all
 * industries), with its self- and doctor-certified parts, 2000Q2-2011Q3, to the published
 * decimal: data/reference/ssb_sykefravaer_alle_naeringer_kvartal_2000K2-2011K3.csv, as JSON
 * so every function bundles it (a unit test holds the two equal). A published quarterly series
 * for municipal employees alone was not found in public, machine-readable form, so none is
 * shipped (data/reference/SOURCES.md).
 */
import series from './national-reference.json' with { type: 'json' };

export interface NationalFigure {
  readonly percentage: number;
  readonly selfCertifiedPercentage: number;
  readonly doctorCertifiedPercentage: number;
}

/** NLOD requires the attribution wherever the data is shown. */
export const NATIONAL_SOURCE = {
  name: 'Statistisk sentralbyrå (Statistics Norway): sykefravær for lønnstakere, alle næringer, kvartal (old method, release 2011-12-20, table 3)',
  attribution: 'Kilde: Statistisk sentralbyrå',
  licence: 'NLOD 2.0 (Norsk lisens for offentlige data)',
  url: 'https://www.ssb.no/a/kortnavn/sykefratot/tab-2011-12-20-03.html',
} as const;

const figures: Readonly<Record<string, NationalFigure>> = series;

/** The national figure of a quarter (`2007Q1`), or undefined outside the published series. */
export function nationalFigure(quarter: string): NationalFigure | undefined {
  return figures[quarter];
}

export const NATIONAL_QUARTERS: readonly string[] = Object.keys(figures).sort();
