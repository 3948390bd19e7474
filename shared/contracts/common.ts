import * as z from 'zod';
import { WRITTEN_STANDARDS } from '../domain/written-standard.ts';

export const MunicipalityNumber = z
  .string()
  .regex(/^\d{4}$/, 'A municipality number has 4 digits')
  .meta({ id: 'MunicipalityNumber', description: 'Municipality number (kommunenummer); the first two digits are the county', example: '1721' });

export const IsoDate = z.iso.date().meta({ example: '2007-03-15' });
export const IsoDateTime = z.iso.datetime({ offset: true }).meta({ example: '2007-03-15T09:30:00.000Z' });

export const WrittenStandard = z
  .enum(WRITTEN_STANDARDS)
  .meta({ id: 'WrittenStandard', description: 'Official written standard (målform); neutral gets bokmål' });

export const Contact = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    phone: z.string().trim().min(5).max(30).optional(),
  })
  .meta({ id: 'Contact' });
