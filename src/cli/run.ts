import { Command, InvalidArgumentError, Option } from 'commander';
import { UnreadableInputError } from '../extract/source-text.js';
import { importFile, type ImportOptions } from '../pipeline.js';
import { builtinProfiles, loadProfileFile, ProfileError } from '../profiles/load-profiles.js';
import { planDocumentJsonSchemaText } from '../records/json-schema.js';
import type { PlanDocument } from '../records/schema.js';
import { documentsToCsv, type CsvTable } from '../write/csv.js';
import { documentsToJson, documentsToJsonLines } from '../write/json.js';

/** Exit codes: 0 every file imported cleanly; 1 some file failed or has error diagnostics; 2 usage. */
export const EXIT_OK = 0;
export const EXIT_FILE_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

function choice<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`expected one of: ${allowed.join(', ')}`);
    }
    return value as T;
  };
}

/** Run the CLI with argv (without `node` and the script); returns the exit code, never exits. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let exit = EXIT_OK;
  const program = new Command()
    .name('plan-import')
    .description('Turn Japanese municipal plan documents (text extractions) into validated JSON / CSV records.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .argument('[files...]', 'input files (text extractions: UTF-8 or Shift_JIS)')
    .addOption(new Option('-f, --format <format>', 'output format').argParser(choice(['json', 'jsonl', 'csv'] as const)).default('json'))
    .addOption(new Option('--csv <table>', 'CSV table to write').argParser(choice(['records', 'indicators', 'yearly'] as const)).default('records'))
    .option('--profile <file>', 'use this layout profile (JSON) instead of detecting one')
    .option('--municipality <name>', 'set the municipality instead of detecting it')
    .option('--strict', 'treat warnings as failures for the exit code')
    .option('--trace', 'print every stage of the pipeline as JSON on stderr')
    .action(async (files: string[], opts: { format: 'json' | 'jsonl' | 'csv'; csv: CsvTable; profile?: string; municipality?: string; strict?: boolean; trace?: boolean }) => {
      if (files.length === 0) {
        io.stderr(program.helpInformation());
        exit = EXIT_USAGE;
        return;
      }
      exit = await convert(files, opts, io);
    });

  program
    .command('profiles')
    .description('list the layout profiles')
    .action(() => {
      for (const p of builtinProfiles()) io.stdout(`${p.id}\t${p.layout}\t${p.family}\t${p.description}\n`);
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
    throw e;
  }
  return exit;
}

async function convert(
  files: string[],
  opts: { format: 'json' | 'jsonl' | 'csv'; csv: CsvTable; profile?: string; municipality?: string; strict?: boolean; trace?: boolean },
  io: Io,
): Promise<number> {
  const options: ImportOptions = { municipality: opts.municipality };
  if (opts.profile) options.profile = loadProfileFile(opts.profile);
  if (opts.trace) options.trace = (stage, data) => io.stderr(JSON.stringify({ stage, data }) + '\n');
  const docs: PlanDocument[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const doc = await importFile(file, options);
      docs.push(doc);
      const count = (level: string) => doc.diagnostics.filter((d) => d.level === level).length;
      const errors = count('error');
      const warnings = count('warning');
      io.stderr(`${file}: ${doc.records.length} records, layout ${doc.layout}, ${errors} errors, ${warnings} warnings\n`);
      if (errors > 0 || (opts.strict && warnings > 0)) failed = true;
    } catch (e) {
      failed = true;
      if (e instanceof UnreadableInputError) io.stderr(`${file}: error ${e.code}: ${e.message.slice(file.length + 2)}\n`);
      else io.stderr(`${file}: error internal: ${(e as Error).stack ?? String(e)}\n`);
    }
  }
  if (opts.format === 'csv') io.stdout(documentsToCsv(docs, opts.csv));
  else if (opts.format === 'jsonl') io.stdout(documentsToJsonLines(docs));
  else if (docs.length > 0) io.stdout(documentsToJson(docs, files.length === 1));
  return failed ? EXIT_FILE_ERRORS : EXIT_OK;
}
