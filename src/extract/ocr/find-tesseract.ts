import { execFile } from 'node:child_process';

/** What a user without Tesseract runs to read scanned pages: the Japanese data comes in its own packages. */
export const TESSERACT_INSTALL_HINT =
  'install Tesseract with its Japanese data to read it (apt-get install tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert; macOS: brew install tesseract tesseract-lang)';

export type TesseractFound = { ok: true; command: string } | { ok: false; why: string };

/**
 * The command to run: `tesseract` from PATH, or PLAN_IMPORT_TESSERACT (a build installed
 * elsewhere; the tests name a missing one to see the install hint without uninstalling it).
 */
export function tesseractCommand(): string {
  return process.env.PLAN_IMPORT_TESSERACT || 'tesseract';
}

const found = new Map<string, Promise<TesseractFound>>();

/** Whether Tesseract runs and has the `jpn` data; asked once per command and process. */
export function findTesseract(command = tesseractCommand()): Promise<TesseractFound> {
  let answer = found.get(command);
  if (!answer) found.set(command, (answer = probe(command)));
  return answer;
}

function probe(command: string): Promise<TesseractFound> {
  return new Promise((resolve) => {
    execFile(command, ['--list-langs'], { timeout: 10_000 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return resolve({ ok: false, why: `Tesseract (\`${command}\`) is not installed` });
      // 4.x lists the languages on stderr, 5.x on stdout
      const langs = `${stdout}\n${stderr}`.split(/\r?\n/).map((l) => l.trim());
      if (langs.includes('jpn')) return resolve({ ok: true, command });
      if (error) return resolve({ ok: false, why: `Tesseract (\`${command}\`) does not run (${error.message.split('\n')[0]})` });
      resolve({ ok: false, why: `Tesseract (\`${command}\`) has no Japanese data (jpn)` });
    });
  });
}
