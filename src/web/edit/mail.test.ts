/**
 * Answering readers by email through a real SMTP exchange with a local server
 * (smtp-server) the test starts; without SMTP the queue says no answer can be
 * sent. Either way the address is deleted once the correction is answered,
 * and the audit log records what happened without the address.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { MailConfigError, mailerFromEnv } from './mail.ts';
import { hiddenCsrf, readerFields, testEditor, type Client, type TestEditor } from './test-editor.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

const received: Received[] = [];
let smtp: SMTPServer;
let smtpUrl = '';

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          // The message as the reader's mail program shows it: quoted-printable (and Q-encoded headers) decoded, as UTF-8.
          data: Buffer.from(
            Buffer.concat(chunks)
              .toString('latin1')
              // RFC 2047: the space between two adjacent encoded words is not part of the text
              .replace(/\?=\s+=\?UTF-8\?Q\?/gi, '')
              .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, word: string) => word.replace(/_/g, ' '))
              .replace(/\r\n[ \t]+/g, ' ')
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

/** A reader's correction sent from the form in a language ('' English, '/de', '/fr'). */
async function suggest(t: TestEditor, email: string, prefix = ''): Promise<number> {
  const reader = t.client('198.51.100.7');
  const csrf = hiddenCsrf(await (await reader.get(`${prefix}/edit/corrections/new?app=signal&section=encryption`)).text());
  const res = await reader.post(`${prefix}/edit/corrections/new`, readerFields(csrf, { email }));
  assert.equal(res.status, 303);
  const open = await t.store.editing.listCorrections('open');
  const mine = open.at(-1);
  assert.equal(mine?.email, email);
  return mine?.id ?? 0;
}

async function signedIn(t: TestEditor): Promise<Client> {
  await t.user('ed@example.org', 'editor');
  const ed = t.client();
  assert.equal((await ed.login('ed@example.org')).status, 303);
  return ed;
}

const auditOf = async (t: TestEditor, id: number) => (await t.store.editing.auditLog(100)).filter((e) => e.subject === `correction:${id}`);

describe('answering readers through SMTP', () => {
  let t: TestEditor;
  let ed: Client;
  before(async () => {
    t = await testEditor(undefined, {
      mailer: mailerFromEnv({ SMTP_URL: smtpUrl, MAIL_FROM: 'Corrections <corrections@privacydefend.test>' }, 'http://privacydefend.test'),
    });
    ed = await signedIn(t);
  });
  after(() => t.close());

  it('a declined correction is answered with the reason, then the address is deleted; the log has no address', async () => {
    const id = await suggest(t, 'reader@example.net');
    const queue = await (await ed.get('/edit/corrections')).text();
    assert.match(queue, /your decision \(and a reason for declining\) is emailed there/);
    const res = await ed.post(`/edit/corrections/${id}/decline`, { _csrf: await ed.csrfFrom('/edit/corrections'), reason: 'The post is about another app.' });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /The reader was emailed the answer, and their address deleted/);
    const mail = received.at(-1);
    assert.deepEqual(mail?.to, ['reader@example.net']);
    assert.equal(mail?.from, 'corrections@privacydefend.test');
    assert.match(mail?.data ?? '', /Subject: Your correction to the review of Signal: declined/);
    assert.match(mail?.data ?? '', /The post is about another app\./);
    assert.match(mail?.data ?? '', /http:\/\/privacydefend\.test\/apps\/signal/);
    assert.equal((await t.store.editing.getCorrection(id))?.email, null);
    const log = await auditOf(t, id);
    assert.ok(log.some((e) => e.action === 'correction.answer-sent' && e.detail.server === smtpUrl));
    assert.ok(!JSON.stringify(await t.store.editing.auditLog(500)).includes('reader@example.net'), 'the address never reaches the audit log');
  });

  it('an accepted correction is answered too', async () => {
    const id = await suggest(t, 'second@example.net');
    const res = await ed.post(`/edit/corrections/${id}/accept`, { _csrf: await ed.csrfFrom('/edit/corrections') });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /draft #\d+ of signal is open\. The reader was emailed the answer/);
    const mail = received.at(-1);
    assert.deepEqual(mail?.to, ['second@example.net']);
    assert.match(mail?.data ?? '', /Subject: Your correction to the review of Signal: accepted/);
    assert.equal((await t.store.editing.getCorrection(id))?.email, null);
  });

  it('a reader who wrote from the German or French form is answered in that language, with the review in it', async () => {
    const de = await suggest(t, 'leserin@example.net', '/de');
    const received1 = (await t.store.editing.getCorrection(de))?.createdAt ?? '';
    let res = await ed.post(`/edit/corrections/${de}/decline`, { _csrf: await ed.csrfFrom('/edit/corrections'), reason: 'The post is about another app.' });
    assert.equal(res.status, 200);
    let mail = received.at(-1);
    assert.deepEqual(mail?.to, ['leserin@example.net']);
    assert.match(mail?.data ?? '', /Subject: Ihre Korrektur zum Test von Signal: abgelehnt/);
    assert.match(mail?.data ?? '', /Guten Tag,/);
    const day = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(received1));
    assert.ok((mail?.data ?? '').includes(`am ${day} haben Sie eine Korrektur zum PrivacyDefend-Test von Signal vorgeschlagen.`), mail?.data);
    assert.match(mail?.data ?? '', /Die Redaktion hat sie aus folgendem Grund abgelehnt:\s+The post is about another app\./, 'the reason as written');
    assert.match(mail?.data ?? '', /Der Test: http:\/\/privacydefend\.test\/de\/apps\/signal/);
    assert.match(mail?.data ?? '', /Ihre E-Mail-Adresse haben wir jetzt gelöscht/);
    assert.doesNotMatch(mail?.data ?? '', /Hello|declined|deleted your email/);

    const fr = await suggest(t, 'lectrice@example.net', '/fr');
    res = await ed.post(`/edit/corrections/${fr}/accept`, { _csrf: await ed.csrfFrom('/edit/corrections') });
    assert.equal(res.status, 200);
    mail = received.at(-1);
    assert.deepEqual(mail?.to, ['lectrice@example.net']);
    assert.match(mail?.data ?? '', /Subject: Votre correction à l’analyse de Signal\s: acceptée/);
    assert.match(mail?.data ?? '', /Bonjour,/);
    assert.match(mail?.data ?? '', /La rédaction l’a acceptée/);
    assert.match(mail?.data ?? '', /http:\/\/privacydefend\.test\/fr\/apps\/signal/);
    assert.equal((await t.store.editing.getCorrection(fr))?.email, null);
  });
});

