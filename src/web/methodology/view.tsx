/**
 * The methodology page, generated from the rubric object the scoring code uses:
 * no number on this page is typed in the template.
 */
import type { Rubric, Criterion, Tone } from '../../domain/rubric.ts';
import type { SourcePolicy } from '../../domain/source-hosts.ts';
import { valueInWords } from '../../domain/words.ts';
import { round } from '../../scoring/score.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { longDate } from '../views/format.ts';
import { joinList, numberFormat, type Locale } from '../../i18n/index.ts';
import { localRubric } from '../../narrative/localise.ts';
import { sayById, sayer } from '../views/words.ts';

/** A share (0..1) as a percentage: 0.3 → "30%". */
export function percent(share: number): string {
  return `${round(share * 100, 1)}%`;
}

/** The page's ways of writing numbers and words: English as the rubric has them, German and French through Intl and the catalogue. */
function writer(locale: Locale) {
  const say = sayer(locale);
  const en = locale === 'en';
  const numbers = numberFormat(locale, { maximumFractionDigits: 4 });
  return {
    say,
    en,
    num: (n: number) => (en ? String(n) : numbers.format(n)),
    pct: (share: number) => (en ? percent(share) : say('page.method.percent', { share })),
    value: (value: string) => (en ? valueInWords(value) : say('page.method.value', { value: value.replace(/-/g, '_') })),
  };
}
type Writer = ReturnType<typeof writer>;

function ToneText(props: { rubric: Rubric; tone: Tone; text: string }) {
  const t = props.rubric.tones[props.tone];
  return (
    <span class={`badge tone-${props.tone}`}>
      <span aria-hidden="true" class="icon">
        {t?.icon ?? ''}
      </span>{' '}
      {props.text}
      <span class="visually-hidden"> ({t?.words ?? props.tone})</span>
    </span>
  );
}

function HowItScores(props: { criterion: Criterion; w: Writer; locale: Locale }) {
  const c = props.criterion;
  const { w } = props;
  if ('measure' in c) {
    const params = Object.entries(c.params);
    const list = params.map(([k, v], i) => `${i > 0 ? ', ' : ''}${k} = ${typeof v === 'number' ? w.num(v) : v}`).join('');
    return (
      <>
        {w.en ? c.describe : sayById(props.locale, `page.method.measure.${c.measure}`, c.describe, c.params)}
        {params.length > 0 ? <span class="muted"> {w.say('page.method.parameters', { list })}</span> : null}
      </>
    );
  }
  const applies = c.appliesWhen
    ? sayById(props.locale, `page.method.applies.${c.appliesWhen}`, c.appliesWhen.replace('e2ee.', 'end-to-end encryption of '))
    : undefined;
  return (
    <>
      {w.say('page.method.readsFact')} <code>{c.fact}</code>
      {w.say('page.method.factColon')}{' '}
      {Object.entries(c.points)
        .map(([value, share]) => (w.en ? `${valueInWords(value)} earns ${percent(share)}` : w.say('page.method.earns', { value: w.value(value), share })))
        .join(w.say('page.method.earnsSeparator'))}
      .{applies ? ` ${w.say('page.method.appliesWhen', { what: applies })}` : ''}
    </>
  );
}

/** What counts as evidence and how old it may be, from data/source-hosts.yaml. */
function SourceRules(props: { policy: SourcePolicy; locale: Locale }) {
  const p = props.policy;
  const { locale } = props;
  const say = sayer(locale);
  const list = (xs: readonly string[]) => joinList(locale, xs);
  const coreFact = (c: string) =>
    sayById(locale, `page.method.core.${c}`, c === 'app.accountRequires' ? 'what an account requires' : c === 'dataCollected' ? 'the data collected' : c);
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{say('page.method.sources')}</h2>
      <p>
        {say('page.method.sourcesText')} (<code>data/source-hosts.yaml</code>){say('page.method.sourcesDenied')}
      </p>
      <p>
        {say('page.method.coreBefore')}
        <span id="core-facts">{list(p.coreFacts.map(coreFact))}</span>
        {say('page.method.coreMiddle')}{' '}
        <span id="accepted-sources">{list(p.acceptedForCoreFacts.map((k) => sayById(locale, `page.method.class.${k}`, k.replace(/-/g, ' '))))}</span>
        {say('page.method.coreAfter')}
      </p>
      <p>
        {say('page.method.staleBefore')} <strong>{say('page.method.stale')}</strong> {say('page.method.staleMiddle')}{' '}
        <strong id="freshness-years">{p.freshness.maxAgeYears}</strong> {say('page.method.staleAfter')}
      </p>
    </section>
  );
}

