/**
 * Was die Konsistenzregeln zu einem Problem sagen, auf Deutsch: dieselben
 * Schlüssel und Platzhalter wie checks/en.ts, frei formuliert, mit „Sie“ wie
 * die übrige Redaktion. Eine Meldung folgt dem Feld, das sie betrifft
 * („review.notes: ist leer …“), oder nennt es selbst; Daten (IDs, Feldpfade,
 * Werte, zitierter Seitentext, Adressen) bleiben, wie sie sind.
 */
import type { checksEn } from './en.ts';

export const checksDe: Record<keyof typeof checksEn, string> = {
  'check.severity.error': 'Fehler',
  'check.severity.warning': 'Warnung',
  'check.finding': '{severity} [{rule}]: {text}',
  'check.findingAt': '{path}: {severity} [{rule}]: {text}',
  'check.score': '{score, number}',
  'check.unknown': 'unbekannt',

  'check.pageRenders.failed': 'Die Seite lässt sich nicht erstellen: {error}',

  'check.factSources.none': 'Ein bekannter Fakt muss mindestens eine Quelle nennen; tragen Sie die ID der Quelle ein, die ihn belegt',
  'check.factSources.undeclared': 'nennt die Quelle „{id}“, die unter sources nicht angelegt ist; legen Sie sie an oder korrigieren Sie die ID',
  'check.sourceUnused': 'ist angelegt, aber kein Fakt beruft sich darauf; zitieren Sie sie bei dem Fakt, den sie belegt, oder entfernen Sie sie',
  'check.sourceUrl.notAbsolute': '„{url}“ ist keine vollständige http(s)-Adresse; schreiben Sie sie ganz aus, z. B. https://example.org/privacy',
  'check.sourceUrl.auditNotAbsolute': '„{url}“ ist keine vollständige http(s)-Adresse',
  'check.sourceHostDenied':
    '{host} ist als Quelle ausgeschlossen ({why}); zitieren Sie stattdessen das Dokument des Anbieters selbst oder eine archivierte Kopie davon',
  'check.sourceHostUnclassified': '{host} ist in {file} nicht eingeordnet; ordnen Sie die Domain ein (vendor, press, archive … oder denied)',
  'check.sourceArchivedCopy.notArchive':
    '{host} ist als „{class}“ eingeordnet, nicht als Archiv; die Adresse des Anbieters gehört in url, die Kopie im Archiv in archived',
  'check.sourceArchivedCopy.sameUrl': 'ist dieselbe Adresse wie url; lassen Sie archived weg, wenn die Seite direkt gelesen wurde',
  'check.sourceArchivedCopy.afterRead': '{date} liegt nach dem Lesedatum der Quelle ({read}); die gelesene Kopie muss damals schon existiert haben',
  'check.coreFactSource':
    'ist ein Kernfakt, stützt sich aber weder auf eine Primärquelle noch auf seriöse Berichterstattung ({classes}); zitieren Sie das Dokument des Anbieters, ein App-Store-Label, eine Behörde, ein Gericht, ein Audit oder seriöse Presse, oder erfassen Sie den Fakt als unbekannt',
  'check.coreFactStale':
    'Die neueste Quelle ({source}, {newest}) ist älter als {limit}, also {years, plural, one {# Jahr} other {# Jahre}} vor dem Prüfdatum; lesen Sie eine neuere Fassung des Dokuments, sonst wird der Fakt als veraltet angezeigt',
  'check.futureDate':
    'Das {what, select, read {Lesedatum} published {Veröffentlichungsdatum} controversy {Datum der Kontroverse} audit {Datum des Audits} other {Prüfdatum}} {date} liegt in der Zukunft (heute: {today}); korrigieren Sie das Datum',
  'check.reviewStale':
    'Die Fakten wurden zuletzt am {reviewed} geprüft, vor {months, plural, one {# Monat} other {# Monaten}}; prüfen Sie die Quellen erneut und aktualisieren Sie review.reviewed',
  'check.reviewExpired':
    'Die Fakten wurden zuletzt am {reviewed} geprüft, vor {months, plural, one {# Monat} other {# Monaten}} (Grenze: {limit}); prüfen Sie vor der Veröffentlichung jede Quelle erneut',

  'check.claim.editorial': '{sentence} enthält die Behauptung „{claim}“, aber {why}; korrigieren Sie den Satz oder den Fakt',
  'check.claim.page': '{sentence} enthält die Behauptung „{claim}“, aber {why}',
  'check.claim.unknown': '{fact} ist unbekannt, und ein unbekannter Fakt trägt keine Behauptung',
  'check.claim.closedSource': 'app.clientOpenSource ist „no“ (Closed Source)',
  'check.claim.isValue': '{fact} ist „{value}“',
  'check.claim.isBoolean': '{fact} ist {value}',
  'check.claim.noAudit': 'app.audits verzeichnet kein Audit',
  'check.claim.notDefault': '{fact} ist {value}, nicht „default“',
  'check.claim.exceptionsUnknown': 'encryption.exceptions ist unbekannt, also belegt nichts, dass der Anbieter die Inhalte nicht lesen kann',
  'check.claim.exceptionsLetRead': 'encryption.exceptions verzeichnet {exceptions}, womit der Anbieter Inhalte lesen kann',
  'check.comparison': '{sentence} vergleicht {name} mit der eigenen Kategorie, aber {why}; korrigieren Sie den Satz oder die Fakten',
  'check.comparison.unknown': 'dataCollected ist unbekannt, und ein unbekannter Fakt trägt keine Behauptung',
  'check.comparison.noOthers': 'keine andere App der Kategorie {category} hat eine bekannte Datenliste, mit der sich vergleichen ließe',
  'check.comparison.median':
    'die App erhebt {own, plural, one {# Datenart} other {# Datenarten}}, der Median der übrigen Apps der Kategorie {category} liegt bei {median}',

  'check.reference.category': '„{id}“ ist keine Kategorie in categories.yaml (vorhanden: {known})',
  'check.reference.dataType': '„{id}“ ist keine Datenart in taxonomy.yaml',
  'check.reference.purpose': '„{id}“ ist kein Zweck in taxonomy.yaml (vorhanden: {known})',
  'check.reference.exception': '„{id}“ ist keine Ausnahme in taxonomy.yaml (vorhanden: {known})',
  'check.reference.party': '„{id}“ ist keine Empfängerart in taxonomy.yaml (vorhanden: {known})',
  'check.reference.control': '„{id}“ ist keine Datenschutzeinstellung in taxonomy.yaml (vorhanden: {known})',
  'check.reference.controlNotApplicable': 'gilt nicht für die Kategorie {category}; entfernen Sie den Eintrag',
  'check.reference.controlMissing': 'hat keinen Eintrag für „{id}“; erfassen Sie ihn, notfalls als {unknownForm}',
  'check.reference.advice': '„{id}“ ist keine Empfehlungs-ID in taxonomy.yaml (vorhanden: {known})',
  'check.reference.documentId': '„{id}“ gehört schon zu einem anderen Dokument dieses Tests; Dokument-IDs müssen eindeutig sein',
  'check.reference.source': 'nennt die Quelle „{id}“, die unter sources nicht angelegt ist',
  'check.reference.verdictApp': 'nennt die App „{id}“, zu der es in apps/ keinen Test gibt',
  'check.duplicateId.slug': '„{id}“ ist schon der Slug eines anderen Tests; Slugs sind Adressen und müssen eindeutig sein',
  'check.duplicateId.category': '„{id}“ gehört schon zu einer anderen Kategorie',
  'check.duplicateId.product': '„{id}“ gehört schon zu einem anderen Produkt',
  'check.duplicateId.taxonomy': '„{id}“ kommt in {list} zweimal vor',
  'check.duplicateId.controversy': '„{id}“ gehört schon zu einer anderen Kontroverse dieses Tests',
  'check.staleScore.revision': '{slug}, Version {revision}',
  'check.staleScore.invalid': '{where}: Die gespeicherten Fakten passen nicht zum Schema der Tests ({problem}); importieren Sie den Datensatz neu',
  'check.staleScore.stale': '{where} ist veraltet ({differences}); führen Sie privacydefend import aus, um den Sicherheitswert neu zu berechnen',
  'check.e2eeExceptions.optInButDefault':
    'besagt, dass Ende-zu-Ende-Verschlüsselung erst eingeschaltet werden muss, aber encryption.e2ee.content ist „default“; korrigieren Sie eines von beiden',
  'check.e2eeExceptions.optInButNone':
    'besagt, dass sich Ende-zu-Ende-Verschlüsselung einschalten lässt, aber encryption.e2ee.content ist „none“; erfassen Sie „opt-in“ oder streichen Sie die Ausnahme',
  'check.e2eeExceptions.missing':
    'ist „opt-in“, aber encryption.exceptions nennt opt-in-only nicht; ergänzen Sie die Ausnahme (mit ihren Quellen) oder korrigieren Sie den Wert',
  'check.sharingAgrees.sells': 'ist „no“, aber sharing.sellsData ist true: Wer Daten verkauft, gibt sie an Dritte weiter; korrigieren Sie eines von beiden',
  'check.sharingAgrees.ads':
    'ist „no“, aber sharing.advertising ist „third-party“: Werbung Dritter gibt Daten an Werbetreibende weiter; korrigieren Sie eines von beiden',
  'check.backupsAgree.offered':
    'ist „{value}“, aber encryption.e2ee.backups ist „none“; die Einstellung gibt es nur, wenn sich Backups Ende-zu-Ende verschlüsseln lassen',
  'check.backupsAgree.notOffered':
    'ist „no“, aber encryption.e2ee.backups ist „{backups}“; eine Einstellung zum Einschalten zählt als angebotene Einstellung („yes“)',
  'check.sharedPolicy':
    '{fact} ist hier {here}, in {file} aber {there}, und beide stützen sich allein auf dieselbe Fassung einer einzigen Datenschutzerklärung ({policy}); lesen Sie sie in beiden Tests gleich, oder zitieren Sie das eigene Dokument des Produkts, das den Unterschied erklärt',
  'check.settingAdvice.second': 'eine zweite Einstellung für „{advice}“; nennen Sie pro Empfehlung nur eine Einstellung',
  'check.settingAdvice.noSentence': 'Zur Empfehlung „{advice}“ gibt es keinen Satz, der eine Einstellung der App nennt ({message})',
  'check.settingAdvice.neverNamed':
    '„{name}“ setzt „{advice}“ um, eine Empfehlung, die nur gegeben wird, wenn {fact} {values} ist; hier ist der Wert {value}, die Seite würde die Einstellung also nie nennen',
  'check.storeLinks.platform':
    '„{platform}“ gehört nicht zu den Plattformen der App ({platforms}); ergänzen Sie die Plattform dort oder korrigieren Sie den Link',
  'check.storeLinks.second': 'ein zweiter Link zu {store} für {platform}; nennen Sie jeden Store und jede Plattform nur einmal',
  'check.storeLinks.ownership':
    'Keine Quelle zeigt, dass dieser Store-Eintrag vom Anbieter stammt ({classes}); zitieren Sie die Download-Seite des Anbieters, die darauf verlinkt, oder die Store-Seite selbst',
  'check.sourceDates.published': '{published} liegt nach dem Lesedatum der Quelle ({read}); korrigieren Sie eines der beiden Daten',
  'check.sourceDates.reviewed':
    '{reviewed} liegt vor dem Lesedatum {count, plural, one {der zitierten Quelle} other {der zitierten Quellen}} {ids} (zuletzt gelesen: {newest}); datieren Sie den Test auf den Tag, an dem seine Fakten zuletzt geprüft wurden',
  'check.duplicateException':
    '„{kind}“ steht schon unter encryption.exceptions.value[{first}]; führen Sie die beiden Beschreibungen und ihre Quellen zu einer zusammen',
  'check.blankText': 'ist leer oder enthält nur Leerzeichen; schreiben Sie den Text oder entfernen Sie das Feld',
  'check.productConcerns.concern':
    '„{id}“ ist kein Kritikpunkt, den eine Testseite zeigen kann, {product} würde dafür also nie erscheinen (vorhanden: {known})',
  'check.productConcerns.category': '„{id}“ ist keine Kategorie in categories.yaml, {product} würde dort also nie erscheinen (vorhanden: {known})',
  'check.productConcerns.app': '„{app}“ ist keine getestete App (es gibt keine Datei apps/{app}.yaml)',
  'check.productConcerns.denied': '{host} ist als Quelle ausgeschlossen ({why}); zitieren Sie für {product} die Seite des Anbieters selbst',
  'check.productConcerns.advice': '„{id}“ ist kein Kritikpunkt, den eine Testseite zeigen kann, die Empfehlung „{advice}“ wird also nie gegeben',
  'check.rubricVersion.noHash':
    'Für das Bewertungsschema {version} ist in rubric-hashes.json kein Inhalts-Hash verzeichnet; ergänzen Sie einen Changelog-Eintrag für {version} und führen Sie npm run golden aus',
  'check.rubricVersion.changed':
    'Der Inhalt des Bewertungsschemas hat sich geändert, seine Version ist aber noch {version}; erhöhen Sie die Version, ergänzen Sie einen Changelog-Eintrag und führen Sie npm run golden aus',
  'check.rubricVersion.noChangelog': 'hat keinen Eintrag für Version {version}; beschreiben Sie, was sich geändert hat',

  'check.pageEmptySection.heading': 'Unter der Überschrift steht nichts; lassen Sie den Abschnitt weg, wenn es nichts zu sagen gibt',
  'check.pageEmptySection.intro': 'Der Abschnitt hat eine Einleitung, listet aber nichts auf; lassen Sie ihn weg, wenn es nichts aufzuzählen gibt',
  'check.pageDanglingIntro': '{sentence} kündigt eine Liste an, die fehlt; erzeugen Sie die Liste aus den Fakten oder streichen Sie den Satz',
  'check.pageFaqUnanswered': 'Die Frage hat keine Antwort; stellen Sie sie nur, wenn die Fakten sie beantworten',
  'check.pagePlaceholderText': 'zeigt „{placeholder}“ in „…{around}…“; beim Erstellen der Seite fehlte ein Wert',
  'check.pageFindingSide.negativeAsStrength': 'führt den negativen Befund „{id}“ ({text}) als Stärke auf',
  'check.pageFindingSide.positiveAsConcern': 'führt den positiven Befund „{id}“ ({text}) als Kritikpunkt auf',
  'check.pageFindingSide.readsBad':
    '{text} steht bei den Stärken, die Formulierung deutet aber auf {reading} hin; auf welcher Seite ein Befund steht, ergibt sich aus den Fakten',
  'check.pageFindingSide.readsGood':
    '{text} steht bei den Kritikpunkten, die Formulierung deutet aber auf {reading} hin; auf welcher Seite ein Befund steht, ergibt sich aus den Fakten',
  'check.pageFindingSide.aConcern': 'einen Kritikpunkt dieser App',
  'check.pageFindingSide.aStrength': 'eine Stärke dieser App',
  'check.phrase.lowDataCollection': 'geringe Datenerhebung',
  'check.phrase.littleData': 'wenig oder keine Datenerhebung',
  'check.phrase.strongEncryption': 'starke Verschlüsselung',
  'check.phrase.goodControls': 'gute Datenschutzeinstellungen',
  'check.phrase.openSource': 'Open Source',
  'check.phrase.audited': 'ein Audit',
  'check.phrase.e2eeByDefault': 'standardmäßige Ende-zu-Ende-Verschlüsselung',
  'check.phrase.noSellingOrSharing': 'keinen Verkauf und keine Weitergabe von Daten',
  'check.phrase.noTracking': 'kein Tracking',
  'check.phrase.forwardSecrecy': 'Forward Secrecy',
  'check.phrase.closedSource': 'Closed Source',
  'check.phrase.weakEncryption': 'schwache oder fehlende Verschlüsselung',
  'check.phrase.highDataCollection': 'umfangreiche Datenerhebung',
  'check.phrase.sellsData': 'Datenverkauf',
  'check.phrase.thirdPartySharing': 'Weitergabe an Dritte',
  'check.phrase.advertising': 'Werbung',
  'check.phrase.tracking': 'Tracking',
  'check.phrase.weakProtection': 'schwachen Kontoschutz oder fehlende Einstellungen',
  'check.pageAlternatives.noReview': 'empfiehlt „{slug}“, zu dem es keinen Test gibt',
  'check.pageAlternatives.otherCategory': 'empfiehlt {alternative} (Kategorie {altCategory}) als Alternative zu einer App der Kategorie {category}',
  'check.pageAlternatives.unscored': 'empfiehlt {alternative} als sicherer, aber {name} hat keinen Sicherheitswert, mit dem sich vergleichen ließe',
  'check.pageAlternatives.notHigher':
    'empfiehlt {alternative} ({altScore}) als sicherer als {name} ({score}); eine Alternative muss einen höheren Sicherheitswert haben',
  'check.pageAlternatives.notScored': 'ohne Sicherheitswert',
  'check.pageInternalLinks.anchor': 'verweist auf „{href}“, aber kein Element der Seite hat diese ID',
  'check.pageInternalLinks.route':
    'verweist auf „{path}“, doch diese Seite gibt es auf der Website nicht (vorhanden: /, /methodology, /about, /apps/<slug>, /categories/<id>, /compare/<slug>-vs-<slug>, /assets/...)',
  'check.pageProducts.empty':
    'zeigt {disclosed, select, yes {einen Hinweis auf Affiliate-Links} other {eine Überschrift}}, aber kein Produkt; zeigen Sie den Block nur, wenn ein Produkt einen Kritikpunkt der App angeht',
  'check.pageProducts.undisclosed': 'listet Produkte ohne den Hinweis auf Affiliate-Links auf; setzen Sie ihn daneben',
  'check.pageProducts.notSponsored': 'verlinkt auf {href} ohne {attribute}',
  'check.pageRepeated.section': 'kommt {count, plural, other {# Mal}} vor; zeigen Sie jeden Abschnitt nur einmal',
  'check.pageRepeated.heading': 'steht mehr als einmal auf der Seite; führen Sie zusammen, was darunter steht',
  'check.pageRepeated.finding': '{text} steht {count, plural, other {# Mal}} auf der Seite',
  'check.pageRepeated.question': 'wird zweimal gestellt; stellen Sie jede Frage nur einmal',
  'check.pageRepeated.shortAnswer':
    'wiederholt die Kurzantwort wörtlich: {sentence}; antworten Sie mit anderen Worten oder ergänzen Sie, was die Kurzantwort auslässt',
  'check.pageBothSides': 'nennt {fact}, was auch unter „Was gut ist“ steht ({text}); stellen Sie den Fakt als einen Befund mit seinen Nuancen dar',
  'check.pageLabelNumber.both': 'zeigt „{label}“ neben der Zahl {score}/10; zeigen Sie entweder die Worte oder die Zahl',
  'check.pageLabelNumber.range': 'zeigt den Sicherheitswert {score} von 10',
  'check.pageInternalId': 'zeigt die ID „{id}“; zeigen Sie stattdessen ihre Bezeichnung aus taxonomy.yaml',
};
