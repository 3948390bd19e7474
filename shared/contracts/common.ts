import * as z from 'zod';
import { schema } from './schema.ts';
import { WRITTEN_STANDARDS } from '../domain/written-standard.ts';

export const MunicipalityNumber = /* @__PURE__ */ schema(() =>
  z
    .string()
    .regex(/^\d{4}$/, 'A municipality number has 4 digits')
    .meta({ id: 'MunicipalityNumber', description: 'Municipality number (kommunenummer); the first two digits are the county', example: '1721' }),
);

export const IsoDate = /* @__PURE__ */ schema(() => z.iso.date().meta({ example: '2007-03-15' }));
export const IsoDateTime = /* @__PURE__ */ schema(() => z.iso.datetime({ offset: true }).meta({ example: '2007-03-15T09:30:00.000Z' }));

export const WrittenStandard = /* @__PURE__ */ schema(() =>
  z
    .enum(WRITTEN_STANDARDS)
    .meta({ id: 'WrittenStandard', description: 'Official written standard (målform); neutral gets bokmål' }),
);

export const Contact = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: z.string().trim().min(1).max(200),
      email: z.email().max(254),
      phone: z.string().trim().min(5).max(30).optional(),
    })
    .meta({ id: 'Contact' }),
);
