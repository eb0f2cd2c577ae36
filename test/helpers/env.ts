/** Environments for spawning pjsip-check: the language of its output must not depend on the machine's locale. */

/** `process.env` without the locale variables pjsip-check reads, plus `locale` (e.g. `{ LANG: 'zh_CN.UTF-8' }`). */
export function envWithLocale(locale: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES']) delete env[k];
  return { ...env, ...locale };
}
