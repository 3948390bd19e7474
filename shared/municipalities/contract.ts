/** The municipality register and each municipality's participation. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { NextCursor, PageQuery } from '../platform/contract/pagination.ts';
import { IsoDate, MunicipalityNumber, WrittenStandard } from '../platform/contract/common.ts';
import { isValidOrganisationNumber, type Municipality, type MunicipalityChanges } from './model.ts';

export const MunicipalityProfile = /* @__PURE__ */ schema(() =>
  z
    .object({
      number: MunicipalityNumber,
      name: z.string(),
      countyNumber: z.string(),
      countyName: z.string(),
      validFrom: IsoDate,
      validTo: IsoDate.optional().meta({ description: 'First day the number was no longer valid (exclusive)' }),
      organisationNumber: z
        .string()
        .regex(/^\d{9}$/)
        .optional()
        .meta({ description: 'Where known from public data or set by the secretariat; a Maskinporten token whose consumer is 0192:<this number> acts for this municipality' }),
      writtenStandard: WrittenStandard,
      contactEmail: z.email().optional().meta({ description: 'The municipality’s post address (postmottak) for invitations' }),
    })
    .meta({ id: 'Municipality' }),
);

export const Participation = /* @__PURE__ */ schema(() =>
  z
    .object({
      cohortId: z.string(),
      cohortName: z.string(),
      applicationId: z.string(),
      admittedOn: IsoDate,
      networkId: z.string().optional(),
      networkName: z.string().optional(),
    })
    .meta({ id: 'Participation' }),
);

export const MunicipalityDetails = /* @__PURE__ */ schema(() => MunicipalityProfile.extend({ participation: z.array(Participation) }).meta({ id: 'MunicipalityDetails' }));

export const MunicipalityList = /* @__PURE__ */ schema(() =>
  z
    .object({ municipalities: z.array(MunicipalityProfile), source: z.literal('Kilde: Statistisk sentralbyrå'), nextCursor: NextCursor })
    .meta({ id: 'MunicipalityList' }),
);

export const MunicipalityParams = /* @__PURE__ */ schema(() => z.object({ number: MunicipalityNumber }));

export const ListMunicipalitiesQuery = /* @__PURE__ */ schema(() =>
  z.object({
    validOn: IsoDate.optional().meta({ description: 'Only municipalities whose number was valid on this day' }),
    county: z.string().regex(/^\d{2}$/).optional().meta({ description: 'County number (the first two digits)' }),
    ...PageQuery,
  }),
);

export const UpdateMunicipalityRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      writtenStandard: WrittenStandard.optional(),
      contactEmail: z.email().max(254).optional(),
      organisationNumber: z
        .string()
        .regex(/^\d{9}$/, 'An organisation number has 9 digits')
        .refine(isValidOrganisationNumber, 'Not an organisation number: the check digit (modulus 11) does not match')
        .nullable()
        .optional()
        .meta({ description: 'The secretariat only: the municipality’s organisation number (Enhetsregisteret), which Maskinporten tokens name as consumer 0192:<number>; null removes it. Unique: 409 when another municipality has it' }),
    })
    .refine((u) => u.writtenStandard !== undefined || u.contactEmail !== undefined || u.organisationNumber !== undefined, 'Send writtenStandard, contactEmail and/or organisationNumber')
    .meta({ id: 'UpdateMunicipalityRequest' }),
);

/** At most this many rows per import: every municipality of the register, with room. */
export const MAX_CONTACT_ADDRESS_ROWS = 1_000;

export const ContactAddressRow = /* @__PURE__ */ schema(() =>
  z
    .object({
      municipalityNumber: MunicipalityNumber,
      contactEmail: z.email('Not an email address').max(254).meta({ example: 'postmottak@verdal.kommune.no' }),
    })
    .meta({ id: 'ContactAddressRow' }),
);

export const ContactAddressImport = /* @__PURE__ */ schema(() =>
  z.object({ rows: z.array(ContactAddressRow).min(1).max(MAX_CONTACT_ADDRESS_ROWS) }).meta({ id: 'ContactAddressImport', description: 'The municipalities’ official contact addresses (postmottak)' }),
);

export const ContactAddressImportReceipt = /* @__PURE__ */ schema(() =>
  z.object({ updated: z.number().int().meta({ description: 'How many municipalities’ contact addresses were set' }) }).meta({ id: 'ContactAddressImportReceipt' }),
);

export type ContactAddressRow = z.infer<typeof ContactAddressRow>;
export type MunicipalityProfile = z.infer<typeof MunicipalityProfile>;
export type Participation = z.infer<typeof Participation>;
export type UpdateMunicipalityRequest = z.infer<typeof UpdateMunicipalityRequest>;

// The register's entity is written out in model.ts (which must not import this file); these types
// fail to compile when the wire schemas and the model drift apart (no code at run time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type ProfileMatchesModel = Holds<Same<MunicipalityProfile, Municipality>>;
type UpdateFitsModel = Holds<UpdateMunicipalityRequest extends MunicipalityChanges ? true : false>;
