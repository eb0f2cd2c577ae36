/**
 * The one process these tools ever start: `asterisk -V`, to learn which Asterisk this machine runs (an admin who
 * edits /etc/asterisk on the server has it on the PATH). Found on the PATH of the environment given, started
 * without a shell, with a fixed argument, bounded by a timeout; its first line of output is all that is read, and
 * any failure (no such program, a timeout, an exit status, output that is no version) means "unknown".
 */
import { execFile, execFileSync } from 'node:child_process';
import { versionFromBanner } from '../schema/versions';

/** What `asterisk -V` said, and the version setting it stands for. */
export interface DetectedVersion {
  /** `20.7.0`, `20`, `master`: a value of `pjsip.asteriskVersion`. */
  setting: string;
  /** The line it printed, e.g. `Asterisk 20.7.0`. */
  banner: string;
}

export const ASTERISK_TIMEOUT_MS = 3000;

const OPTIONS = (env: NodeJS.ProcessEnv, timeout: number) =>
  ({ env, timeout, shell: false, windowsHide: true, encoding: 'utf8', maxBuffer: 64 * 1024 }) as const;

function fromOutput(out: string): DetectedVersion | undefined {
  const banner = out.split('\n')[0].trim();
  const setting = versionFromBanner(banner);
  return setting ? { setting, banner } : undefined;
}

/** `asterisk -V`, for the language server (never blocks it). */
export function readAsteriskVersion(
  env: NodeJS.ProcessEnv = process.env,
  timeout = ASTERISK_TIMEOUT_MS,
): Promise<DetectedVersion | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('asterisk', ['-V'], OPTIONS(env, timeout), (err, stdout) =>
        resolve(err ? undefined : fromOutput(String(stdout))),
      );
    } catch {
      resolve(undefined);
    }
  });
}

/** `asterisk -V`, for pjsip-check (which runs start to end anyway). */
export function readAsteriskVersionSync(
  env: NodeJS.ProcessEnv = process.env,
  timeout = ASTERISK_TIMEOUT_MS,
): DetectedVersion | undefined {
  try {
    return fromOutput(
      execFileSync('asterisk', ['-V'], { ...OPTIONS(env, timeout), stdio: ['ignore', 'pipe', 'ignore'] }),
    );
  } catch {
    return undefined;
  }
}
