/** Filesystem anchors for the CDK app: function entries in the routing table are relative to the repository root. */
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');

/** The lock file that pins what esbuild bundles into each function. */
export const lockFile = path.join(repoRoot, 'package-lock.json');

export const tsconfigFile = path.join(repoRoot, 'tsconfig.json');
