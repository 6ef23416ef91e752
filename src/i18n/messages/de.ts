/**
 * Der deutsche Katalog: dieselben Schlüssel und Platzhalter wie der englische
 * (src/i18n/check.ts prüft das), frei formuliert statt Wort für Wort übersetzt.
 */
import type { Catalogue } from '../catalogue-type.ts';

export const de: Catalogue = {
  // Die kurze Antwort
  'answer.unscored.none':
    'Das können wir noch nicht sagen: Die Quellen, die wir gelesen haben, belegen keinen der Fakten, die unser Bewertungsschema bewertet. Deshalb hat {name} keinen Sicherheitswert.',
  'answer.unscored.some':
    'Das können wir noch nicht sagen: Die Quellen, die wir gelesen haben, belegen nur {percent, number} % der Fakten, die unser Bewertungsschema bewertet – zu wenige, um {name} einen Sicherheitswert zu geben.',
  'answer.e2ee.clean': 'Ja, für private Unterhaltungen: Ihre {content} sind standardmäßig Ende-zu-Ende-verschlüsselt, nicht einmal {owner} kann sie lesen.',
  'answer.e2ee.unverified':
    'Teilweise: Ihre {content} sind standardmäßig Ende-zu-Ende-verschlüsselt, aber wir konnten nicht prüfen, was diesen Schutz schwächt.',
  'answer.e2ee.gaps': 'Größtenteils: Ihre {content} sind standardmäßig Ende-zu-Ende-verschlüsselt, das gilt aber nicht für {gaps}.',
  'answer.e2ee.optIn':
    'Für private Unterhaltungen nur, wenn Sie die Ende-zu-Ende-Verschlüsselung selbst einschalten: Standardmäßig kann {owner} Ihre {content} lesen.',
  'answer.e2ee.none': 'Nicht für private Unterhaltungen: {owner} kann Ihre {content} lesen.',
  'answer.tone.good': 'Ja, nach allem, was wir belegen können. Die größte Stärke: {finding}.',
  'answer.tone.mixed': 'Mit Vorsicht. Der größte Kritikpunkt: {finding}.',
  'answer.tone.bad': 'Nicht, wenn Ihnen Datenschutz wichtig ist. Der größte Kritikpunkt: {finding}.',
  'answer.tone.plain': 'Nach allem, was wir belegen können, wird {name} mit „{label}“ bewertet.',
  'answer.score': '{name} erreicht in unserem Bewertungsschema {score, number}/10 ({label}).',
  'answer.sells': '{owner} verkauft Daten über die Nutzer der App.',
  'answer.ads.third': '{owner} nutzt Ihre Daten für Werbung Dritter.',
  'answer.ads.first': '{owner} nutzt Ihre Daten für eigene Werbung.',
  'answer.ads.none': '{owner} verkauft Ihre Daten nicht und nutzt sie nicht für Werbung.',

  // Was das für Sie bedeutet
  'means.readable.network': 'Ihre {content} werden unverschlüsselt übertragen und können im Netz mitgelesen werden.',
  'means.readable.provider': 'Ihre Verbindung zu {owner} ist verschlüsselt, aber {owner} selbst kann Ihre {content} sehen.',
  'means.unknown': 'Wir konnten nicht prüfen, ob Ihre {content} Ende-zu-Ende-verschlüsselt sind. Gehen Sie also davon aus, dass {owner} sie lesen kann.',
  'means.clean': 'Nur Sie und die Menschen, mit denen Sie sie teilen, können Ihre {content} lesen – nicht einmal {owner} kann das.',
  'means.gaps': 'Die Ende-zu-Ende-Verschlüsselung hindert {owner} daran, Ihre {content} unterwegs zu lesen, sie gilt aber nicht für {gaps}.',
  'means.unverified':
    'Die Ende-zu-Ende-Verschlüsselung hindert {owner} daran, Ihre {content} unterwegs zu lesen, aber wir konnten nicht prüfen, was sie schwächt.',
  'means.optIn': 'Solange Sie die Ende-zu-Ende-Verschlüsselung nicht einschalten, kann {owner} Ihre {content} lesen.',
  'means.none': '{owner} kann Ihre {content} lesen.',

  // Befunde, die mehrere Fakten zu einer Funktion zusammenfassen
  'finding.backups.optIn.control.readable':
    'Ende-zu-Ende-verschlüsselte Backups gibt es, sie sind aber standardmäßig aus: Bis Sie sie einschalten, kann {owner} Ihre Backups lesen',
  'finding.backups.optIn.control': 'Ende-zu-Ende-verschlüsselte Backups gibt es, sie sind aber standardmäßig aus',
  'finding.backups.optIn.readable': 'Backups sind nur Ende-zu-Ende-verschlüsselt, wenn Sie das einschalten: Bis dahin kann {owner} sie lesen',
  'finding.backups.optIn': 'Backups sind nur Ende-zu-Ende-verschlüsselt, wenn Sie das einschalten',
  'finding.backups.none': 'Backups sind nicht Ende-zu-Ende-verschlüsselt, und keine Einstellung ändert das',
  'finding.backups.readable': 'Cloud-Backups werden mit Schlüsseln gespeichert, die {owner} besitzt, daher kann {owner} sie lesen',
  'finding.content.optIn':
    '{content} sind nur Ende-zu-Ende-verschlüsselt, wenn Sie das einschalten: Bis dahin speichert {owner} sie mit eigenen Schlüsseln und kann sie lesen',
  'finding.content.optInNoStore': '{content} sind nur Ende-zu-Ende-verschlüsselt, wenn Sie das einschalten: Bis dahin kann {owner} sie lesen',
  'finding.content.none': '{content} sind nicht Ende-zu-Ende-verschlüsselt: {owner} speichert sie mit eigenen Schlüsseln und kann sie lesen',
  'finding.stored.besidesE2ee':
    'Was {owner} für Sie speichert, ist – mit Ausnahme der Ende-zu-Ende-verschlüsselten {content} – mit Schlüsseln verschlüsselt, die {owner} besitzt, daher kann {owner} es lesen',
  'finding.stored.providerKeys': 'Gespeicherte Inhalte sind mit Schlüsseln verschlüsselt, die {owner} besitzt, daher kann {owner} sie lesen',
  'finding.sharing.parties': 'Gibt Ihre Daten an Dritte weiter, darunter {parties}',
  'finding.parties': 'Daten gehen an {parties}',
  'finding.e2ee.merged': '{subjects} sind standardmäßig Ende-zu-Ende-verschlüsselt',
  'finding.controls.good': 'Gute Datenschutzeinstellungen: {controls}',
  'finding.controls.missing': 'Fehlende Datenschutzeinstellungen: {controls}',
  'finding.exception': '{label}: {what}',
  'finding.twoFactor.missing': 'Keine Zwei-Faktor-Authentifizierung zum Schutz Ihres Kontos',
  'finding.phone': 'Zur Anmeldung brauchen Sie eine Telefonnummer, die Ihr Konto mit Ihrer Identität verknüpft',
  'finding.noAccount': 'Funktioniert ohne Konto, Telefonnummer oder E-Mail-Adresse',
  'finding.controversy': 'Ungeklärt: {title} ({date})',
  'finding.collection.nothing': 'Erhebt keine Daten über Sie',
  'finding.collection.little': 'Erhebt wenige Daten über Sie',
  'finding.collection.lot': 'Erhebt viele Daten über Sie ({count, plural, one {# Datenart} other {# Datenarten}})',
  'finding.noTracking': 'Nutzt Ihre Daten nicht, um Sie über Apps und Websites anderer Unternehmen hinweg zu verfolgen',
  'finding.tracking':
    'Nutzt Daten, um Sie über Apps und Websites anderer Unternehmen hinweg zu verfolgen ({count, plural, one {# Datenart dient} other {# Datenarten dienen}} dem Tracking)',
  'finding.audited': 'Unabhängig geprüft: {who}',
  'finding.noAudit': 'Keine veröffentlichte unabhängige Sicherheitsprüfung in den letzten fünf Jahren',
  'finding.groups.optIn': 'Gruppenunterhaltungen sind nur Ende-zu-Ende-verschlüsselt, wenn Sie das einschalten',
  'finding.calls.optIn': 'Anrufe sind nur Ende-zu-Ende-verschlüsselt, wenn Sie das einschalten',
  'finding.serviceProviders': '{owner} gibt Daten nur an Dienstleister weiter, die im Auftrag des Unternehmens handeln',
  'finding.ads.first': '{owner} nutzt Ihre Daten für eigene Werbung',
  'finding.partlyOpen': 'Nur ein Teil des Quellcodes der App ist öffentlich',

  // Datenerhebung
  'data.comparison.explainLow':
    'Die Bewertung der Datenerhebung gewichtet jede Datenart danach, wie sensibel sie ist und ob sie mit Ihnen verknüpft wird, nicht nach der Zahl der Arten: {name} erhebt mehr Arten als die meisten {plural}, aber sie wiegen wenig, deshalb lautet die Bewertung „{level}“.',
  'data.comparison.explainHigh':
    'Die Bewertung der Datenerhebung gewichtet jede Datenart danach, wie sensibel sie ist und ob sie mit Ihnen verknüpft wird, nicht nach der Zahl der Arten: {name} erhebt weniger Arten als die meisten {plural}, aber sie wiegen schwerer, deshalb lautet die Bewertung „{level}“.',

  // Häufige Fragen
  'faq.safe.score': '{name} erreicht in unserem Bewertungsschema {score, number} von 10 Punkten ({label}).',
  'faq.safe.unscored':
    'Das wissen wir noch nicht: {unknown, number} der Fakten, nach denen wir suchen, sind für {name} nicht belegt, deshalb hat die App keinen Sicherheitswert. Der Abschnitt „Was wir nicht prüfen konnten“ nennt sie und den Grund.',
  'faq.ads.third-party': 'Zur Werbung: {owner} nutzt Ihre Daten für Werbung Dritter.',
  'faq.ads.first-party': 'Zur Werbung: {owner} nutzt Ihre Daten für eigene Werbung.',
  'faq.ads.none': 'Zur Werbung: {owner} nutzt Ihre Daten nicht für Werbung.',
  'faq.sells.yes': 'Ja: {owner} verkauft Daten über die Nutzer der App.',
  'faq.sells.no': 'Nein: {owner} verkauft Ihre Daten nicht.',
  'faq.safe.strength': 'Die größte Stärke: {finding}.',
  'faq.safe.concern': 'Der größte Kritikpunkt: {finding}.',

  // So schützen Sie sich
  'protect.intro': 'Einstellungen und Gewohnheiten, die die Kritikpunkte oben verringern:',

  // Verschlüsselung
  'e2ee.default': '{subject} sind standardmäßig Ende-zu-Ende-verschlüsselt.',
  'e2ee.optIn': '{subject} sind nur Ende-zu-Ende-verschlüsselt, wenn Sie das einschalten.',
  'e2ee.none': '{subject} sind nicht Ende-zu-Ende-verschlüsselt.',
  'subject.content': '{content}',
  'subject.groups': 'Gruppenunterhaltungen',
  'subject.calls': 'Anrufe',
  'subject.backups': 'Backups',
  'subject.inList.groups': 'Gruppenunterhaltungen',
  'subject.inList.calls': 'Anrufe',
  'subject.inList.backups': 'Backups',
  'encryption.protocol': 'Protokoll: {protocol}.',
  'encryption.inTransit.yes': 'Daten werden bei der Übertragung verschlüsselt.',
  'encryption.inTransit.no': 'Daten werden bei der Übertragung nicht verschlüsselt.',
  'encryption.atRest.endToEnd': 'Gespeicherte Daten sind mit Schlüsseln verschlüsselt, die nur Sie besitzen.',
  'encryption.atRest.besidesE2ee':
    'Was {owner} für Sie speichert, ist – mit Ausnahme der Ende-zu-Ende-verschlüsselten {content} – mit Schlüsseln verschlüsselt, die {owner} besitzt.',
  'encryption.atRest.providerKeys': 'Gespeicherte Daten sind mit Schlüsseln verschlüsselt, die {owner} besitzt.',
  'encryption.atRest.none': 'Gespeicherte Daten sind nicht verschlüsselt.',
  'encryption.forwardSecrecy.yes': 'Die App nutzt Forward Secrecy: Ein heute gestohlener Schlüssel entsperrt keine früheren Nachrichten.',
  'encryption.forwardSecrecy.no': 'Die App nutzt keine Forward Secrecy.',
  'encryption.client.yes': 'Der Quellcode der App ist öffentlich.',
  'encryption.client.partial': 'Ein Teil des Quellcodes der App ist öffentlich.',
  'encryption.client.no': 'Der Quellcode der App ist nicht öffentlich.',
  'encryption.exception': '{label}: {description}',

  // Datenerhebung
  'data.unknown': 'Wir konnten nicht prüfen, welche Daten {name} erhebt: {why}',
  'data.nothing': '{name} erhebt keine Daten über Sie.',
  'data.summary.count': '{name} erhebt {count, plural, one {# Datenart} other {# Datenarten}}',
  'data.summary.linked': '{count, number} davon mit Ihrer Identität verknüpft',
  'data.summary.tracking': '{count, number} zum Tracking genutzt',
  'data.summary.undetermined': '{count, number}, bei denen die Quellen offenlassen, ob sie zum Tracking dienen',
  'data.summary.end': '{parts}.',
  'data.level': 'Die Datenerhebung wird mit „{level}“ bewertet.',
  'data.group.tracking.title': 'Daten, die zum Tracking genutzt werden',
  'data.group.tracking.description':
    'Können mit Daten aus Apps und Websites anderer Unternehmen zusammengeführt werden, um Werbung auszurichten oder zu messen.',
  'data.group.maybeTracking.title': 'Daten, die zum Tracking genutzt werden könnten',
  'data.group.maybeTracking.description': 'Die Quellen sagen nicht, ob diese Daten zum Tracking genutzt werden, deshalb können wir es nicht ausschließen.',
  'data.group.linked.title': 'Mit Ihnen verknüpfte Daten',
  'data.group.linked.description': 'Über Ihr Konto, Ihre Telefonnummer oder Ihr Gerät mit Ihrer Identität verbunden.',
  'data.group.maybeLinked.title': 'Möglicherweise mit Ihnen verknüpfte Daten',
  'data.group.maybeLinked.description': 'Die Quellen sagen nicht, ob diese Daten mit Ihrer Identität verbunden werden.',
  'data.group.notLinked.title': 'Nicht mit Ihnen verknüpfte Daten',
  'data.group.notLinked.description': 'Erhoben, ohne mit Ihrer Identität verbunden zu werden.',
  'data.why.tracking':
    'Daten, die zum Tracking genutzt werden, lassen sich mit dem verbinden, was andere Unternehmen über Sie wissen – zu einem Werbeprofil, das Ihnen über Apps und Websites hinweg folgt.',
  'data.why.linked':
    'Mit Ihnen verknüpfte Daten können herausgegeben werden, wenn {owner} gehackt oder rechtlich dazu gezwungen wird – und sie identifizieren Sie.',
  'data.why.purposes': 'Laut {owner} dienen diese Daten folgenden Zwecken: {purposes}.',
  'data.why.thirdParties': '{owner} gibt außerdem Daten an Dritte weiter (siehe unten).',
  'data.comparison.counts':
    'Wir bewerten {total, plural, one {# weitere {singular}} other {# weitere {plural}}} mit bekannter Datenliste: {more, plural, one {# davon erhebt} other {# davon erheben}} mehr Datenarten, {fewer, number} weniger und {same, number} gleich viele.',
  'data.comparison.median': 'Der Median für {plural} liegt bei {median, plural, one {# Datenart} other {# Datenarten}}.',

  // Weitergabe
  'sharing.thirdParties.no': '{owner} gibt Ihre Daten nicht an Dritte weiter.',
  'sharing.thirdParties.serviceProviders': '{owner} gibt Daten nur an Dienstleister weiter, die sie im Auftrag des Unternehmens verarbeiten.',
  'sharing.thirdParties.yes': '{owner} gibt Ihre Daten an Dritte weiter.',
  'sharing.parties': 'Daten können gehen an: {parties}.',
  'sharing.sells.yes': '{owner} verkauft Daten über die Nutzer der App.',
  'sharing.sells.no': '{owner} verkauft Ihre Daten nicht.',
  'sharing.ads.none': '{owner} nutzt Ihre Daten nicht für Werbung.',
  'sharing.ads.first-party': '{owner} nutzt Ihre Daten für eigene Werbung.',
  'sharing.ads.third-party': '{owner} nutzt Ihre Daten für Werbung Dritter.',

  // Fragen und die Antworten, die nicht schon oben stehen
  'faq.q.safe': 'Ist {name} {year} sicher?',
  'faq.q.data': 'Welche Daten erhebt {name} über mich?',
  'faq.q.sells': 'Verkauft {name} meine persönlichen Daten?',
  'faq.q.e2ee': 'Ist {name} Ende-zu-Ende-verschlüsselt?',
  'faq.q.kids': 'Ist {name} für Kinder sicher?',
  'faq.q.alternatives': 'Welche Alternativen zu {name} sind sicherer?',
  'faq.data.list': '{name} erhebt: {types}. Die Datenerhebung wird mit „{level}“ bewertet.',
  'faq.alternatives.item': '{name} ({score, number}/10)',
  'faq.alternatives.some':
    '{count, plural, one {Höher bewertet ist diese Alternative aus derselben Kategorie: {apps}.} other {Höher bewertet sind diese {plural}: {apps}.}}',
  'faq.alternatives.none': 'Alle anderen {plural}, die wir bewerten, schneiden gleich gut oder schlechter ab als {name}.',
  'faq.kids.minimumAge': 'Laut den Nutzungsbedingungen von {name} müssen Nutzer mindestens {age, number} Jahre alt sein.',
  'faq.kids.noMinimumAge': 'Die Nutzungsbedingungen von {name} legen kein Mindestalter fest.',

  // Sicherere Alternativen
  'alternative.reason': '{dimension}: {level} ({score, number}/10) statt {ownLevel} ({ownScore, number}/10)',

  // Produkte
  'products.disclosure.affiliate':
    'Einige dieser Links sind Affiliate-Links: Wenn Sie darüber kaufen, erhalten wir möglicherweise eine Provision. Produkte beeinflussen nie Bewertungen, Einstufungen oder Alternativen.',
  'products.disclosure.none': 'An diesen Links verdienen wir nichts. Produkte beeinflussen nie Bewertungen, Einstufungen oder Alternativen.',

  // Was wir nicht prüfen konnten
  'fact.app.clientOpenSource': 'Ob die App quelloffen ist',
  'fact.app.serverOpenSource': 'Ob der Server quelloffen ist',
  'fact.app.audits': 'Unabhängige Sicherheitsprüfungen',
  'fact.app.accountRequires': 'Was ein Konto voraussetzt',
  'fact.app.minimumAge': 'Mindestalter',
  'fact.app.childrenOffering': 'Was die App für Kinder bietet',
  'fact.dataCollected': 'Welche Daten die App erhebt',
  'fact.encryption.inTransit': 'Verschlüsselung bei der Übertragung',
  'fact.encryption.atRest': 'Verschlüsselung gespeicherter Daten',
  'fact.encryption.e2ee.content': 'Ende-zu-Ende-Verschlüsselung der Inhalte',
  'fact.encryption.e2ee.groups': 'Ende-zu-Ende-Verschlüsselung in Gruppen',
  'fact.encryption.e2ee.calls': 'Ende-zu-Ende-Verschlüsselung von Anrufen',
  'fact.encryption.e2ee.backups': 'Ende-zu-Ende-Verschlüsselung von Backups',
  'fact.encryption.protocol': 'Verschlüsselungsprotokoll',
  'fact.encryption.forwardSecrecy': 'Forward Secrecy',
  'fact.encryption.exceptions': 'Was die Verschlüsselung schwächt',
  'fact.sharing.thirdParties': 'Weitergabe an Dritte',
  'fact.sharing.sellsData': 'Ob Daten verkauft werden',
  'fact.sharing.advertising': 'Nutzung von Daten für Werbung',
  'fact.sharing.parties': 'Wer Daten erhält',

  // Was eine Ausnahme von der Ende-zu-Ende-Verschlüsselung nicht abdeckt
  'gap.sms-fallback': 'per SMS verschickte Nachrichten',
  'gap.provider-readable-backups': 'Cloud-Backups mit Schlüsseln des Anbieters',
  'gap.opt-in-only': 'Unterhaltungen ohne eingeschaltete Verschlüsselung',
  'gap.reported-content-readable': 'gemeldete Nachrichten',
  'gap.business-or-ai-chats': 'Chats mit Unternehmen oder KI-Funktionen',
  'gap.non-e2ee-features': 'Funktionen außerhalb der Ende-zu-Ende-Verschlüsselung',
  'gap.no-encryption-at-rest-by-default': 'beim Anbieter gespeicherte Inhalte',

  // The page frame (src/web/views/layout.tsx)
  'ui.skip': 'Zum Inhalt springen',
  'ui.search.label': 'Apps suchen',
  'ui.search.region': 'Apps suchen (Kopfzeile)',
  'ui.search.button': 'Suchen',
  'ui.nav.region': 'Website',
  'ui.nav.apps': 'Alle Apps',
  'ui.nav.compare': 'Vergleichen',
  'ui.nav.methodology': 'Methodik',
  'ui.nav.about': 'Über uns',
  'ui.language.region': 'Sprache',
  'ui.footer.before': 'PrivacyDefend bewertet Apps anhand belegter Fakten nach einem',
  'ui.footer.rubric': 'veröffentlichten Bewertungsschema',
  'ui.footer.after': '. Die Daten sind offen (CC BY 4.0). Diese Website setzt keine Cookies und lädt nichts von Dritten.',
  'ui.footer.downloads': 'Daten herunterladen',
  'ui.footer.api': 'API',
  'ui.footer.feed': 'Neuigkeiten (Atom-Feed)',
  'ui.footer.about': 'Über uns und Finanzierung',
  'ui.suggest': 'Diese Seite gibt es auch auf Deutsch.',
  'ui.freeText': '(auf Englisch)',
};
