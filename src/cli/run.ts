import { extname } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { INPUT_LIMIT_BYTES, type ImportOptions } from '../pipeline.js';
import { OCR_MODES, type OcrMode } from '../extract/pdf/read-pdf.js';
import { UnreadableInputError } from '../extract/source-text.js';
import { builtinProfiles, loadProfileFile, ProfileError } from '../profiles/load-profiles.js';
import { planDocumentJsonSchemaText } from '../records/json-schema.js';
import type { PlanDocument } from '../records/schema.js';
import { documentsToCsv, encodeCsv, type CsvEncoding, type CsvTable } from '../write/csv.js';
import { documentsToJson } from '../write/json.js';
import { defaultJobs, runBatch, type Outcome } from './batch.js';
import { oneLine } from './errors.js';
import { expandInputs, type Input } from './inputs.js';
import { documentBytes, OutputExistsError, OutputPathError, pendingTemporaries, writeOutput, writeReportFile, writeReportFileSync, type Format } from './outputs.js';
import { readFileSync, unlinkSync } from 'node:fs';
import { Progress } from './progress.js';
import { mergeReports, problemEntry, reportEntry, reportJson, ReportMergeError, reportTable, type ReportEntry } from './report.js';
import { parseShard, shardOf, type Shard } from './shard.js';
import type { InspectCliOptions } from './inspect.js';

/**
 * Exit codes: 0 every file imported without errors; 1 some file failed, or has error
 * diagnostics (or, with --strict, warnings); 2 a usage or fatal error (nothing was converted).
 */
export const EXIT_OK = 0;
export const EXIT_FILE_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface Io {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (the progress bar is drawn only then), and its width. */
  stderrTTY?: boolean;
  columns?: number;
  /** All of standard input, for `-`. */
  readStdin?: () => Promise<Uint8Array>;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const c of process.stdin) {
      total += (c as Buffer).length;
      // an endless stdin (`< /dev/zero`) stops at the limit instead of at the end of memory
      if (total > INPUT_LIMIT_BYTES) {
        process.stdin.destroy();
        throw new UnreadableInputError('-', 'extract/too-large', `stdin holds more than the ${INPUT_LIMIT_BYTES / 2 ** 20} MiB an input may hold`);
      }
      chunks.push(c as Buffer);
    }
    return Buffer.concat(chunks);
  },
};

/** The installed package's version: src/cli and dist/cli both sit two folders under the package root. */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return n;
}

interface ConvertOptions {
  format: Format;
  csv: CsvTable;
  encoding: CsvEncoding;
  outDir?: string;
  force?: boolean;
  jobs: number;
  timeout?: number;
  profile?: string;
  municipality?: string;
  strict?: boolean;
  trace?: boolean;
  report?: string | true;
  quiet?: boolean;
  keywords?: boolean;
  shard?: Shard;
  ocr: OcrMode;
}

