/**
 * "Kvalitetskommuneprogrammet i Verdal og Levanger", entered through the API as its project page
 * describes it (shared seeds): one joint application with one project leader, Anne Grete Wold
 * (Verdal rådhus); both municipalities assessed and admitted at one steering-group meeting; the
 * six sub-projects; goals in both directions with values over several status reports and their
 * statuses; each member's own figures and the joint sick-leave status from the summed days; a
 * grant of stimulus funds; a project plan signed by management, union and elected officials; the
 * budget overview; and every route and event of it in the OpenAPI document and event catalogue.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { eventCatalogue } from '../../shared/event-catalogue.ts';
import { MANDATORY_ELEMENTS } from '../../shared/applications/assessment-model.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';
import { signAll } from '../support/signatures.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const VERDAL = '1721';
const LEVANGER = '1719';
const LEADER = { name: 'Anne Grete Wold', email: 'anne.grete.wold@verdal.kommune.no', phone: '99100669', municipalityNumber: VERDAL };
const tokens: Record<string, string> = {};
let cohortId: string;
let projectId: string;

function expectStatus(response: ApiResponse, status: number, what: string): ApiResponse {
  expect(response.status, `${what}: ${JSON.stringify(response.json)}`).toBe(status);
  return response;
}

/** One member's part of the joint application: its own political decision and steering parties. */
function memberPart(municipalityNumber: string, name: string, caseReference: string) {
  const { projectLeader: _leader, ...part } = completeApplication();
  return {
    ...part,
    municipalityNumber,
    steeringGroup: [
      { name: `Ordfører i ${name}`, role: 'elected-official', title: 'Ordfører' },
      { name: `Rådmann i ${name}`, role: 'management', title: 'Rådmann' },
      { name: `Hovedtillitsvalgt i ${name}`, role: 'union-representative', title: 'Hovedtillitsvalgt, Fagforbundet' },
    ],
    politicalDecision: { decidedBy: 'Kommunestyret', date: '2007-02-26', caseReference },
  };
}

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  tokens.verdal = await personToken(stack, { municipality: VERDAL });
  tokens.levanger = await personToken(stack, { municipality: LEVANGER });
  cohortId = await createOpenCohort(api, tokens.secretariat, 'Pulje 1');
});

