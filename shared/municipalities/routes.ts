/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { PROJECT_LEADER, PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration } from '../platform/declarations.ts';
import {
  ContactAddressImport,
  ContactAddressImportReceipt,
  ListMunicipalitiesQuery,
  MunicipalityDetails,
  MunicipalityList,
  MunicipalityParams,
  MunicipalityProfile,
  UpdateMunicipalityRequest,
} from './contract.ts';

export const listMunicipalities = {
  function: {
    name: 'listMunicipalities',
    entry: 'functions/municipalities/list-municipalities.ts',
    purpose: 'the register',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/municipalities',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'The municipality register (Kilde: Statistisk sentralbyrå)',
  contract: {
    query: ListMunicipalitiesQuery,
    success: { status: 200, description: 'The register', schema: MunicipalityList },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const getMunicipality = {
  function: {
    name: 'getMunicipality',
    entry: 'functions/municipalities/get-municipality.ts',
    purpose: 'one municipality with its participation history',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/municipalities/{number}',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'A municipality with its participation history (a municipality sees its own)',
  contract: {
    params: MunicipalityParams,
    success: { status: 200, description: 'Profile and participation history', schema: MunicipalityDetails },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const updateMunicipality = {
  function: {
    name: 'updateMunicipality',
    entry: 'functions/municipalities/update-municipality.ts',
    purpose: 'written standard, contact address and organisation number',
    grants: ['table:read', 'table:write'],
  },
  method: 'PATCH',
  path: '/municipalities/{number}',
  access: /* @__PURE__ */ allow(PROJECT_LEADER, 'secretariat'),
  summary: 'Set the written standard and/or contact address (a municipality: its own); the secretariat also the organisation number',
  contract: {
    params: MunicipalityParams,
    body: UpdateMunicipalityRequest,
    success: { status: 200, description: 'The updated profile', schema: MunicipalityProfile },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const importContactAddresses = {
  function: {
    name: 'importContactAddresses',
    entry: 'functions/municipalities/import-contact-addresses.ts',
    purpose: 'the municipalities’ official contact addresses (postmottak), from a CSV or JSON file',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/municipalities/contact-addresses',
  access: ['secretariat'],
  summary: 'Set the municipalities’ official contact addresses (postmottak; cohort invitations go there) from a file; all rows or none',
  contract: {
    body: ContactAddressImport,
    csv: {
      description:
        'CSV (UTF-8): a header row `municipalityNumber,contactEmail`, then one row per municipality. Every bad row is named in one 422 (data row 1 = the first row after the header, and its column); nothing is set unless every row is good.',
    },
    success: { status: 200, description: 'The addresses are set (and trusted: the secretariat entered them)', schema: ContactAddressImportReceipt },
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const routes = [listMunicipalities, getMunicipality, updateMunicipality, importContactAddresses] as const;
