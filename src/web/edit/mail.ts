/**
 * Answering a reader by email, through the SMTP server SMTP_URL names
 * (smtp://user:password@host:587, or smtps:// for TLS from the start). The
 * reader's address is used for this one message and deleted with the answer;
 * it never reaches the audit log.
 */
import { createTransport } from 'nodemailer';
import { formatDate, t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Where mail goes, without credentials, for logs and the queue ("smtp://mail.example.org:587"). */
  server: string;
  send(message: MailMessage): Promise<void>;
}

/** SMTP_URL or MAIL_FROM can't be used; the message says which and why. */
export class MailConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailConfigError';
  }
}

/** Seconds an SMTP exchange may take before the answer is reported as not sent. */
const SMTP_TIMEOUT_MS = 15_000;

/**
 * The mailer SMTP_URL describes, or undefined when it is not set.
 * @example mailerFromEnv({ SMTP_URL: 'smtp://127.0.0.1:2525' }, 'https://privacydefend.org')
 */
export function mailerFromEnv(env: Record<string, string | undefined>, siteUrl: string): Mailer | undefined {
  const url = env.SMTP_URL?.trim();
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MailConfigError('SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new MailConfigError(`SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//`);
  const from = env.MAIL_FROM?.trim() || `PrivacyDefend <noreply@${new URL(siteUrl).hostname}>`;
  if (/[\r\n]/.test(from)) throw new MailConfigError('MAIL_FROM must be one line');
  const transport = createTransport({ url, connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS });
  return {
    server: `${parsed.protocol}//${parsed.host}`,
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/**
 * The answer to a reader's correction, in the language of the form they sent
 * it from (the editor's reason is quoted as written).
 * @example answerMessage({ locale: 'de', to, app: 'Signal', reviewUrl, received, decision: { status: 'declined', reason: 'The source is about another app.' } })
 */
export function answerMessage(opts: {
  locale?: Locale;
  to: string;
  app: string;
  reviewUrl: string;
  received: string;
  decision: { status: 'accepted' } | { status: 'declined'; reason: string };
}): MailMessage {
  const locale = opts.locale ?? 'en';
  const say = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  const lines = [
    say('edit.mail.hello'),
    '',
    say('edit.mail.intro', { date: formatDate(locale, opts.received.slice(0, 10)), app: opts.app }),
    '',
    ...(opts.decision.status === 'accepted'
      ? [say('edit.mail.accepted'), opts.reviewUrl]
      : [say('edit.mail.declined'), '', opts.decision.reason, '', say('edit.mail.review', { url: opts.reviewUrl })]),
    '',
    say('edit.mail.deleted'),
    '',
    'PrivacyDefend',
  ];
  return {
    to: opts.to,
    subject: say('edit.mail.subject', { app: opts.app, status: opts.decision.status }),
    text: `${lines.join('\n')}\n`,
  };
}
