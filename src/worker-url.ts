import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * The URL a worker thread is started from, for the module `name` (without extension) beside
 * `base` (the caller's import.meta.url): the built `.js` file; when running from the TypeScript
 * sources (the tests), a module that registers tsx in the worker and then loads the source
 * (loader flags are not inherited by workers).
 */
export function workerModuleUrl(base: string, name: string): URL {
  if (!base.endsWith('.ts')) return new URL(`./${name}.js`, base);
  // require.resolve gives the package's CommonJS build; the worker module wants the ESM one
  const tsx = pathToFileURL(createRequire(base).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = new URL(`./${name}.ts`, base).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * The Node flags a worker thread starts with: the process's, but for those only a script given
 * inline may carry (`node --input-type=module -e …` would stop every worker at its start).
 */
export function workerExecArgv(): string[] {
  return process.execArgv.filter((a) => !a.startsWith('--input-type'));
}