/** Run the CLI with argv (without `node` and the script); returns the exit code, never exits. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let exit = EXIT_OK;
  const program = new Command()
    .name('plan-import')
    .description('Turn Japanese municipal plan documents (PDF or text extractions) into validated JSON / CSV records.')
    .exitOverride()
    .enablePositionalOptions()
    .version(packageVersion(), '-V, --version', 'print the version')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: io.stderr })
    .argument('[inputs...]', 'PDF or text files, directories (read recursively), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
    .addOption(new Option('--csv <table>', 'CSV table to write').choices(['records', 'indicators', 'yearly', 'money']).default('records'))
    .addOption(new Option('--encoding <encoding>', 'CSV encoding: utf-8 (with BOM) or shift_jis (CP932, for older Excel)').choices(['utf-8', 'shift_jis']).default('utf-8'))
    .option('-o, --out-dir <dir>', 'write one output per input under DIR (paths mirrored, a/b.pdf → DIR/a/b.json) instead of stdout')
    .option('--force', 'overwrite existing outputs in --out-dir')
    .addOption(new Option('-j, --jobs <n>', 'files imported in parallel (worker threads)').argParser(positiveInt).default(defaultJobs(), 'the number of cores, fewer if memory is short'))
    .addOption(new Option('--timeout <seconds>', 'stop a file that takes longer (it fails; the batch goes on)').argParser(positiveNumber))
    .addOption(new Option('--shard <K/N>', 'take only the K-th of N shares of the inputs, chosen by path (the same on every machine and in any order): one job of a CI matrix').argParser(parseShard))
    .option('--profile <file>', 'use this layout profile (JSON) instead of detecting one')
    .option('--municipality <name>', 'set the municipality instead of detecting it')
    .option('--keywords', 'add keywords (compound nouns of title and goal) to each record; loads the tokenizer')
    .addOption(new Option('--ocr <mode>', 'read PDF pages by OCR (Tesseract with jpn data): auto = pages without a text layer, always = every page, never').choices(OCR_MODES).default('auto'))
    .option('--strict', 'treat warnings as failures for the exit code')
    .option('--trace', 'print every stage of the pipeline as JSON on stderr (runs the files one by one)')
    .option('--report [file]', 'report per input how much of its text landed in records: a table on stderr, or JSON to FILE')
    .option('-q, --quiet', 'no per-file summary lines on stderr (errors are still printed)')
    .addHelpText('after', '\nExit codes: 0 every file imported without errors; 1 some file failed or has errors\n(or warnings, with --strict); 2 usage or fatal error.')
    .action(async (inputs: string[], opts: ConvertOptions) => {
      if (inputs.length === 0) {
        io.stderr(program.helpInformation());
        exit = EXIT_USAGE;
        return;
      }
      if (opts.encoding !== 'utf-8' && opts.format !== 'csv') {
        io.stderr('plan-import: --encoding applies to CSV only (--format csv)\n');
        exit = EXIT_USAGE;
        return;
      }
      exit = await convert(inputs, opts, io);
    });

  program
    .command('profiles')
    .description('list the layout profiles (id, layout, family, description)')
    .action(() => {
      for (const p of builtinProfiles()) io.stdout(`${p.id}\t${p.layout}\t${p.family}\t${p.description}\n`);
    });
  program
    .command('profile')
    .description('work with layout profiles')
    .command('draft')
    .argument('<file>', 'a PDF or text extraction of the form')
    .description('print a form-sheets profile drafted from FILE (sheet label, every label with its role) to correct and pass with --profile')
    .action(async (file: string) => {
      try {
        const { draftProfile } = await import('../pipeline.js');
        const draft = await draftProfile(file);
        if (!draft) {
          io.stderr(`plan-import: ${file}: no form sheet found (no name label such as 事業名 or 事務事業名 with a value): nothing to draft\n`);
          exit = EXIT_FILE_ERRORS;
          return;
        }
        io.stdout(`${JSON.stringify(draft.profile, null, 2)}\n`);
        io.stderr(`${file}: ${draft.sheets} sheets; check each label's role, then: plan-import --profile PROFILE.json ${file}\n`);
      } catch (e) {
        io.stderr(`plan-import: ${(e as Error).message}\n`);
        exit = EXIT_FILE_ERRORS;
      }
    });
  program
    .command('report')
    .description('work with --report files')
    .command('merge')
    .argument('<reports...>', 'the JSON reports of every shard of one run (--shard K/N --report FILE)')
    .option('--output <file>', 'write the merged report to FILE instead of stdout')
    .description("merge the reports of a CI matrix's shards into the report the unsharded run writes")
    .action(async (files: string[], o: { output?: string }) => {
      try {
        const merged = mergeReports(files.map((name) => ({ name, text: readReport(name) })));
        if (o.output) await writeReportFile(o.output, merged);
        else io.stdout(merged);
      } catch (e) {
        const why = e instanceof ReportMergeError ? e.message : e instanceof OutputPathError ? e.message : writeProblem(e);
        io.stderr(`plan-import: report merge: ${why}\n`);
        exit = EXIT_FILE_ERRORS;
      }
    });
  program
    .command('inspect')
    .argument('<file>', 'a PDF or text extraction')
    .description('write one self-contained HTML page showing what the importer saw: each page drawn, its tables and where their borders came from, every region coloured by the record field it fed, unplaced text marked')
    .option('--pages <list>', 'PDF pages to draw, e.g. 1-3,7 (the whole document is still read)')
    .option('-o, --output <file>', 'where to write the HTML (- for stdout)', undefined)
    .option('--profile <file>', 'use this layout profile (JSON) instead of detecting one')
    .addOption(new Option('--ocr <mode>', 'as for an import').choices(OCR_MODES).default('auto'))
    .addHelpText('after', '\nWithout -o, writes NAME.inspect.html in the working directory.')
    .action(async (file: string, o: InspectCliOptions) => {
      const { runInspect } = await import('./inspect.js');
      exit = await runInspect(file, o, { stdout: (s) => io.stdout(s), stderr: io.stderr });
    });
  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(() => {
      io.stdout(planDocumentJsonSchemaText());
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return EXIT_OK;
    if (typeof code === 'string' && code.startsWith('commander.')) return EXIT_USAGE;
    if (e instanceof ProfileError) {
      io.stderr(`plan-import: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`plan-import: fatal: ${oneLine(e)}\n`);
    return EXIT_USAGE;
  }
  return exit;
}

async function convert(args: string[], opts: ConvertOptions, io: Io): Promise<number> {
  const importOptions: ImportOptions = { municipality: opts.municipality, keywords: opts.keywords, ocr: opts.ocr };
  if (opts.profile) importOptions.profile = loadProfileFile(opts.profile);
  if (opts.trace) importOptions.trace = (stage, data) => io.stderr(JSON.stringify({ stage, data }) + '\n');

  const expanded = await expandInputs(args);
  // report entries keep their place in the whole run's list, so that the reports of a matrix's
  // shards merge into the unsharded run's report (`plan-import report merge`)
  let problems = expanded.problems.map((p, j) => ({ ...p, position: expanded.inputs.length + j }));
  if (opts.shard) problems = problems.filter((p) => shardOf({ path: p.path, outName: p.path }, opts.shard!.count) === opts.shard!.index);
  let failed = problems.length > 0;
  for (const p of problems) io.stderr(`${p.path}: error ${p.code}: ${p.message}\n`);
  if (expanded.skipped.length > 0 && !opts.quiet) {
    io.stderr(`plan-import: skipped ${expanded.skipped.length} file(s) in the directories named that are neither PDF nor text (${expanded.skipped.slice(0, 3).join(', ')}${expanded.skipped.length > 3 ? ', …' : ''})\n`);
  }
  if (expanded.special.length > 0) {
    io.stderr(`plan-import: skipped ${expanded.special.length} special file(s) (FIFO, socket, device) in the directories named: ${expanded.special.slice(0, 3).join(', ')}${expanded.special.length > 3 ? ', …' : ''}\n`);
  }
  let inputs = (opts.outDir ? keepApart(expanded.inputs, io) : expanded.inputs).map((input, position) => ({ ...input, position }));
  if (opts.shard) {
    const { index, count } = opts.shard;
    const all = inputs.length;
    inputs = inputs.filter((i) => shardOf(i, count) === index);
    if (!opts.quiet) io.stderr(`plan-import: shard ${index}/${count}: ${inputs.length} of ${all} input(s)\n`);
  }
  if (inputs.filter((i) => i.path === '-').length > 1) {
    io.stderr('plan-import: - (stdin) can be named once\n');
    return EXIT_USAGE;
  }
  let stdin: Uint8Array | undefined;
  const tooLarge: ReportEntry[] = [];
  if (inputs.some((i) => i.path === '-')) {
    try {
      stdin = await (io.readStdin ?? defaultIo.readStdin!)();
    } catch (e) {
      if (!(e instanceof UnreadableInputError)) throw e;
      io.stderr(`-: error ${e.code}: ${e.message.replace(/^-: /, '')}\n`);
      failed = true;
      tooLarge.push(problemEntry({ path: '-', code: e.code, message: e.message.replace(/^-: /, ''), position: inputs.find((i) => i.path === '-')!.position }));
      inputs = inputs.filter((i) => i.path !== '-');
    }
  }
  // one file named gives one document; anything that can hold several gives an array
  const single = !opts.shard && args.length === 1 && inputs.length === 1 && inputs[0]!.path === args[0];

  const progress = new Progress(inputs.length, io.stderr, io.stderrTTY === true && !opts.trace, io.columns ?? 80);
  const docs: PlanDocument[] = [];
  const report: ReportEntry[] = [];
  const outputOptions = { format: opts.format, csv: opts.csv, encoding: opts.encoding };
  // SIGINT / SIGTERM (a CI job cancelled, Ctrl-C): no half-written output stays behind, the
  // report says what finished, and the exit code says which signal (130 / 143)
  const onSignal = (signal: NodeJS.Signals) => {
    for (const tmp of pendingTemporaries) {
      try {
        unlinkSync(tmp);
      } catch {
        // already renamed or never created
      }
    }
    io.stderr(`plan-import: interrupted by ${signal} after ${report.length} of ${inputs.length} file(s); outputs written so far are complete\n`);
    if (typeof opts.report === 'string') {
      try {
        writeReportFileSync(opts.report, reportJson(report, opts.shard));
      } catch (e) {
        io.stderr(`plan-import: ${opts.report}: error output/report-failed: cannot write the report: ${writeProblem(e)}\n`);
      }
    } else if (opts.report === true) io.stderr(reportTable(report));
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const handleSignals = io === defaultIo;
  if (handleSignals) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  const onOutcome = async (o: Outcome, index: number) => {
    progress.finished();
    let output: string | null = null;
    let outputError: { code: string; message: string } | null = null;
    if (o.ok) {
      const counts = countLevels(o.doc);
      if (counts.error > 0 || (opts.strict && counts.warning > 0)) failed = true;
      if (opts.outDir) {
        const { bytes, unmappable } = documentBytes(o.doc, outputOptions);
        if (unmappable.length > 0) {
          progress.print(unmappableWarning(o.input.path, unmappable));
          if (opts.strict) failed = true;
        }
        try {
          output = await writeOutput(opts.outDir, o.input.outName, opts.format, bytes, opts.force === true);
        } catch (e) {
          outputError =
            e instanceof OutputExistsError
              ? { code: 'output/exists', message: e.message }
              : e instanceof OutputPathError
                ? { code: e.code, message: e.message }
                : { code: 'output/write-failed', message: `cannot write the output: ${writeProblem(e)}` };
          failed = true;
        }
      } else if (opts.format === 'jsonl') io.stdout(`${JSON.stringify(o.doc)}\n`);
      else docs.push(o.doc);
      if (outputError) progress.print(`${o.input.path}: error ${outputError.code}: ${outputError.message}\n`);
      else if (!opts.quiet) progress.print(summaryLine(o.input, o.doc, counts, output));
      for (const d of o.doc.diagnostics) if (d.level === 'error') progress.print(`  ${where(o.input.path, d.page, d.line)}: error ${d.code}: ${d.message}\n`);
    } else {
      failed = true;
      progress.print(`${o.input.path}: error ${o.error.code}: ${o.error.message}\n`);
    }
    report.push(reportEntry(o, inputs[index]!.position, output, outputError));
  };

  await runBatch(
    inputs,
    { jobs: opts.trace ? 1 : opts.jobs, timeoutSeconds: opts.timeout, import: importOptions, stdin, onStart: (input) => progress.started(input.path) },
    onOutcome,
  );
  progress.end();
  if (handleSignals) {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  if (!opts.outDir) {
    if (opts.format === 'csv') {
      const { bytes, unmappable } = encodeCsv(documentsToCsv(docs, opts.csv), opts.encoding);
      if (unmappable.length > 0) {
        io.stderr(unmappableWarning('stdout', unmappable));
        if (opts.strict) failed = true;
      }
      io.stdout(bytes);
    } else if (opts.format === 'json') {
      if (single) {
        if (docs.length === 1) io.stdout(documentsToJson(docs, true));
      } else io.stdout(documentsToJson(docs, false));
    }
  }
  report.push(...problems.map(problemEntry), ...tooLarge);
  report.sort((a, b) => a.input - b.input);
  if (opts.report === true) io.stderr(reportTable(report));
  else if (typeof opts.report === 'string') {
    try {
      await writeReportFile(opts.report, reportJson(report, opts.shard));
    } catch (e) {
      // the outputs are written; the report's failure fails the run, in one line
      io.stderr(`plan-import: ${opts.report}: error output/report-failed: cannot write the report: ${e instanceof OutputPathError ? e.message : writeProblem(e)}\n`);
      return EXIT_FILE_ERRORS;
    }
  }
  return failed ? EXIT_FILE_ERRORS : EXIT_OK;
}

function readReport(name: string): string {
  try {
    return readFileSync(name, 'utf8');
  } catch (e) {
    throw new ReportMergeError(`${name}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** A write failure as a user reads it: EACCES is a permission, not a missing folder. */
