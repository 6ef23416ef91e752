/**
 * What a finding says, as a catalogue message (src/i18n/messages/checks/)
 * and its parameters, so the editor can show it in the page's language while
 * `privacydefend check` keeps printing the English text. Parameters that are
 * data (slugs, field paths, quoted page text, URLs) are passed as they are; a
 * parameter that is itself a phrase of the checks is a nested message.
 */
import { joinList, t, type Locale, type MessageKey } from '../i18n/index.ts';
import type { Finding, Issue, IssuePath, Say, SayParam, Severity } from './model.ts';

export type { Say, SayParam } from './model.ts';

/** A message of the checks' catalogue with its parameters. */
export function say(key: MessageKey, params: Record<string, SayParam> = {}): Say {
  return { key, params };
}

function renderParam(p: SayParam, locale: Locale): string | number {
  if (typeof p === 'string' || typeof p === 'number') return p;
  if ('anyOf' in p) return locale === 'en' ? p.anyOf.join(' or ') : joinList(locale, p.anyOf, 'disjunction');
  return sayText(p, locale);
}

/**
 * The message in `locale`, its nested messages rendered in the same language.
 * @example sayText(say('check.blankText.empty'), 'de') // "ist leer oder enthält nur Leerraum; …"
 */
export function sayText(s: Say, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, p] of Object.entries(s.params)) params[name] = renderParam(p, locale);
  return t(locale, s.key, params);
}

/**
 * The English message of a catalogue message and the message itself, to spread into an issue.
 * @example issues.push({ path, ...says('check.blankText') })
 */
export function says(key: MessageKey, params: Record<string, SayParam> = {}): { message: string; say: Say } {
  const s = say(key, params);
  return { message: sayText(s, 'en'), say: s };
}

/**
 * An issue whose English message is rendered from the catalogue, carrying what it says.
 * @example issue(['review', 'notes'], say('check.blankText.empty'))
 */
export function issue(path: IssuePath, s: Say, file?: string): Issue {
  return file === undefined ? { path, message: sayText(s, 'en'), say: s } : { file, path, message: sayText(s, 'en'), say: s };
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = { error: 'check.severity.error', warning: 'check.severity.warning' };

/** A finding's severity in `locale` ("Fehler", "avertissement"). */
export function severityText(severity: Severity, locale: Locale): string {
  return t(locale, SEVERITY_KEYS[severity]);
}

/**
 * What a finding says in `locale`: its catalogue message, or its English message
 * when it has none (a schema problem, a finding from outside the rules).
 * @example findingText(finding, 'fr')
 */
export function findingText(f: { message: string; say?: Say | undefined }, locale: Locale): string {
  return f.say ? sayText(f.say, locale) : f.message;
}

/**
 * A finding as the editor shows it beside its field, in `locale`: "Fehler [fact-sources]: nennt die Quelle …".
 * @example findingLine(finding, 'de')
 */
export function findingLine(f: Pick<Finding, 'severity' | 'rule' | 'message' | 'say'>, locale: Locale): string {
  return t(locale, 'check.finding', { severity: severityText(f.severity, locale), rule: f.rule, text: findingText(f, locale) });
}

/**
 * A finding after the field's path, as the work list shows it: "sharing.parties: warning [core-fact-stale]: …".
 * @example findingLineAt(finding, 'fr')
 */
export function findingLineAt(f: Pick<Finding, 'path' | 'severity' | 'rule' | 'message' | 'say'>, locale: Locale): string {
  return t(locale, 'check.findingAt', { path: f.path, severity: severityText(f.severity, locale), rule: f.rule, text: findingText(f, locale) });
}