describe('Kvalitetskommuneprogrammet i Verdal og Levanger', () => {
  let jointId: string;
  const subProjects: Record<string, string> = {};
  const goals: Record<string, string> = {};

  it('applies jointly: one application, one project leader, each municipality its own decision and parties', async () => {
    const made = expectStatus(
      await api('/joint-applications', {
        method: 'POST',
        token: tokens.verdal,
        body: {
          cohortId,
          name: 'Kvalitetskommuneprogrammet i Verdal og Levanger',
          projectLeader: LEADER,
          sickLeaveTarget: { baselineYear: 2006, baselinePercentage: 10, targetPercentage: 8.5, targetDate: '2009-12-31' },
          members: [memberPart(VERDAL, 'Verdal', 'PS 14/07'), memberPart(LEVANGER, 'Levanger', 'PS 9/07')],
        },
      }),
      201,
      'joint application',
    );
    jointId = made.json.id;
    expect(made.json.members.map((m: { municipalityNumber: string; status: string }) => [m.municipalityNumber, m.status])).toEqual([
      [VERDAL, 'submitted'],
      [LEVANGER, 'submitted'],
    ]);
    await confirmEmail(stack, api, LEADER.email);
  });

  it('is assessed, and both are admitted at one meeting of the steering group', async () => {
    const joint = (await api(`/joint-applications/${jointId}`, { token: tokens.secretariat })).json;
    for (const member of joint.members) {
      expectStatus(
        await api(`/applications/${member.applicationId}/assessment`, {
          method: 'PUT',
          token: tokens.secretariat,
          body: { elements: MANDATORY_ELEMENTS.map((element) => ({ element, met: true })), recommendation: 'admit', reasoning: 'Alle obligatoriske elementer er med, og prosjektet er felles.' },
        }),
        200,
        `assessing ${member.municipalityNumber}`,
      );
    }
    const meeting = expectStatus(
      await api(`/cohorts/${cohortId}/steering-group-decisions`, {
        method: 'POST',
        token: tokens.secretariat,
        body: { meetingDate: '2007-03-30', decisions: joint.members.map((m: { applicationId: string }) => ({ applicationId: m.applicationId, outcome: 'admitted' })) },
      }),
      201,
      'meeting',
    );
    expect(meeting.json).toMatchObject({ admitted: 2, rejected: 0 });
    await stack.settled();
    const after = (await api(`/joint-applications/${jointId}`, { token: tokens.levanger })).json;
    expect(after.members.map((m: { status: string }) => m.status)).toEqual(['admitted', 'admitted']);
  });

  it('has one project of both municipalities, and six sub-projects', async () => {
    projectId = jointId;
    const project = expectStatus(await api(`/projects/${projectId}`, { token: tokens.verdal }), 200, 'project');
    expect(project.json.members.map((m: { municipalityNumber: string }) => m.municipalityNumber).sort()).toEqual([LEVANGER, VERDAL]);
    expect((await api(`/municipalities/${LEVANGER}/projects`, { token: tokens.levanger })).json.projects.map((p: { id: string }) => p.id)).toContain(projectId);
    const wanted: [string, string, string | undefined][] = [
      ['Uønsket deltid', 'Heltidskultur i pleie og omsorg', undefined],
      ['Sykefravær', 'Nærvær og oppfølging av sykmeldte', undefined],
      ['Medarbeiderskap', 'Medarbeiderskap og medvirkning', undefined],
      ['Oppvekst Verdal', 'Barnehage og skole', VERDAL],
      ['Oppvekst Levanger', 'Barnehage og skole', LEVANGER],
      ['Kvalitetssystem', 'Felles kvalitetssystem', undefined],
    ];
    for (const [name, focusArea, municipalityNumber] of wanted) {
      const sub = expectStatus(
        await api(`/projects/${projectId}/sub-projects`, { method: 'POST', token: tokens.verdal, body: { name, focusArea, leader: { name: LEADER.name, email: LEADER.email }, ...(municipalityNumber ? { municipalityNumber } : {}) } }),
        201,
        name,
      );
      subProjects[name] = sub.json.id;
    }
    const read = (await api(`/projects/${projectId}`, { token: tokens.levanger })).json;
    expect(read.subProjects.map((s: { name: string }) => s.name)).toEqual(wanted.map(([name]) => name));
    expect(read.subProjects.find((s: { name: string }) => s.name === 'Oppvekst Levanger').municipalityNumber).toBe(LEVANGER);
  });

  it('sets goals in both directions, and refuses one whose target is on the wrong side', async () => {
    const fullTime = await api(`/projects/${projectId}/goals`, {
      method: 'POST',
      token: tokens.verdal,
      body: { name: 'Andel heltidsstillinger i pleie og omsorg', unit: '%', direction: 'higher-is-better', baseline: { value: 35, date: '2007-01-01' }, target: { value: 50, date: '2009-12-31' }, subProjectId: subProjects['Uønsket deltid'] },
    });
    goals.fullTime = expectStatus(fullTime, 201, 'rising goal').json.id;
    const absence = await api(`/projects/${projectId}/goals`, {
      method: 'POST',
      token: tokens.levanger,
      body: { name: 'Sykefravær i pleie og omsorg', unit: '%', direction: 'lower-is-better', baseline: { value: 9.5, date: '2007-01-01' }, target: { value: 8, date: '2009-12-31' }, subProjectId: subProjects['Sykefravær'] },
    });
    goals.absence = expectStatus(absence, 201, 'falling goal').json.id;
    const wrong = await api(`/projects/${projectId}/goals`, {
      method: 'POST',
      token: tokens.verdal,
      body: { name: 'Brukertilfredshet', unit: 'poeng', direction: 'higher-is-better', baseline: { value: 4.2, date: '2007-01-01' }, target: { value: 4.0, date: '2009-12-31' } },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/target/value');
  });

  it('reports values over several status reports, and the goals take their statuses', async () => {
    const reports = (await api(`/reports?cohortId=${cohortId}`, { token: tokens.verdal })).json.reports as { id: string; type: string; dueDate: string }[];
    const statusReports = reports.filter((r) => r.type === 'status-report').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    expect(statusReports.length).toBeGreaterThanOrEqual(2);
    const rounds = [
      { report: statusReports[0]!, measuredOn: '2007-12-31', fullTime: 41, absence: 9.0, expect: { fullTime: 'on-track', absence: 'on-track' }, subProject: 'on-track' },
      { report: statusReports[1]!, measuredOn: '2008-12-31', fullTime: 50.5, absence: 8.9, expect: { fullTime: 'achieved', absence: 'off-track' }, subProject: 'delayed' },
    ] as const;
    for (const round of rounds) {
      expectStatus(
        await api(`/reports/${round.report.id}/submission`, {
          method: 'POST',
          token: tokens.verdal,
          body: {
            goalProgress: [{ goal: 'Heltid og nærvær', progress: `Målinger per ${round.measuredOn}.` }],
            sickLeaveCommentary: 'Nærværsarbeidet følges opp i begge kommuner.',
            goalValues: [
              { goalId: goals.fullTime, value: round.fullTime, measuredOn: round.measuredOn },
              { goalId: goals.absence, value: round.absence, measuredOn: round.measuredOn },
            ],
            subProjectStatuses: [{ subProjectId: subProjects['Sykefravær'], status: round.subProject, note: `Per ${round.measuredOn}` }],
          },
        }),
        200,
        `status report due ${round.report.dueDate}`,
      );
      await stack.settled();
      const project = (await api(`/projects/${projectId}`, { token: tokens.levanger })).json;
      const statusOf = (id: string) => project.goals.find((g: { id: string }) => g.id === id).status;
      expect({ fullTime: statusOf(goals.fullTime!), absence: statusOf(goals.absence!) }).toEqual(round.expect);
    }
    const fullTime = (await api(`/projects/${projectId}/goals/${goals.fullTime}`, { token: tokens.verdal })).json;
    expect(fullTime.values.map((v: { value: number; reportId?: string }) => [v.value, v.reportId])).toEqual([
      [41, statusReports[0]!.id],
      [50.5, statusReports[1]!.id],
    ]);
    const sub = (await api(`/projects/${projectId}/sub-projects/${subProjects['Sykefravær']}`, { token: tokens.verdal })).json;
    expect(sub.statuses.map((s: { status: string }) => s.status)).toEqual(['on-track', 'delayed']);
    // A value for a goal of another project is not found.
    const elsewhere = await api(`/projects/${projectId}/goals/${'0'.repeat(32)}/values`, { method: 'POST', token: tokens.verdal, body: { value: 1, measuredOn: '2008-12-31' } });
    expect(elsewhere.status).toBe(404);
  });

  it('each member uploads its own figures; the joint status is computed from the summed days, beside each own', async () => {
    const quarters = ['2006Q1', '2006Q2', '2006Q3', '2006Q4', '2007Q1', '2007Q2', '2007Q3', '2007Q4'];
    // Verdal 10 % in 2006 and 9 % in 2007; Levanger (three times as many agreed days) 10 % and 8 %.
    const rows = (lost2006: number, lost2007: number, agreed: number) => quarters.map((period) => ({ period, lostDays: period.startsWith('2006') ? lost2006 : lost2007, agreedDays: agreed }));
    expectStatus(await api(`/municipalities/${VERDAL}/absence-figures`, { method: 'POST', token: tokens.verdal, body: { rows: rows(1000, 900, 10_000) } }), 201, 'Verdal figures');
    expectStatus(await api(`/municipalities/${LEVANGER}/absence-figures`, { method: 'POST', token: tokens.levanger, body: { rows: rows(3000, 2400, 30_000) } }), 201, 'Levanger figures');
    await stack.settled();
    const joint = expectStatus(await api(`/joint-projects/${jointId}/target-status`, { token: tokens.verdal }), 200, 'joint status').json;
    // Summed: (900 + 2400) × 4 ÷ (40 000 × 4) = 8.25 %, at or below the joint target 8.5 %.
    expect(joint.assessment).toMatchObject({ status: 'achieved', latest: { quarter: '2007Q4', percentage: 8.25, lostDays: 13_200, agreedDays: 160_000 } });
    expect(joint.members.map((m: { municipalityNumber: string; targetStatus: { latest?: { percentage: number } } | null }) => [m.municipalityNumber, m.targetStatus?.latest?.percentage])).toEqual([
      [VERDAL, 9],
      [LEVANGER, 8],
    ]);
    expect((await api(`/joint-projects/${jointId}/target-status`, { token: await personToken(stack, { municipality: '1714' }) })).status).toBe(404);
  });

  it('is granted stimulus funds, and the overview shows the budget lines', async () => {
    const applied = expectStatus(
      await api('/grants', { method: 'POST', token: tokens.verdal, body: { cohortId, purpose: 'Kick-off på Stiklestad for begge kommuner, desember 2007.', amountRequested: 15_000_000, year: 2007 } }),
      201,
      'grant application',
    );
    expectStatus(await api(`/grants/${applied.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { granted: 12_000_000, comment: 'Reiseutgifter dekkes av kommunene.' } }), 200, 'grant decision');
    const overview = (await api('/overview/budget?year=2007', { token: tokens.secretariat })).json;
    expect(overview.lines.map((l: { line: string }) => l.line).sort()).toEqual(['competence-development', 'secretariat', 'stimulus-funds']);
    expect(overview.lines.find((l: { line: string }) => l.line === 'stimulus-funds')).toMatchObject({ budget: 1_000_000_000, granted: 12_000_000, remaining: 988_000_000 });
  });

  it('has a project plan signed by management, union representative and elected official', async () => {
    const reports = (await api(`/reports?cohortId=${cohortId}`, { token: tokens.verdal })).json.reports as { id: string; type: string }[];
    const plan = reports.find((r) => r.type === 'project-plan')!;
    const submitted = expectStatus(
      await api(`/reports/${plan.id}/submission`, {
        method: 'POST',
        token: tokens.verdal,
        body: { summary: 'Seks delprosjekter: uønsket deltid, sykefravær, medarbeiderskap, oppvekst i Verdal og i Levanger, og et felles kvalitetssystem.' },
      }),
      200,
      'project plan',
    );
    expect(submitted.json.status).toBe('awaiting-signatures');
    const signed = await signAll(stack, api, plan.id, VERDAL);
    expect(signed.json).toMatchObject({ status: 'submitted', missingRoles: [] });
    expect(signed.json.signatures.map((s: { role: string }) => s.role).sort()).toEqual(['elected-official', 'management', 'union-representative']);
  });

  it('is all in the OpenAPI document and the event catalogue', () => {
    const openapi = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as { paths: Record<string, unknown> };
    for (const path of [
      '/joint-applications',
      '/joint-applications/{id}',
      '/joint-projects/{id}/target-status',
      '/applications/{id}/assessment',
      '/cohorts/{cohortId}/steering-group-decisions',
      '/projects/{projectId}',
      '/projects/{projectId}/sub-projects',
      '/projects/{projectId}/goals',
      '/projects/{projectId}/goals/{goalId}/values',
      '/grants',
      '/grants/{id}/decision',
      '/overview/budget',
      '/reports/{id}/signatures',
    ]) {
      expect(openapi.paths, path).toHaveProperty([path]);
    }
    const events = new Set(Object.keys(eventCatalogue));
    for (const name of ['JointApplicationSubmitted', 'ApplicationAssessed', 'SteeringGroupMeetingHeld', 'SubProjectAdded', 'GoalAdded', 'GoalValueReported', 'GoalStatusChanged', 'GrantDecided', 'ReportSigned', 'ReportSignaturesVoided']) {
      expect(events.has(name), name).toBe(true);
    }
    const catalogue = readFileSync('docs/events.md', 'utf8');
    for (const name of ['JointApplicationSubmitted', 'GoalStatusChanged', 'ReportSigned']) expect(catalogue).toContain(name);
  });
});
