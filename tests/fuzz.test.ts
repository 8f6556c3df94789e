import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { importBytes } from '../src/pipeline.js';
import type { ReportEntry } from '../src/cli/report.js';
import { FUZZ_SEED, fuzzCases, type FuzzCase } from './fuzz-cases.js';

/**
 * A bounded fuzz run: a few hundred deterministically mutated PDFs and text extractions (see
 * fuzz-cases.ts) imported as one batch on worker threads with a timeout. Whatever the bytes, the
 * importer must either import a document or fail the file with a reader's code: never crash
 * (`internal`), never hang (`input/timeout`), and keep its report, stderr and outputs consistent.
 * A failure names each case (index, mutation, source fixture); `fuzzCase(seed, index)`
 * rebuilds its bytes.
 */
const CASES = 500;
/** CI runs the fixed seed; `FUZZ_SEED=8 npx vitest run tests/fuzz.test.ts` explores another. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZ_SEED;
const MAX_TOTAL_BYTES = 30 * 1024 * 1024;

/**
 * What an in-process import of a case that crashed its worker throws: the report's message is
 * the error's stack, which for pdf.js's exceptions is the stack of their prototype, not the error.
 */
async function reimported(path: string, c: FuzzCase): Promise<string> {
  try {
    await importBytes(path, c.bytes);
    return '\n  (in process: imported without an error)';
  } catch (e) {
    const err = e as { name?: string; message?: string; details?: string; stack?: string };
    return `\n  (in process: ${err.name}: ${err.message}${err.details ? ` [details: ${err.details}]` : ''}; stack: ${err.stack?.split('\n').slice(1, 6).join(' <- ')})`;
  }
}

describe('fuzz: mutated PDFs and text extractions', () => {
  it(
    `imports ${CASES} mutated inputs (seed ${SEED.toString(16)}) without crashes or hangs`,
    async () => {
      const cases = fuzzCases(SEED, CASES);
      const total = cases.reduce((a, c) => a + c.bytes.length, 0);
      expect(total).toBeLessThan(MAX_TOTAL_BYTES);

      const tmp = mkdtempSync(join(tmpdir(), 'plan-import-fuzz-'));
      try {
        const dir = join(tmp, 'in');
        const out = join(tmp, 'out');
        const reportPath = join(tmp, 'report.json');
        mkdirSync(dir);
        const byPath = new Map<string, FuzzCase>();
        for (const c of cases) {
          const path = join(dir, c.name);
          writeFileSync(path, c.bytes);
          byPath.set(path, c);
        }

        let stdout = '';
        let stderr = '';
        let code: number | undefined;
        let thrown: unknown;
        try {
          code = await run([dir, '--out-dir', out, '--jobs', '2', '--timeout', '20', '--report', reportPath, '-q'], {
            stdout: (s) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')),
            stderr: (s) => (stderr += s),
          });
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `run() threw: ${(thrown as Error)?.stack ?? String(thrown)}`).toBeUndefined();
        expect([0, 1], `exit code ${code}; stderr:\n${stderr.slice(0, 4000)}`).toContain(code);
        expect(stdout).toBe('');

        const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { totals: { files: number }; files: ReportEntry[] };
        expect(report.totals.files).toBe(cases.length);
        expect(report.files).toHaveLength(cases.length);
        expect(new Set(report.files.map((f) => f.file))).toEqual(new Set(byPath.keys()));

        const stderrLines = stderr.split('\n');
        const problems: string[] = [];
        for (const entry of report.files) {
          const c = byPath.get(entry.file);
          const label = c ? `#${c.index} ${c.name} [source ${c.source}; ${c.mutation}]` : entry.file;
          const problem = (what: string) => problems.push(`${label}: ${what}`);

          if (entry.code === 'internal') problem(`importer crashed (internal): ${entry.message}${c ? await reimported(entry.file, c) : ''}`);
          if (entry.code === 'input/timeout') problem(`importer hung (input/timeout): ${entry.message}`);

          if (entry.status === 'failed') {
            if (!entry.code) problem('failed without a code');
            if (!entry.message) problem('failed without a message');
            const prefix = `${entry.file}: error ${entry.code}`;
            if (!stderrLines.some((l) => l.startsWith(prefix))) problem(`no stderr line starting with "${prefix}"`);
            continue;
          }
          if (entry.status !== 'imported' && entry.status !== 'imported-with-errors') {
            problem(`unknown status ${JSON.stringify(entry.status)}`);
            continue;
          }
          if (!entry.output || !existsSync(entry.output)) {
            problem(`imported but its output ${JSON.stringify(entry.output)} does not exist`);
            continue;
          }
          let doc: { diagnostics?: unknown; source?: { path?: unknown } };
          try {
            doc = JSON.parse(readFileSync(entry.output, 'utf8'));
          } catch (e) {
            problem(`output ${entry.output} is not JSON: ${(e as Error).message}`);
            continue;
          }
          if (doc.source?.path !== entry.file) problem(`source.path is ${JSON.stringify(doc.source?.path)}`);
          if (!Array.isArray(doc.diagnostics)) {
            problem('diagnostics is not an array');
            continue;
          }
          for (const d of doc.diagnostics as { code?: unknown; file?: unknown; message?: unknown }[]) {
            if (typeof d.code !== 'string' || d.code === '') problem(`diagnostic without a code: ${JSON.stringify(d).slice(0, 300)}`);
            if (d.file !== entry.file) problem(`diagnostic ${String(d.code)} has file ${JSON.stringify(d.file)}`);
          }
        }
        expect(problems).toEqual([]);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
