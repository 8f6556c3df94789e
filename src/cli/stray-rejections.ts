/**
 * pdf.js can reject one of its own internal promises after a damaged document has been read
 * and closed (`XRefEntryException: Bad (uncompressed) XRef entry`, found by the fuzz test; also
 * reported against other pdf.js users). Node ends the process on an unhandled rejection, which
 * would cost the batch every file after the damaged one. In the CLI and its workers such a
 * rejection from pdf.js is reported on stderr and the batch goes on; anything else still ends the
 * process, as Node would.
 */
const PDFJS_EXCEPTION = /Exception$|^FormatError$/;

export function isPdfjsRejection(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  return PDFJS_EXCEPTION.test(reason.name) && /pdfjs-dist|pdf\.worker|BaseExceptionClosure/.test(reason.stack ?? '');
}

let lastFile: string | null = null;

/** The file being imported in this process or worker: a stray rejection names it. */
export function noteCurrentFile(path: string): void {
  lastFile = path;
}

export function reportStrayPdfjsRejections(report: (line: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    if (!isPdfjsRejection(reason)) throw reason;
    const e = reason as Error;
    // the rejection comes after the document was closed: the file last opened is the one
    const file = lastFile ? `${lastFile}: ` : '';
    report(`${file}warning pdf/stray-rejection: pdf.js failed on this document after it was read (${e.name}: ${e.message}); no output is affected\n`);
  });
}