function writeProblem(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    ENOENT: 'the folder does not exist',
    EISDIR: 'it is a directory',
  };
  return err?.code && why[err.code] ? `${why[err.code]} (${err.code})` : oneLine(e);
}

/**
 * Inputs that would write the same output (`a.pdf` and `a.txt` → `a.json`) keep their own
 * extension in its name (`a.pdf.json`, `a.txt.json`), said on stderr, so that neither output
 * is refused or, with --force, overwritten by the other.
 */
function keepApart(inputs: readonly Input[], io: Io): Input[] {
  const count = new Map<string, number>();
  for (const i of inputs) count.set(i.outName, (count.get(i.outName) ?? 0) + 1);
  return inputs.map((i) => {
    if (count.get(i.outName)! < 2 || i.path === '-') return i;
    const ext = extname(i.path);
    if (!ext) return i;
    io.stderr(`${i.path}: note output/name-kept-apart: another input has the same name; its output is ${i.outName}${ext}.…\n`);
    return { ...i, outName: `${i.outName}${ext}` };
  });
}

function countLevels(doc: PlanDocument): { error: number; warning: number } {
  return {
    error: doc.diagnostics.filter((d) => d.level === 'error').length,
    warning: doc.diagnostics.filter((d) => d.level === 'warning').length,
  };
}

function summaryLine(input: Input, doc: PlanDocument, counts: { error: number; warning: number }, output: string | null): string {
  const pages = doc.source.pages !== null ? `, ${doc.source.pages} pages` : '';
  return `${input.path}: ${doc.records.length} records, layout ${doc.layout}${pages}, ${counts.error} errors, ${counts.warning} warnings${output ? ` → ${output}` : ''}\n`;
}

function where(path: string, page: number | null, line: number | null): string {
  return `${path}${page !== null ? `:page ${page}` : ''}${line !== null ? `:line ${line}` : ''}`;
}

function unmappableWarning(what: string, chars: string[]): string {
  const shown = chars.slice(0, 10).map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  return `${what}: warning output/unmappable: ${chars.length} character(s) have no Shift_JIS (CP932) code and are written as ?: ${shown}${chars.length > 10 ? ', …' : ''}\n`;
}
