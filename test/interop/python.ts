// The project-local Python venv with the reference tools (OASIS stix2-validator and taxii2-client, PyMISP),
// created on first use from py/requirements.txt, and a runner for the helper scripts in py/.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const VENV = path.join(ROOT, '.venv');
const PYTHON = path.join(VENV, 'bin', 'python');

let ready: Promise<void> | undefined;

/** Creates .venv and installs the pinned tools when they are missing (a few seconds when present). */
export function ensureVenv(): Promise<void> {
  ready ??= (async () => {
    const has =
      existsSync(PYTHON) &&
      (await run(PYTHON, ['-c', 'import stix2validator, taxii2client, pymisp']).then(
        () => true,
        () => false,
      ));
    if (has) return;
    if (!existsSync(PYTHON)) await run('python3', ['-m', 'venv', VENV]);
    await run(
      path.join(VENV, 'bin', 'pip'),
      [
        'install',
        '--quiet',
        '--disable-pip-version-check',
        '-r',
        path.join(HERE, 'py', 'requirements.txt'),
      ],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  })();
  return ready;
}

export interface PyResult {
  code: number;
  lines: Record<string, unknown>[];
  stderr: string;
}

/** Runs `py/<script>` with the venv's Python; stdout is read as one JSON object per line. */
export async function runPython(
  script: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<PyResult> {
  await ensureVenv();
  const result = await run(PYTHON, [path.join(HERE, 'py', script), ...args], {
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? String(e),
    }),
  );
  const lines = result.stdout
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: result.code, lines, stderr: result.stderr };
}
