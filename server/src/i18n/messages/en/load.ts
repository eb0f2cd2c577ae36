/** Messages of the config reader (English): syntax, comments, directives, includes, section headers. */
import type { Part, Render } from '../types';

type T = Part | undefined;

export const enLoadMessages = {
  'file-not-included': (p: { name: string }) =>
    `No config file includes ${p.name}, so Asterisk never reads it. It is checked here on its own; add '#include ${p.name}' to pjsip.conf if it should load.`,
  'line-ending-cr': () =>
    'This file uses lone carriage returns as line ends. Asterisk only breaks lines at a line feed, so it reads these lines as a single line: what follows does not exist for it.',
  'line-too-long': (p: { length: number; max: number }) =>
    `This line is ${p.length} characters long; Asterisk skips lines longer than ${p.max} characters.`,
  'block-comment-nesting': (p: { max: number }) =>
    `More than ${p.max} nested ';--' block comments: Asterisk cannot get past this line.`,
  'block-comment-stray-end': () =>
    "This '--;' closes no ';--' block comment. Asterisk's comment counter goes below zero, so every following line of this file is ignored until a ';--' appears.",
  'block-comment-unterminated': () =>
    "This ';--' block comment is never closed: everything after it, to the end of the file, is a comment for Asterisk.",
  'directive-missing-argument/include': (p: { directive: string }) =>
    `#${p.directive} needs a file name; Asterisk skips this line.`,
  'directive-missing-argument/exec': () => '#exec needs a command; Asterisk skips this line.',
  'exec-not-checked': () =>
    '#exec is never run here, so whatever it generates is not checked. Asterisk itself runs it only with execincludes=yes in asterisk.conf.',
  'unknown-directive': (p: { directive: string }) =>
    `Unknown directive '#${p.directive}': Asterisk skips this line. Comments start with ';'.`,
  'syntax-no-section': (p: { stops: T }, t: Render) =>
    `This line is not inside any section: Asterisk reports "No category context" and ${t(p.stops)}.`,
  'syntax-missing-name': () => 'Nothing before the \'=\': Asterisk skips this line ("No variable name").',
  'syntax-invalid-escape': (p: { file: T }, t: Render) =>
    `A '\\' at the start of a line must escape a visible character: Asterisk reports "Invalid escape" and stops reading ${t(p.file)}.`,
  'syntax-missing-equals': () =>
    "This line has no '=': Asterisk skips it (\"No '=' (equal sign)\"). Write key = value, or comment it out with ';'.",
  'syntax-unclosed-section/header': (p: { stops: T }, t: Render) => `Section header without ']': ${t(p.stops)}.`,
  'syntax-unclosed-section/template-list': (p: { stops: T }, t: Render) =>
    `Template list '(' without ')': ${t(p.stops)}.`,
  'section-trailing-text/space-before-template': (p: { text: string; name: string }) =>
    `Asterisk ignores '${p.text}' because of the space before it: [${p.name}] is not a template but a real section.`,
  'section-trailing-text/space-before-list': (p: { text: string; name: string }) =>
    `Asterisk ignores '${p.text}' because of the space before it: [${p.name}] is not inheriting anything.`,
  'section-trailing-text/after-header': (p: { text: string }) =>
    `Asterisk ignores '${p.text}' after the section header.`,
  'unresolved-template/append': (p: { name: string; note: T; stops: T }, t: Render) =>
    `[${p.name}](+) adds to an earlier section named '${p.name}', but there is none${t(p.note)}: ${t(p.stops)}.`,
  'unresolved-template/empty-name': (p: { note: T; stops: T }, t: Render) =>
    `Empty template name${t(p.note)}: ${t(p.stops)}.`,
  'unresolved-template/no-such-section': (p: { name: string; note: T; stops: T }, t: Render) =>
    `No section named '${p.name}' is defined above this line${t(p.note)}: ${t(p.stops)}.`,
  'include-not-found/no-match': (p: { arg: string; pattern: string; stops: T }, t: Render) =>
    `No file matches '${p.arg}' (looked for ${p.pattern}): Asterisk reports "listed as a #include but it does not exist" and ${t(p.stops)}. Use #tryinclude for an optional file.`,
  'include-not-found/missing': (p: { arg: string; pattern: string; stops: T }, t: Render) =>
    `'${p.arg}' does not exist (looked for ${p.pattern}): Asterisk reports "listed as a #include but it does not exist" and ${t(p.stops)}. Use #tryinclude for an optional file.`,
  'include-not-found/unreadable': (p: { arg: string; problem: T; path: string; stops: T }, t: Render) =>
    `'${p.arg}' ${t(p.problem)} (${p.path}): Asterisk cannot load it as a config and ${t(p.stops)}.`,
  'include-not-found/too-many-files': (p: { max: number; path: string }) =>
    `This config already reads ${p.max} included files: '${p.path}' and the files after it are not checked (Asterisk would go on reading them).`,
  'include-not-found/too-deep': (p: { max: number; arg: string }) =>
    `Includes are nested more than ${p.max} levels deep: Asterisk refuses to read '${p.arg}' and stops reading this file.`,
  'include-cycle/self': (p: { max: number }) =>
    `This file includes itself: Asterisk has no loop check and reads it again until its include limit of ${p.max}, so each section in it is defined several times and those object types fail to load as duplicates.`,
  'include-cycle/loop': (p: { arg: string; max: number }) =>
    `'${p.arg}' is already being read (it includes this file): Asterisk has no loop check and reads it again until its include limit of ${p.max}, so each section in it is defined several times and those object types fail to load as duplicates.`,
  'include-duplicate': (p: { arg: string }) =>
    `'${p.arg}' was already included: Asterisk reads it a second time, so every object in it is defined twice and each of those types refuses to load.`,
};
