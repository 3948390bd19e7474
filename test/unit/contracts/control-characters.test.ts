/**
 * Every text a request carries can end up in a letter (a name in the greeting, a title in the
 * subject, a reason quoted in the body), so every string field of every request body refuses
 * control characters, naming the field. Multi-line free texts keep LF only (the letters quote
 * them line by line). The examples below fill every string field the schemas have; a field
 * added without an example fails the completeness check, so no text escapes the test.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiContract } from '../../../shared/routing.ts';
import { ReportSubmissions } from '../../../shared/reports/contract.ts';
import { completeApplication } from '../../support/fixtures.ts';

const cohortId = '00000000-0000-4000-8000-000000000001';
const complete = completeApplication();
const application = {
  ...complete,
  projectLeader: { name: 'Kari Nordmann', email: 'kari@verdal.kommune.no', phone: '+47 740 48 200' },
  steeringGroup: complete.steeringGroup.map((member, i) => (i === 0 ? { ...member, email: 'ordforer@verdal.kommune.no' } : member)),
};
const attachments = [{ title: 'Prosjektplan', url: 'https://verdal.kommune.no/plan.pdf' }];
const progressOfProject = {
  goalValues: [{ goalId: 'a'.repeat(32), value: 8.5, measuredOn: '2007-12-31' }],
  subProjectStatuses: [{ subProjectId: 'b'.repeat(32), status: 'delayed', note: 'Venter på turnus.\nNy plan i mars.' }],
};
const goalProgress = [{ goal: 'Redusere uønsket deltid', progress: 'Godt i gang.\nTo einingar er med.', onTrack: true }];

/** A valid body for each request schema, with every string field present. */
const examples: Record<string, { schema: z.ZodType; body: unknown }> = {
  submitApplication: { schema: apiContract.submitApplication.body, body: { ...application, cohortId } },
  saveApplicationDraft: { schema: apiContract.saveApplicationDraft.body, body: { ...application, cohortId } },
  updateApplicationDraft: { schema: apiContract.updateApplicationDraft.body, body: application },
  decideApplication: { schema: apiContract.decideApplication.body, body: { outcome: 'rejected', reason: 'Mangler forankring.', decidedOn: '2007-03-30' } },
  updateMunicipality: { schema: apiContract.updateMunicipality.body, body: { writtenStandard: 'nynorsk', contactEmail: 'postmottak@jolster.kommune.no', organisationNumber: '964967636' } },
  createCohort: {
    schema: apiContract.createCohort.body,
    body: { name: 'Pulje III', applicationWindow: { opensOn: '2008-01-01', closesOn: '2008-02-01' }, startDate: '2008-03-01', durationYears: 2 },
  },
  changeCohortStatus: { schema: apiContract.changeCohortStatus.body, body: { action: 'open' } },
  scheduleGathering: {
    schema: apiContract.scheduleGathering.body,
    body: { kind: 'kickoff', title: 'Oppstartsamling', hosts: { cohortIds: [cohortId] }, audience: 'participants', organiser: 'KS', when: { from: '2007-04-18', to: '2007-04-19', startTime: '10:00', endTime: '15:00' }, venue: { name: 'Scandic Nidelven', address: 'Trondheim' }, description: 'Program kjem.\nMed lunsj.', sessions: [{ id: '6f1c2b9e-4a43-4b8e-9d7a-0c1f2e3d4b5a', title: 'Første', from: '2007-04-18', to: '2007-04-18', startTime: '10:00', endTime: '15:00' }], registrationDeadline: '2007-04-04' },
  },
  cancelGathering: { schema: apiContract.cancelGathering.body, body: { reason: 'For få påmeldte.\nVi prøver igjen.' } },
  changeGathering: {
    schema: apiContract.changeGathering.body,
    body: { kind: 'kickoff', title: 'Oppstartsamling', hosts: { cohortIds: [cohortId] }, audience: 'participants', organiser: 'KS', when: { from: '2007-04-18', to: '2007-04-19', startTime: '10:00', endTime: '15:00' }, venue: { name: 'Scandic Nidelven', address: 'Trondheim' }, description: 'Program kjem.', sessions: [{ id: '6f1c2b9e-4a43-4b8e-9d7a-0c1f2e3d4b5a', title: 'Første', from: '2007-04-18', to: '2007-04-18', startTime: '10:00', endTime: '15:00' }], registrationDeadline: '2007-04-04' },
  },
  formNetwork: { schema: apiContract.formNetwork.body, body: { name: 'Nettverk Midt', advisorId: '6f1c2b9e-4a43-4b8e-9d7a-0c1f2e3d4b5a', members: ['1721'] } },
  assignToNetwork: { schema: apiContract.assignToNetwork.body, body: { municipalityNumber: '1721' } },
  invitePerson: { schema: apiContract.invitePerson.body, body: { name: 'Hanne HR', email: 'hanne.hr@verdal.kommune.no', roles: ['figures-uploader'] } },
  changePerson: { schema: apiContract.changePerson.body, body: { name: 'Hanne Hansen', roles: ['figures-uploader', 'observer'] } },
  inviteStaff: { schema: apiContract.inviteStaff.body, body: { name: 'Vera Veileder', email: 'vera@ks.no', roles: ['advisor'] } },
  changeStaff: { schema: apiContract.changeStaff.body, body: { name: 'Vera Veileder', roles: ['advisor'] } },
  importContactAddresses: { schema: apiContract.importContactAddresses.body, body: { rows: [{ municipalityNumber: '1721', contactEmail: 'postmottak@verdal.kommune.no' }] } },
  uploadAbsenceFigures: {
    schema: apiContract.uploadAbsenceFigures.body,
    body: {
      rows: [
        { period: '2007Q1', unit: 'Verdal sykehjem', lostDays: 90, agreedDays: 1000, selfCertifiedLostDays: 40, doctorCertifiedLostDays: 50, headcount: 12 },
        { period: '2007Q1', sector: 'care', lostDays: 90, agreedDays: 1000 },
      ],
    },
  },
  uploadBulkAbsenceFigures: {
    schema: apiContract.uploadBulkAbsenceFigures.body,
    body: {
      rows: [
        { municipalityNumber: '1721', period: '2007Q1', unit: 'Verdal sykehjem', lostDays: 90, agreedDays: 1000, headcount: 12 },
        { municipalityNumber: '1721', period: '2007Q1', sector: 'care', lostDays: 90, agreedDays: 1000 },
      ],
    },
  },
  setReportPlan: { schema: apiContract.setReportPlan.body, body: { reports: [{ type: 'final-evaluation', title: 'Sluttevaluering', monthsAfterStart: 36 }] } },
  'submitReport (project-plan)': { schema: ReportSubmissions['project-plan'], body: { summary: 'Delprosjekter og organisering av arbeidet.', goalProgress, attachments } },
  'submitReport (status-report)': { schema: ReportSubmissions['status-report'], body: { goalProgress, sickLeaveCommentary: 'Ned i pleie.', lessonsLearnt: 'Tett oppfølging.', attachments, ...progressOfProject } },
  'submitReport (final-evaluation)': { schema: ReportSubmissions['final-evaluation'], body: { goalProgress, sickLeaveCommentary: 'Ned i pleie.', lessonsLearnt: 'Tett oppfølging.', attachments, ...progressOfProject } },
  addSubProject: { schema: apiContract.addSubProject.body, body: { name: 'Uønsket deltid', focusArea: 'Heltidskultur', leader: { name: 'Dag Delprosjekt', email: 'dag@verdal.kommune.no' }, municipalityNumber: '1721' } },
  addGoal: {
    schema: apiContract.addGoal.body,
    body: { name: 'Andel heltid', unit: '%', direction: 'higher-is-better', baseline: { value: 30, date: '2007-01-01' }, target: { value: 50, date: '2009-01-01' }, subProjectId: 'b'.repeat(32) },
  },
  reportGoalValue: { schema: apiContract.reportGoalValue.body, body: { value: 35, measuredOn: '2007-06-30', reportId: 'c'.repeat(32) } },
  reviewReport: { schema: apiContract.reviewReport.body, body: { outcome: 'returned', comment: 'Mangler milepæler.' } },
  moveReportDueDate: { schema: apiContract.moveReportDueDate.body, body: { dueDate: '2007-07-01', comment: 'Etter avtale.' } },
};

