/**
 * What the consistency rules (src/checks/rules/) say about a problem, in
 * English: the source of checks/de.ts and fr.ts. `privacydefend check` prints
 * these English sentences; the editor shows a finding in its page's language
 * (src/checks/say.ts). Each message follows the field it concerns ("is empty
 * …") or names it; parameters that are data (ids, field paths, values, quoted
 * page text, URLs) are filled in as written. Spread into the site's
 * catalogues (src/i18n/messages/en.ts), so the catalogue check holds the
 * translations to the same keys and placeholders.
 */
export const checksEn = {
  // How the editor names a finding's severity ("error [fact-sources]: …")
  'check.severity.error': 'error',
  'check.severity.warning': 'warning',
  // A finding as the editor shows it: beside its field, and on the work list after the field's path
  'check.finding': '{severity} [{rule}]: {text}',
  'check.findingAt': '{path}: {severity} [{rule}]: {text}',
  // A score as a finding quotes it, and a fact's value when it is not known
  'check.score': '{score}',
  'check.unknown': 'unknown',

  // page-renders (the runner itself)
  'check.pageRenders.failed': 'the page cannot be built: {error}',

  // fact-sources
  'check.factSources.none': 'a known fact must name at least one source; add the source id that establishes it',
  'check.factSources.undeclared': 'names source "{id}", which is not declared under sources; declare it or fix the id',
  // source-unused
  'check.sourceUnused': 'is declared but no fact cites it; cite it from the fact it establishes, or remove it',
  // source-url
  'check.sourceUrl.notAbsolute': '"{url}" is not an absolute http(s) URL; write the full address, e.g. https://example.org/privacy',
  'check.sourceUrl.auditNotAbsolute': '"{url}" is not an absolute http(s) URL',
  // source-host-denied
  'check.sourceHostDenied': "{host} is a denied host ({why}); cite the vendor's own document, or an archived copy of it, instead",
  // source-host-unclassified
  'check.sourceHostUnclassified': '{host} is not classified in {file}; classify it (vendor, press, archive, ... or denied)',
  // source-archived-copy
  'check.sourceArchivedCopy.notArchive': '{host} is classified "{class}", not an archive; put the vendor\'s address in url and the archive\'s copy in archived',
  'check.sourceArchivedCopy.sameUrl': 'is the same address as url; omit archived when the live page was read',
  'check.sourceArchivedCopy.afterRead': '{date} is after the source was read ({read}); the copy read must already exist',
  // core-fact-source
  'check.coreFactSource':
    "is a core fact but rests on no primary source or reputable reporting ({classes}); cite the vendor's document, an app-store label, a regulator, court or audit, or reputable press, or record the fact as unknown",
  // core-fact-stale
  'check.coreFactStale':
    'its newest source ({source}, {newest}) is older than {limit}, {years, plural, one {# year} other {# years}} before the review; re-read a newer copy of the document, or it is shown as stale',
  // future-date
  'check.futureDate':
    '{what, select, read {read date} published {publication date} controversy {controversy date} audit {audit date} other {review date}} {date} is after today ({today}); correct the date',
  // review-stale, review-expired
  'check.reviewStale':
    'facts were last checked {reviewed}, {months, plural, one {# month} other {# months}} ago; recheck the sources and update review.reviewed',
  'check.reviewExpired':
    'facts were last checked {reviewed}, {months, plural, one {# month} other {# months}} ago (limit {limit}); recheck every source before publishing',

  // editorial-claims, page-contradicted-claim: a sentence claims what the facts deny
  'check.claim.editorial': '{sentence} is a "{claim}" claim, but {why}; correct the sentence or the fact',
  'check.claim.page': '{sentence} is a "{claim}" claim, but {why}',
  // why the claim does not hold (src/checks/claims.ts)
  'check.claim.unknown': '{fact} is unknown, and an unknown fact supports no claim',
  'check.claim.closedSource': 'app.clientOpenSource is "no" (closed source)',
  'check.claim.isValue': '{fact} is "{value}"',
  'check.claim.isBoolean': '{fact} is {value}',
  'check.claim.noAudit': 'app.audits records no audit',
  'check.claim.notDefault': '{fact} is {value}, not "default"',
  'check.claim.exceptionsUnknown': 'encryption.exceptions is unknown, so nothing shows the provider cannot read content',
  'check.claim.exceptionsLetRead': 'encryption.exceptions records {exceptions}, which let the provider read content',
  // editorial-comparisons
  'check.comparison': '{sentence} compares {name} with its category, but {why}; correct the sentence or the facts',
  'check.comparison.unknown': 'dataCollected is unknown, and an unknown fact supports no claim',
  'check.comparison.noOthers': 'no other {category} app has a known data list to compare with',
  'check.comparison.median': 'it collects {own, plural, one {# data type} other {# data types}} against a median of {median} for the other {category} apps',

  // unknown-reference (src/domain/references.ts)
  'check.reference.category': '"{id}" is not a category in categories.yaml (known: {known})',
  'check.reference.dataType': '"{id}" is not a data type in taxonomy.yaml',
  'check.reference.purpose': '"{id}" is not a purpose in taxonomy.yaml (known: {known})',
  'check.reference.exception': '"{id}" is not an exception in taxonomy.yaml (known: {known})',
  'check.reference.party': '"{id}" is not a party kind in taxonomy.yaml (known: {known})',
  'check.reference.control': '"{id}" is not a privacy control in taxonomy.yaml (known: {known})',
  'check.reference.controlNotApplicable': 'does not apply to the {category} category; remove it',
  'check.reference.controlMissing': 'has no entry for "{id}"; record it, or record it as {unknownForm}',
  'check.reference.advice': '"{id}" is not an advice id in taxonomy.yaml (known: {known})',
  'check.reference.documentId': '"{id}" is used by another document of this review; document ids must be unique',
  'check.reference.source': 'names source "{id}", which is not declared under sources',
  'check.reference.verdictApp': 'names app "{id}", which has no review in apps/',
  // duplicate-id
  'check.duplicateId.slug': '"{id}" is the slug of another review; slugs are URLs and must be unique',
  'check.duplicateId.category': '"{id}" is used by another category',
  'check.duplicateId.product': '"{id}" is used by another product',
  'check.duplicateId.taxonomy': '"{id}" is used twice in {list}',
  'check.duplicateId.controversy': '"{id}" is used by another controversy of this review',
  // stale-score
  'check.staleScore.revision': '{slug} revision {revision}',
  'check.staleScore.invalid': '{where}: stored facts do not match the review schema ({problem}); re-import the dataset',
  'check.staleScore.stale': '{where} is stale ({differences}); run privacydefend import to rescore',
  // e2ee-exceptions-agree
  'check.e2eeExceptions.optInButDefault': 'says end-to-end encryption is opt-in only, but encryption.e2ee.content is "default"; correct one of them',
  'check.e2eeExceptions.optInButNone':
    'says end-to-end encryption can be turned on, but encryption.e2ee.content is "none"; record "opt-in" or drop the exception',
  'check.e2eeExceptions.missing': 'is "opt-in", but encryption.exceptions does not list opt-in-only; add it (with its sources) or correct the value',
  // sharing-agrees
  'check.sharingAgrees.sells': 'is "no", but sharing.sellsData is true: selling data gives it to third parties; correct one of them',
  'check.sharingAgrees.ads': 'is "no", but sharing.advertising is "third-party": third-party ads share data with advertisers; correct one of them',
  // backups-agree
  'check.backupsAgree.offered': 'is "{value}", but encryption.e2ee.backups is "none"; the control is offered only when backups can be end-to-end encrypted',
  'check.backupsAgree.notOffered': 'is "no", but encryption.e2ee.backups is "{backups}"; an opt-in setting counts as the control being offered ("yes")',
  // shared-policy
  'check.sharedPolicy':
    "{fact} is {here} here but {there} in {file}, and both rest on the same copy of one privacy policy alone ({policy}); read it the same way in both, or cite the product's own document that explains the difference",
  // setting-advice
  'check.settingAdvice.second': 'a second setting for "{advice}"; name one setting per piece of advice',
  'check.settingAdvice.noSentence': 'the advice "{advice}" has no sentence naming an app\'s own setting ({message})',
  'check.settingAdvice.neverNamed':
    '"{name}" carries out "{advice}", which is given only when {fact} is {values}; here it is {value}, so the page would never name the setting',
  // store-links
  'check.storeLinks.platform': '"{platform}" is not among the app\'s platforms ({platforms}); add it there or correct the link',
  'check.storeLinks.second': 'a second {store} link for {platform}; list each store and platform once',
  'check.storeLinks.ownership':
    "no source shows this listing is the vendor's ({classes}); cite the vendor's download page that links to it, or the store page itself",
  // source-dates
  'check.sourceDates.published': "{published} is after the source's read date {read}; correct one of the dates",
  'check.sourceDates.reviewed':
    '{reviewed} is before the read date of cited {count, plural, one {source} other {sources}} {ids} (newest {newest}); date the review when its facts were last checked',
  // duplicate-exception
  'check.duplicateException': '"{kind}" is already listed at encryption.exceptions.value[{first}]; merge the two descriptions and their sources into one',
  // blank-text
  'check.blankText': 'is empty or only whitespace; write the text or remove the field',
  // product-concerns
  'check.productConcerns.concern': '"{id}" is not a concern any review page can show, so {product} would never appear for it (known: {known})',
  'check.productConcerns.category': '"{id}" is not a category in categories.yaml, so {product} would never appear there (known: {known})',
  'check.productConcerns.app': '"{app}" is not a reviewed app (no apps/{app}.yaml)',
  'check.productConcerns.denied': "{host} is a denied host ({why}); cite the vendor's own page for {product}",
  'check.productConcerns.advice': '"{id}" is not a concern any review page can show, so the advice "{advice}" is never given',
  // rubric-version
  'check.rubricVersion.noHash':
    'no content hash is recorded for rubric {version} in rubric-hashes.json; add a changelog entry for {version} and run npm run golden',
  'check.rubricVersion.changed':
    "the rubric's content changed but its version is still {version}; bump the version, add a changelog entry and run npm run golden",
  'check.rubricVersion.noChangelog': 'has no entry for version {version}; say what changed',

  // page-empty-section
  'check.pageEmptySection.heading': 'heading has no content under it; leave the section out when there is nothing to say',
  'check.pageEmptySection.intro': 'section has an introduction but lists nothing; leave the section out when there is nothing to list',
  // page-dangling-intro
  'check.pageDanglingIntro': '{sentence} announces a list that is not there; render the list from the facts or drop the sentence',
  // page-faq-unanswered
  'check.pageFaqUnanswered': 'question has no answer; ask it only when the facts answer it',
  // page-placeholder-text
  'check.pagePlaceholderText': 'shows "{placeholder}" in "…{around}…"; a value is missing where the page was built',
  // page-finding-side
  'check.pageFindingSide.negativeAsStrength': 'lists the negative finding "{id}" ({text}) as a strength',
  'check.pageFindingSide.positiveAsConcern': 'lists the positive finding "{id}" ({text}) as a concern',
  'check.pageFindingSide.readsBad': '{text} is listed as a strength but reads as {reading}; findings take their side from the facts',
  'check.pageFindingSide.readsGood': '{text} is listed as a concern but reads as {reading}; findings take their side from the facts',
  'check.pageFindingSide.aConcern': 'a concern of this app',
  'check.pageFindingSide.aStrength': 'a strength of this app',
  // the wording a finding uses, as the rule names it
  'check.phrase.lowDataCollection': 'low data collection',
  'check.phrase.littleData': 'collects little or no data',
  'check.phrase.strongEncryption': 'strong encryption',
  'check.phrase.goodControls': 'good privacy controls',
  'check.phrase.openSource': 'open source',
  'check.phrase.audited': 'audited',
  'check.phrase.e2eeByDefault': 'end-to-end encrypted by default',
  'check.phrase.noSellingOrSharing': 'does not sell or share',
  'check.phrase.noTracking': 'no tracking',
  'check.phrase.forwardSecrecy': 'forward secrecy',
  'check.phrase.closedSource': 'closed source',
  'check.phrase.weakEncryption': 'weak or no encryption',
  'check.phrase.highDataCollection': 'high data collection',
  'check.phrase.sellsData': 'sells data',
  'check.phrase.thirdPartySharing': 'third-party sharing',
  'check.phrase.advertising': 'advertising',
  'check.phrase.tracking': 'tracking',
  'check.phrase.weakProtection': 'weak account protection or controls',
  // page-safer-alternatives
  'check.pageAlternatives.noReview': 'offers "{slug}", which has no review',
  'check.pageAlternatives.otherCategory': 'offers {alternative}, a {altCategory} app, as an alternative to a {category} app',
  'check.pageAlternatives.unscored': 'offers {alternative} as safer, but {name} has no score to compare with',
  'check.pageAlternatives.notHigher': 'offers {alternative} ({altScore}) as safer than {name} ({score}); alternatives must score higher',
  'check.pageAlternatives.notScored': 'not scored',
  // page-internal-links
  'check.pageInternalLinks.anchor': 'points to "{href}", but no element on the page has that id',
  'check.pageInternalLinks.route':
    'points to "{path}", which is not a page of the site (known: /, /methodology, /about, /apps/<slug>, /categories/<id>, /compare/<slug>-vs-<slug>, /assets/...)',
  // page-products
  'check.pageProducts.empty':
    "shows {disclosed, select, yes {an affiliate disclosure} other {a heading}} but no product; show the block only when a product addresses one of the app's concerns",
  'check.pageProducts.undisclosed': 'lists products without the disclosure; put it beside them',
  'check.pageProducts.notSponsored': 'links to {href} without {attribute}',
  // page-repeated, page-fact-both-sides
  'check.pageRepeated.section': 'appears {count, plural, one {# time} other {# times}}; render each section once',
  'check.pageRepeated.heading': 'is printed more than once; merge what is under them',
  'check.pageRepeated.finding': '{text} is listed {count, plural, one {# time} other {# times}}',
  'check.pageRepeated.question': 'is asked twice; ask each question once',
  'check.pageRepeated.shortAnswer': 'repeats the short answer word for word: {sentence}; answer in other words or add what the short answer leaves out',
  'check.pageBothSides': 'states {fact}, which What’s Good also states ({text}); present the fact as one finding with its nuance',
  // page-label-number
  'check.pageLabelNumber.both': 'says "{label}" beside the number {score}/10; show the words or the number, not both',
  'check.pageLabelNumber.range': 'shows a score of {score} out of 10',
  // page-internal-id
  'check.pageInternalId': 'shows the id "{id}"; show its label from taxonomy.yaml',
} as const;
