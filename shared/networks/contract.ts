/** Networks ("nettverk") inside a cohort, each with an advisor. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { Contact, IsoDateTime, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { CohortId } from '../cohorts/contract.ts';
import type { Network as NetworkEntity } from './model.ts';

export const FormNetworkRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(100).meta({ example: 'Nettverk Trøndelag' }),
      advisorId: z.uuid().meta({ description: 'The advisor (veileder) who follows the network between gatherings: a person of the secretariat with the advisor role (POST /staff)' }),
      members: z.array(MunicipalityNumber).max(50).default([]).refine((m) => new Set(m).size === m.length, 'Each municipality once'),
    })
    .meta({ id: 'FormNetworkRequest' }),
);

export const AssignToNetworkRequest = /* @__PURE__ */ schema(() => z.object({ municipalityNumber: MunicipalityNumber }).meta({ id: 'AssignToNetworkRequest' }));

/** The advisor as a network names it: the person, with the contact details its mail goes to. */
export const NetworkAdvisor = /* @__PURE__ */ schema(() => Contact.extend({ personId: z.uuid() }).meta({ id: 'NetworkAdvisor' }));

export const NetworkMember = /* @__PURE__ */ schema(() => z.object({ municipalityNumber: MunicipalityNumber, municipalityName: z.string() }).meta({ id: 'NetworkMember' }));

export const Network = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      cohortId: CohortId,
      name: z.string(),
      advisor: NetworkAdvisor,
      members: z.array(NetworkMember),
      formedAt: IsoDateTime,
    })
    .meta({ id: 'Network' }),
);

export const NetworkList = /* @__PURE__ */ schema(() => z.object({ networks: z.array(Network) }).meta({ id: 'NetworkList' }));
export const NetworkParams = /* @__PURE__ */ schema(() => z.object({ cohortId: CohortId, networkId: z.string().regex(/^[0-9a-f-]{36}$/) }));

export type FormNetworkRequest = z.infer<typeof FormNetworkRequest>;
export type Network = z.infer<typeof Network>;

/** Both ways assignable: the wire schema describes exactly the model's network (compile-time only). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type NetworkSchemaMatchesModel = Assert<Same<Network, NetworkEntity>>;