/** Multi-line free texts: LF is kept there (and quoted by the letters); every other control is refused. */
const MULTI_LINE = new Set<string>(['/approach', '/reason', '/description', '/summary', '/goalProgress/0/progress', '/sickLeaveCommentary', '/lessonsLearnt', '/comment', '/subProjectStatuses/0/note']);

/** C0 (with CR, LF, TAB, NUL, ESC), DEL, C1 (NEL, CSI) and the Unicode line and paragraph separators. */
const CONTROLS = ['\n', '\r', '\r\n', '\t', '\u0000', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string leaf of a value, as a JSON pointer with its value. */
function stringLeaves(value: Json, pointer = ''): [string, string][] {
  if (typeof value === 'string') return [[pointer, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, `${pointer}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, `${pointer}/${k}`));
  return [];
}

/**
 * Every string field a JSON Schema describes, arrays as their first element. Of alternatives
 * (anyOf: a gathering's cohorts or network, its days or its month) a body can take only one: the
 * one the example fills most is the one it must fill whole.
 */
function stringFields(node: Record<string, unknown>, defs: Record<string, Record<string, unknown>>, filled: ReadonlySet<string>, pointer = ''): string[] {
  if (typeof node.$ref === 'string') return stringFields(defs[node.$ref.split('/').at(-1)!]!, defs, filled, pointer);
  const own: string[] = node.type === 'string' ? [pointer] : [];
  const properties = Object.entries((node.properties as Record<string, Record<string, unknown>> | undefined) ?? {}).flatMap(([k, v]) => stringFields(v, defs, filled, `${pointer}/${k}`));
  const items = node.items ? stringFields(node.items as Record<string, unknown>, defs, filled, `${pointer}/0`) : [];
  const all = ((node.allOf as Record<string, unknown>[] | undefined) ?? []).flatMap((a) => stringFields(a, defs, filled, pointer));
  const choices = ((node.anyOf as Record<string, unknown>[] | undefined) ?? []).map((a) => stringFields(a, defs, filled, pointer));
  const missing = (fields: string[]) => fields.filter((f) => !filled.has(f)).length;
  const chosen = choices.length ? choices.reduce((best, c) => (missing(c) < missing(best) ? c : best)) : [];
  return [...own, ...properties, ...items, ...all, ...chosen];
}

function withLeaf(body: Json, pointer: string, value: string): Json {
  const copy = structuredClone(body) as Record<string, Json>;
  const path = pointer.split('/').slice(1);
  let at: Record<string, Json> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, Json>;
  at[path.at(-1)!] = value;
  return copy;
}

const pointerOf = (path: readonly PropertyKey[]) => (path.length ? '/' + path.map(String).join('/') : '');

describe.each(Object.entries(examples))('%s', (_name, { schema, body }) => {
  it('has a valid example that fills every string field of the schema', () => {
    expect(schema.safeParse(body).success).toBe(true);
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const anyIndex = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/0');
    const filled = new Set(stringLeaves(body as Json).map(([p]) => anyIndex(p)));
    const fields = new Set(stringFields(json, (json.$defs ?? {}) as Record<string, Record<string, unknown>>, filled));
    expect([...fields].filter((f) => !filled.has(f))).toEqual([]);
  });

  const leaves = stringLeaves(body as Json);
  it.each(leaves.map(([pointer, value]) => [pointer, value] as const))('refuses control characters in %s, naming it', (pointer, value) => {
    for (const control of CONTROLS) {
      for (const attempt of [`${value}${control}${control}Din søknad er AVVIST. Logg inn på https://evil.example`, `${control}${value}`, `${value}${control}`]) {
        const result = schema.safeParse(withLeaf(body as Json, pointer, attempt));
        if (MULTI_LINE.has(pointer) && (control === '\n' || control === '\r\n')) {
          expect(result.success, `${pointer} keeps line breaks`).toBe(true);
          continue;
        }
        expect(result.success, `${pointer} with ${JSON.stringify(control)}`).toBe(false);
        expect(result.error!.issues.map((i) => pointerOf(i.path))).toContain(pointer);
      }
    }
  });
});

it('names only fields that exist as multi-line', () => {
  const all = new Set(Object.values(examples).flatMap(({ body }) => stringLeaves(body as Json).map(([p]) => p)));
  expect([...MULTI_LINE].filter((p) => !all.has(p))).toEqual([]);
});
