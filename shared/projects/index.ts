/** Local projects, the public runtime entry: what the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { ProjectsRepository, projectsRepository } from './repository.ts';
