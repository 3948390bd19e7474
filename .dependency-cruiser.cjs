/**
 * The layering rules `npm test` enforces (npm run lint:deps): no cycles; the platform at the
 * bottom knows no capability; a capability reaches another only through its public entry
 * (index.ts, model.ts, contract.ts) and only downwards in ORDER; models, commands and
 * contracts are pure (no AWS, no HTTP or event stacks, no repositories); handlers import only
 * shared/ (never a sibling); the routing table and the declarations are plain data; nothing in
 * shared/ or functions/ imports tooling (local/, infra/, test/, bench/).
 * CommonJS: the package is "type": "module" and dependency-cruiser loads its config with require.
 */
/** Capabilities, lowest first: one may import only those before it. */
const ORDER = [
  'notifications',
  'email-confirmations',
  'municipalities',
  'people',
  'cohorts',
  'applications',
  'networks',
  'gatherings',
  'absence',
  'target-status',
  'reports',
  'projects',
  'funds',
  'calendar-feeds',
  'overview',
  'programme-site',
  'exports',
  'audit',
  'webhooks',
  'dead-letters',
  'api-description',
];
const CAP = `(${ORDER.join('|')})`;
const AWS = '(^|/)node_modules/(@aws-sdk|@aws-lambda-powertools|@middy|csv-parse)/';
const IMPURE_PLATFORM = '^shared/platform/(http/|dynamodb/|idempotency[.]ts|events/event-handler[.]ts|outbox/(publisher|outbox-stream|outbox-item)[.]ts|mail/ses-mailer[.]ts|config[.]ts|config-document[.]ts|logger[.]ts)';
const PURE = `^shared/(${CAP}/(model|commands|contract)[.]ts$|platform/(refusal|dates|tally|written-standard|interruptions|trajectory)[.]ts$|platform/contract/)`;

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'a cycle makes two modules one; split what both need into the lower one', from: {}, to: { circular: true } },
    {
      name: 'pure-model-commands-and-contracts',
      severity: 'error',
      comment: 'models, commands and contracts decide; they import nothing from AWS, the HTTP or event stacks, the table or a repository (not even transitively)',
      from: { path: PURE },
      to: { path: [AWS, IMPURE_PLATFORM, `^shared/${CAP}/([a-z-]*repository|routes|emails|uploads|queues|notify|accept-later|upload-objects|upload-urls)[.]ts$`], reachable: true },
    },
    {
      name: 'platform-is-the-ground',
      severity: 'error',
      comment: 'the platform knows no capability, no routing table and no event catalogue entry',
      from: { path: '^shared/platform/' },
      to: { path: `^shared/(${CAP}/|routing[.]ts|openapi[.]ts)` },
    },
    {
      name: 'capabilities-through-public-entry',
      severity: 'error',
      comment: 'another capability is reached through its index.ts, model.ts or contract.ts only (and the pure disclosure rule of figures, which every reader of a figure needs)',
      from: { path: `^shared/${CAP}/` },
      to: { path: `^shared/${CAP}/`, pathNot: ['^shared/$1/', `^shared/${CAP}/(index|model|contract)[.]ts$`, '^shared/absence/disclosure[.]ts$'] },
    },
    {
      name: 'handlers-through-public-entry',
      severity: 'error',
      comment:
        'a handler uses public entries, and the declarations of its own capability; absence keeps its CSV reader and S3 code ' +
        'out of its index.ts (so GET bundles stay small), and only its upload handlers import those files; people keeps its Cognito client so',
      from: { path: `^functions/${CAP}/` },
      to: {
        path: `^shared/${CAP}/`,
        pathNot: [`^shared/${CAP}/(index|model|contract)[.]ts$`, '^shared/$1/(registration-|assessment-|joint-)?routes[.]ts$', '^shared/absence/(csv-columns|upload-file|upload-urls|upload-objects|accept-later)[.]ts$', '^shared/statistics/csv[.]ts$', '^shared/people/logins[.]ts$'],
      },
    },
    {
      name: 'routing-table-is-plain-data',
      severity: 'error',
      comment: 'CDK, the local runtime and the docs read the table without handler code, repositories or AWS clients',
      from: { path: ['^shared/routing[.]ts$', '^shared/[a-z-]+/(registration-)?routes[.]ts$', '^shared/platform/declarations[.]ts$'] },
      to: { path: [AWS, '^functions/', IMPURE_PLATFORM, `^shared/${CAP}/([a-z-]*repository|commands|index|emails)[.]ts$`], reachable: true },
    },
    {
      name: 'functions-import-only-shared',
      severity: 'error',
      comment: 'no sibling handler and no tooling; the one generated file served is docs/openapi.json',
      from: { path: '^functions/' },
      to: { path: '^(functions|local|infra|test|bench|data)/|^docs/(?!openapi[.]json$)' },
    },
    {
      name: 'no-runtime-import-of-the-routing-table',
      severity: 'error',
      comment: 'the table holds every schema: a bundle that imports it carries them all (its types are fine)',
      from: { path: '^(functions|shared/platform|shared/[a-z-]+)/' },
      to: { path: '^shared/(routing|openapi)[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-imports-no-tooling',
      severity: 'error',
      comment: 'shared/ is what the functions run: never local/, infra/, test/ or bench/',
      from: { path: '^shared/' },
      to: { path: '^(functions|local|infra|test|bench)/' },
    },
    ...ORDER.slice(0, -1).map((cap, i) => ({
      name: `capability-order-${cap}`,
      severity: 'error',
      comment: `${cap} may import only ${ORDER.slice(0, i).join(', ') || 'the platform'} (and the platform)`,
      from: { path: `^shared/${cap}/` },
      to: { path: `^shared/(${ORDER.slice(i + 1).join('|')})/`, dependencyTypesNot: ['type-only'] },
    })),
    {
      name: 'no-dev-dependencies-at-runtime',
      severity: 'error',
      comment: 'shared/openapi.ts (zod-openapi) runs only in npm run docs and tests',
      from: { path: '^(shared|functions)/', pathNot: '^shared/openapi[.]ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(cdk[.]out|[.]local|docs|data|coverage|test/fixtures/layering)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
  },
};
