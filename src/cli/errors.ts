/**
 * What went wrong, in one line for a user: the error's name and message. The stack is for us, and
 * only with PLAN_IMPORT_DEBUG=1 (pdf.js errors carry the stack of where the library was loaded,
 * without their message: both are shown then).
 */
export function oneLine(e: unknown): string {
  const err = e as Error;
  const head = err && typeof err === 'object' && 'message' in err ? `${err.name ?? 'Error'}: ${String(err.message).split('\n')[0]}` : String(e);
  if (process.env.PLAN_IMPORT_DEBUG !== '1' || !err?.stack) return head;
  return err.stack.includes(err.message) ? err.stack : `${head}\n${err.stack}`;
}