describe('without a working SMTP server', () => {
  it('the queue says no answer can be sent, and answering still deletes the address', async () => {
    const t = await testEditor();
    try {
      const ed = await signedIn(t);
      const id = await suggest(t, 'nomail@example.net');
      const queue = await (await ed.get('/edit/corrections')).text();
      assert.match(queue, /no answer can be sent: no mail server is configured \(SMTP_URL\)/);
      const before = received.length;
      const res = await ed.post(`/edit/corrections/${id}/decline`, { _csrf: await ed.csrfFrom('/edit/corrections'), reason: 'Not a source.' });
      assert.match(await res.text(), /No answer could be emailed \(no mail server is configured\); the reader&#39;s address is deleted/);
      assert.equal(received.length, before);
      assert.equal((await t.store.editing.getCorrection(id))?.email, null);
      assert.ok((await auditOf(t, id)).some((e) => e.action === 'correction.answer-not-sent'));
    } finally {
      await t.close();
    }
  });

  it('a server that refuses the connection is reported and logged; the address is deleted all the same', async () => {
    const closed = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const t = await testEditor(undefined, { mailer: mailerFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` }, 'http://privacydefend.test') });
    try {
      const ed = await signedIn(t);
      const id = await suggest(t, 'lost@example.net');
      const res = await ed.post(`/edit/corrections/${id}/decline`, { _csrf: await ed.csrfFrom('/edit/corrections'), reason: 'Not a source.' });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /The answer could not be emailed \([^)]*\); the reader&#39;s address is deleted all the same/);
      assert.equal((await t.store.editing.getCorrection(id))?.email, null);
      assert.ok((await auditOf(t, id)).some((e) => e.action === 'correction.answer-failed'));
    } finally {
      await t.close();
    }
  });

  it('a bad SMTP_URL is refused with a message naming it', () => {
    assert.throws(() => mailerFromEnv({ SMTP_URL: 'http://mail.example.org' }, 'http://x.test'), MailConfigError);
    assert.throws(() => mailerFromEnv({ SMTP_URL: 'not a url' }, 'http://x.test'), /SMTP_URL must be a URL/);
    assert.equal(mailerFromEnv({}, 'http://x.test'), undefined);
  });
});
