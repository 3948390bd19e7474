import { csvBody } from '../platform/http/csv-body.ts';

/** CSV uploads: which columns are numbers, and how large a body may be (Lambda's 6 MB payload, with room for the event). */
export const ABSENCE_CSV = {
  body: csvBody({ numericColumns: ['lostDays', 'agreedDays', 'selfCertifiedLostDays', 'doctorCertifiedLostDays', 'headcount'] }),
  maxBodyBytes: 5 * 1024 * 1024,
} as const;
