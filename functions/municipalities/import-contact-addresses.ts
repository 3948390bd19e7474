import { emailConfirmationsRepository, normaliseAddress } from '#shared/email-confirmations/index.ts';
import { checkContactAddressRows, municipalitiesRepository } from '#shared/municipalities/index.ts';
import { csvBody } from '#shared/platform/http/csv-body.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { importContactAddresses } from '#shared/municipalities/routes.ts';

const CSV = csvBody({ numericColumns: [] });

/**
 * POST /municipalities/contact-addresses (JSON or CSV): the secretariat sets the municipalities'
 * official contact addresses. Every row is checked (its form by the schema, its municipality
 * against the register) before anything is written; the addresses are trusted (the
 * secretariat entered them: shared/email-confirmations/model.ts).
 */
export const handler = idempotentHttpHandler(
  importContactAddresses,
  async ({ body }) => {
    const municipalities = municipalitiesRepository();
    const known = await municipalities.getMany(body.rows.map((r) => r.municipalityNumber));
    checkContactAddressRows(body.rows, new Set(known.keys()));
    const now = new Date();
    const confirmations = emailConfirmationsRepository();
    // One record per address: municipalities sharing a post address (a joint office) trust it once.
    const trusted = new Set<string>();
    const updated = await municipalities.setContactAddresses(body.rows, (row) => {
      const address = normaliseAddress(row.contactEmail);
      if (trusted.has(address)) return [];
      trusted.add(address);
      return [confirmations.trustedAddressStep(address, now)];
    });
    return json(200, { updated });
  },
  { csv: CSV },
);
