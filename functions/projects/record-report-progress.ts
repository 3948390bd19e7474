import { projectsRepository, recordReport, type ReportedProgress } from '#shared/projects/index.ts';
import { reportsRepository } from '#shared/reports/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { recordReportProgress } from '#shared/projects/routes.ts';

/**
 * On ReportSubmitted: the report's goal values and sub-project statuses, recorded with the
 * report's id and its submitter, in the municipality's projects whose goals and sub-projects
 * they name. Ids no project of the municipality knows are logged as ignored. Delivered again,
 * nothing changes (what the report recorded is recorded once).
 */
export const handler = eventHandler(recordReportProgress, async ({ data, metadata }) => {
  const report = await reportsRepository().get(data.reportId);
  if (!report) throw new Error(`Report ${data.reportId} does not exist`);
  const submission = report.value.submission ?? {};
  const goalValues = (submission.goalValues ?? []) as ReportedProgress['goalValues'];
  const subProjectStatuses = (submission.subProjectStatuses ?? []) as ReportedProgress['subProjectStatuses'];
  if (goalValues.length === 0 && subProjectStatuses.length === 0) return;
  const submitter = [...report.value.history].reverse().find((h) => h.status === 'submitted')?.by ?? 'unknown';
  const projects = projectsRepository();
  const context = { by: submitter, correlationId: metadata.correlationId, now: new Date(data.submittedAt) };
  const read = await projects.ofMunicipality(data.municipalityNumber);
  const mine = read.map((p) => p.value);
  const known = (p: (typeof mine)[number]) => ({
    reportId: data.reportId,
    goalValues: goalValues.filter((v) => p.goals.some((g) => g.id === v.goalId)),
    subProjectStatuses: subProjectStatuses.filter((s) => p.subProjects.some((x) => x.id === s.subProjectId)),
  });
  const ignored = [
    ...goalValues.filter((v) => !mine.some((p) => p.goals.some((g) => g.id === v.goalId))).map((v) => `goal ${v.goalId}`),
    ...subProjectStatuses.filter((s) => !mine.some((p) => p.subProjects.some((x) => x.id === s.subProjectId))).map((s) => `sub-project ${s.subProjectId}`),
  ];
  if (ignored.length > 0) logger.warn('Report names goals or sub-projects no project of the municipality has: ignored', { reportId: data.reportId, ignored });
  for (const versioned of read) {
    const progress = known(versioned.value);
    if (progress.goalValues.length === 0 && progress.subProjectStatuses.length === 0) continue;
    // The project as just read is the first attempt's; only a lost race reads it again.
    await projects.change(
      async () => (await projects.get(versioned.value.id))!,
      (p) => recordReport(p, progress, context).change,
      versioned,
    );
  }
});
