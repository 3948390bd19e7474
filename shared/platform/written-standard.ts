/**
 * Written standard ("målform"): state bodies write to a municipality in its chosen standard.
 * A neutral municipality (or one whose choice is unknown) gets bokmål.
 */
export const WRITTEN_STANDARDS = ['bokmal', 'nynorsk', 'neutral'] as const;
export type WrittenStandard = (typeof WRITTEN_STANDARDS)[number];
export type Language = 'nb' | 'nn';

export function languageFor(standard: WrittenStandard): Language {
  return standard === 'nynorsk' ? 'nn' : 'nb';
}
