// Process-level guard: an error that escapes every handler is logged on one line instead of crashing.
export type GuardMode = 'survive' | 'exit';

let mode: GuardMode = 'survive';
let installed = false;
let escapes = 0;

/** `Name: message (at file:line:col)`, on one line, for an error of any kind. */
export function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return `non-error value: ${String(error)}`.slice(0, 500);
  const frame = error.stack
    ?.split('\n')
    .find((l) => l.trimStart().startsWith('at '))
    ?.trim()
    .replace(/^at /, '');
  const text = `${error.name}: ${error.message}`.replace(/\s+/g, ' ').slice(0, 500);
  return frame ? `${text} (at ${frame})` : text;
}

/**
 * Installs handlers for `uncaughtException` and `unhandledRejection` (once per process). In `survive`
 * mode (the server, `scamgraph db`) the error is logged and the process keeps serving: every request
 * path has its own error handling, so what reaches this guard is a bug to fix, not a reason to drop
 * every other request. In `exit` mode (one-shot CLI commands) it is logged and the process exits 1.
 */
export function installProcessGuard(log: (line: string) => void, guardMode: GuardMode): void {
  mode = guardMode;
  if (installed) return;
  installed = true;
  const onEscape = (kind: string) => (error: unknown) => {
    escapes++;
    if (mode === 'exit') {
      log(`${kind}: ${oneLine(error)}`);
      process.exit(1);
    }
    log(`${kind} #${escapes} (logged, the process keeps running): ${oneLine(error)}`);
  };
  process.on('uncaughtException', onEscape('uncaught exception'));
  process.on('unhandledRejection', onEscape('unhandled rejection'));
}

/** Switches the guard's mode (a long-running CLI command turns `exit` into `survive`). */
export function setGuardMode(guardMode: GuardMode): void {
  mode = guardMode;
}
