/**
 * How every function is bundled, in one place: the stack's NodejsFunction and the cold-start
 * benchmark (bench/cold-start.ts) both read it, so the benchmark measures what is deployed.
 * Plain data, no CDK import, so the benchmark can load it cheaply.
 */

/**
 * esbuild emits ESM, but some bundled dependencies are CommonJS and call `require` for Node
 * built-ins; ESM has no `require`, so the bundle defines one.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __programmeCreateRequire } from 'node:module'; const require = __programmeCreateRequire(import.meta.url);";

export const functionBundling = {
  format: 'esm',
  target: 'node24',
  // ESM entry points first: they are what lets esbuild drop the unused parts of a package.
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  sourceMap: true,
  /**
   * Nothing is left to the runtime: the AWS SDK is bundled too, minified and tree-shaken. One
   * file loads faster than the runtime's copy spread over hundreds of files, and the code runs
   * with exactly the SDK version the tests ran with.
   */
  externalModules: [] as string[],
  /** Stack traces in the logs point into the TypeScript sources. */
  nodeOptions: '--enable-source-maps',
} as const;

/**
 * Bundles one function with esbuild exactly as NodejsFunction does with the settings above,
 * with a metafile saying which inputs went in (the cold-start benchmark and the bundle tests).
 */
export async function bundleFunction(entry: string | { readonly contents: string; readonly resolveDir: string }, outfile: string) {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, sourcefile: 'entry.mjs' } }),
    outfile,
    bundle: true,
    platform: 'node',
    format: functionBundling.format,
    target: functionBundling.target,
    minify: functionBundling.minify,
    sourcemap: functionBundling.sourceMap,
    sourcesContent: false,
    mainFields: [...functionBundling.mainFields],
    external: [...functionBundling.externalModules],
    banner: { js: functionBundling.banner },
    metafile: true,
    logLevel: 'silent',
  });
  return metafile;
}
