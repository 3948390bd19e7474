import { describe, expect, it } from 'vitest';
import { absenceUploadOutcome } from '../../../shared/absence/emails.ts';

const to = { name: 'Verdal kommune', address: 'postmottak@verdal.kommune.no' };
const receipt = { uploadId: '2008-04-02T10:00:00.000Z#abc', receivedAt: '2008-04-02T10:00:00.000Z', rows: 120, municipalities: 1, quarters: ['2008Q1'], duplicate: false, warnings: [], warningCount: 0 };
const problem = {
  type: '/problems/validation-failed',
  title: 'The request is not valid',
  status: 422,
  detail: '2 field(s) are missing or invalid',
  errors: [
    { pointer: '/rows/1/agreedDays', detail: 'Required', row: 2, column: 'agreedDays' },
    { pointer: '/rows/2/period', detail: 'A period is a quarter (2008Q1) or a month (2008-03)', row: 3, column: 'period' },
  ],
};

describe('the end of an asynchronous upload, told to the uploader', () => {
  it('committed, in bokmål and in nynorsk', () => {
    const nb = absenceUploadOutcome('u1', { status: 'committed', receipt }, to, 'nb', 'c1');
    expect(nb).toMatchObject({ template: 'absence-upload-committed', language: 'nb', subject: 'Sykefraværstallene er mottatt', correlationId: 'c1', to: [to] });
    expect(nb.text).toContain('(opplasting u1) er kontrollert og lagret: 120 rader for 1 kommuner (1. kvartal 2008).');
    const nn = absenceUploadOutcome('u1', { status: 'committed', receipt: { ...receipt, duplicate: true } }, to, 'nn');
    expect(nn.subject).toBe('Sjukefråværstala er tekne imot');
    expect(nn.text).toContain('er kontrollert og lagra: 120 rader for 1 kommunar');
    expect(nn.text).toContain('Det same innhaldet var alt motteke det siste døgnet');
  });

  it('committed with plausibility warnings: each with its row and column, in bokmål and in nynorsk', () => {
    const warning = {
      id: 'w1', uploadId: receipt.uploadId, rule: 'percentage-over-limit' as const, municipalityNumber: '1721', period: '2008Q1', scope: 'total',
      row: 3, column: 'lostDays', pointer: '/rows/2/lostDays', detail: '30 % sick leave (300 of 1000 agreed days) is over 25 %.', status: 'open' as const,
    };
    const withWarnings = { ...receipt, warnings: [warning], warningCount: 1 };
    const nb = absenceUploadOutcome('u1', { status: 'committed', receipt: withWarnings }, to, 'nb');
    expect(nb.text).toContain('Tallene er lagret, men 1 av dem ser usannsynlige ut');
    expect(nb.text).toContain('- rad 3, kolonne lostDays: 30 % sick leave (300 of 1000 agreed days) is over 25 %.');
    expect(absenceUploadOutcome('u1', { status: 'committed', receipt: withWarnings }, to, 'nn').text).toContain('Tala er lagra, men 1 av dei ser usannsynlege ut');
    expect(absenceUploadOutcome('u1', { status: 'committed', receipt }, to, 'nb').text).not.toContain('usannsynlig');
  });

  it('rejected, with the rows and columns of the errors, in bokmål and in nynorsk', () => {
    const nb = absenceUploadOutcome('u2', { status: 'rejected', problem }, to, 'nb');
    expect(nb.subject).toBe('Sykefraværstallene ble ikke mottatt');
    expect(nb.text).toContain('- rad 2, kolonne agreedDays: Required');
    expect(nb.text).toContain('- rad 3, kolonne period:');
    expect(nb.text).toContain('Rett filen og last den opp på nytt.');
    const nn = absenceUploadOutcome('u2', { status: 'rejected', problem }, to, 'nn');
    expect(nn.subject).toBe('Sjukefråværstala vart ikkje tekne imot');
    expect(nn.text).toContain('Feil i fila:');
    expect(nn.text).toContain('Rett fila og last ho opp på nytt.');
  });

  it('lists at most ten errors and points to the upload for the rest', () => {
    const many = { ...problem, errors: Array.from({ length: 25 }, (_, i) => ({ pointer: `/rows/${i}/agreedDays`, detail: 'Required', row: i + 1, column: 'agreedDays' })) };
    const text = absenceUploadOutcome('u3', { status: 'rejected', problem: many }, to, 'nb').text;
    expect(text.match(/^- rad /gm)).toHaveLength(10);
    expect(text).toContain('GET /absence-uploads/u3');
  });
});