export function MethodologyView(props: { rubric: Rubric; sourcePolicy?: SourcePolicy | undefined; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const locale = props.meta.locale ?? 'en';
  const w = writer(locale);
  const { say } = w;
  // dimension names, level words, labels and tone words in the page's language (the rubric's own words in English)
  const rubric = localRubric(props.rubric, locale);
  const question = (d: Rubric['dimensions'][number]) => (w.en ? d.question : sayById(locale, `page.method.question.${d.id}`, d.question));
  // the changelog in the page's language where data/rubric.yaml translates the entry; else the English, marked
  const changelog = rubric.changelog.map((entry) => {
    const local = locale === 'en' ? undefined : entry.translations?.[locale];
    return {
      version: entry.version,
      date: entry.date,
      ...(local ? { changes: local.changes, lang: locale } : { changes: entry.changes, lang: 'en' as const }),
    };
  });
  const c = rubric.controversies;
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('page.method.title', { version: rubric.version }),
        description: say('page.method.description'),
        path: '/methodology',
        breadcrumbs: [
          { name: say('page.crumbs.apps'), path: '/' },
          { name: say('page.method.crumb'), path: '/methodology' },
        ],
      }}
    >
      <h1>{say('page.method.h1')}</h1>
      <p class="lede">
        {say('page.method.ledeBefore')} <strong id="rubric-version">{rubric.version}</strong>
        {say('page.method.ledePublished')} <time datetime={rubric.published}>{longDate(rubric.published, locale)}</time>
        {say('page.method.ledeAfter')}
      </p>

      <nav aria-label={say('page.toc')} class="toc">
        <ul>
          <li>
            <a href="#score">{say('page.method.score')}</a>
          </li>
          {rubric.dimensions.map((d) => (
            <li>
              <a href={`#dim-${d.id}`}>{d.name}</a>
            </li>
          ))}
          <li>
            <a href="#unknowns">{say('page.method.unknowns')}</a>
          </li>
          {props.sourcePolicy ? (
            <li>
              <a href="#sources">{say('page.method.sources')}</a>
            </li>
          ) : null}
          <li>
            <a href="#controversies">{say('page.method.controversies')}</a>
          </li>
          <li>
            <a href="#changelog">{say('page.method.changelog')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="score">
        <h2 id="score">{say('page.method.score')}</h2>
        <p>{say('page.method.scoreText')}</p>
        <table class="dimension-weights stack">
          <caption>{say('page.method.weightsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('page.method.dimension')}</th>
              <th scope="col">{say('page.method.question')}</th>
              <th scope="col">{say('page.method.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.dimensions.map((d) => (
              <tr>
                <th scope="row">
                  <a href={`#dim-${d.id}`}>{d.name}</a>
                </th>
                <td data-label={say('page.method.question')}>{question(d)}</td>
                <td data-weight={d.id} data-label={say('page.method.share')}>
                  {w.pct(d.weight)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="label-bands">
          <caption>{say('page.method.bandsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('page.method.scoreFrom')}</th>
              <th scope="col">{say('page.method.label')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.labels.map((l) => (
              <tr>
                <td>{w.num(l.min)}</td>
                <td>
                  <ToneText rubric={rubric} tone={l.tone} text={l.label} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {say('page.method.tonesBefore')}
          {Object.entries(rubric.tones).map(([tone, t], i) => (
            <>
              {i > 0 ? ', ' : ''}
              <span class={`tone-${tone}`}>
                <span aria-hidden="true" class="icon">
                  {t.icon}
                </span>{' '}
                {t.words}
              </span>
            </>
          ))}
          {say('page.method.tonesAfter')}
        </p>
      </section>

      {rubric.dimensions.map((d) => {
        const total = d.criteria.reduce((s, x) => s + x.weight, 0);
        return (
          <section aria-labelledby={`dim-${d.id}`} class="dimension">
            <h2 id={`dim-${d.id}`}>{d.name}</h2>
            <p>
              <strong>{question(d)}</strong>{' '}
              {w.en ? `This dimension is ${percent(d.weight)} of the Safety Score.` : say('page.method.dimensionShare', { share: d.weight })}
            </p>
            <table class="levels">
              <caption>{say('page.method.levelsCaption', { dimension: d.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{say('page.method.subScoreFrom')}</th>
                  <th scope="col">{say('page.method.level')}</th>
                </tr>
              </thead>
              <tbody>
                {d.levels.map((l) => (
                  <tr>
                    <td>{w.num(l.min)}</td>
                    <td>
                      <ToneText rubric={rubric} tone={l.tone} text={l.level} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table class="criteria stack">
              <caption>{say('page.method.criteriaCaption', { dimension: d.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{say('page.method.criterion')}</th>
                  <th scope="col">{say('page.method.weight')}</th>
                  <th scope="col">{say('page.method.how')}</th>
                </tr>
              </thead>
              <tbody>
                {d.criteria.map((cr) => (
                  <tr id={`criterion-${cr.id}`}>
                    <th scope="row">{cr.label}</th>
                    <td data-label={say('page.method.weight')}>
                      {say('page.method.weightOf', { weight: w.num(cr.weight), total: w.num(total) })}
                      <span class="muted">
                        {' '}
                        {w.en
                          ? `(${percent((d.weight * cr.weight) / total)} of the score)`
                          : say('page.method.weightShare', { share: (d.weight * cr.weight) / total })}
                      </span>
                    </td>
                    <td data-label={say('page.method.how')}>
                      <HowItScores criterion={cr} w={w} locale={locale} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}

      <section aria-labelledby="unknowns">
        <h2 id="unknowns">{say('page.method.unknowns')}</h2>
        <p>{say('page.method.unknownsText')}</p>
        <p>
          {say('page.method.coverageBefore')} <strong id="coverage-minimum">{w.pct(rubric.coverage.minimum)}</strong>{' '}
          {say('page.method.coverageAfter', { unscored: rubric.words.unscored })}
        </p>
      </section>

      {props.sourcePolicy ? <SourceRules policy={props.sourcePolicy} locale={locale} /> : null}

      <section aria-labelledby="controversies">
        <h2 id="controversies">{say('page.method.controversies')}</h2>
        <p>
          {say('page.method.penaltyBefore')} <strong id="max-penalty">{w.num(c.maxPenalty)}</strong> {say('page.method.penaltyMiddle')}{' '}
          <strong>{w.num(c.ongoingFactor)}</strong>
          {say('page.method.penaltyAfter')}
        </p>
        <table class="severity">
          <caption>{say('page.method.severityCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('page.method.severity')}</th>
              <th scope="col">{say('page.method.points')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(c.severity).map(([severity, points]) => (
              <tr>
                <th scope="row">{w.en ? severity : sayById(locale, `page.method.severityName.${severity}`, severity)}</th>
                <td>{w.num(points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="recency">
          <caption>{say('page.method.recencyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('page.method.within')}</th>
              <th scope="col">{say('page.method.factor')}</th>
            </tr>
          </thead>
          <tbody>
            {c.recency.map((r) => (
              <tr>
                <td>{w.en ? `${r.withinYears} years` : say('page.method.years', { count: r.withinYears })}</td>
                <td>{w.num(r.factor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="changelog">
        <h2 id="changelog">{say('page.method.changelog')}</h2>
        {changelog.some((entry) => entry.lang === 'en' && !w.en) ? <p class="muted">{say('page.method.changelogNote')}</p> : null}
        <ol class="changelog" reversed>
          {changelog.map((entry) => (
            <li>
              <strong>{entry.version}</strong> (<time datetime={entry.date}>{longDate(entry.date, locale)}</time>)
              <ul lang={entry.lang === locale ? undefined : 'en'}>
                {entry.changes.map((change) => (
                  <li>{change}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
