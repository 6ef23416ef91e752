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

/** A share (0..1) as a percentage: 0.3 → "30%". */
export function percent(share: number): string {
  return `${round(share * 100, 1)}%`;
}

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

function HowItScores(props: { criterion: Criterion }) {
  const c = props.criterion;
  if ('measure' in c) {
    const params = Object.entries(c.params);
    return (
      <>
        {c.describe}
        {params.length > 0 ? <span class="muted"> (parameters: {params.map(([k, v], i) => `${i > 0 ? ', ' : ''}${k} = ${v}`)})</span> : null}
      </>
    );
  }
  return (
    <>
      Reads the fact <code>{c.fact}</code>:{' '}
      {Object.entries(c.points).map(([value, share], i) => `${i > 0 ? '; ' : ''}${valueInWords(value)} earns ${percent(share)}`)}.
      {c.appliesWhen ? ` Counts only in categories where ${c.appliesWhen.replace('e2ee.', 'end-to-end encryption of ')} applies.` : ''}
    </>
  );
}

/** What counts as evidence and how old it may be, from data/source-hosts.yaml. */
function SourceRules(props: { policy: SourcePolicy }) {
  const p = props.policy;
  const list = (xs: readonly string[]) => xs.map((x, i) => `${i === 0 ? '' : i === xs.length - 1 ? ' and ' : ', '}${x.replace(/-/g, ' ')}`).join('');
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources and their age</h2>
      <p>
        Every fact names its sources. A source's address is the canonical document, the vendor's own page; when the editor read an archived copy instead (an
        Open Terms Archive version, a Wayback Machine capture, a ToS;DR copy), the review names that copy and its date too. We classify every host we cite in a
        published list (<code>data/source-hosts.yaml</code>): mirrors, web proxies, content farms, SEO copies and personal forks are never cited, whatever text
        they hold.
      </p>
      <p>
        Core facts (
        <span id="core-facts">
          {list(p.coreFacts.map((c) => (c === 'app.accountRequires' ? 'what an account requires' : c === 'dataCollected' ? 'the data collected' : c)))}
        </span>
        ) must rest on at least one source of these kinds: <span id="accepted-sources">{list(p.acceptedForCoreFacts)}</span>. Otherwise the fact is recorded as
        unknown. A value that follows from the app's category alone (no calls to encrypt in a search engine) needs no source of its own.
      </p>
      <p>
        A core fact is marked <strong>stale</strong> on its review page and in the API when its newest source is more than{' '}
        <strong id="freshness-years">{p.freshness.maxAgeYears}</strong> years older than the review. A source's date is the date the document gives itself;
        without one, the date of the archived copy read; without that, the day the editor read the live page.
      </p>
    </section>
  );
}

export function MethodologyView(props: { rubric: Rubric; sourcePolicy?: SourcePolicy | undefined; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { rubric } = props;
  const c = rubric.controversies;
  return (
    <Layout
      meta={{
        ...props.meta,
        title: `Methodology: how the Safety Score is calculated (rubric ${rubric.version}) | PrivacyDefend`,
        description: 'The published rubric behind every PrivacyDefend rating: dimensions, criteria, weights, thresholds, coverage and the controversy penalty.',
        path: '/methodology',
        breadcrumbs: [
          { name: 'Apps', path: '/' },
          { name: 'Methodology', path: '/methodology' },
        ],
      }}
    >
      <h1>How we rate apps</h1>
      <p class="lede">
        Every rating on this site is computed from sourced facts by rubric <strong id="rubric-version">{rubric.version}</strong>, published{' '}
        <time datetime={rubric.published}>{longDate(rubric.published)}</time>. This page is generated from that rubric, so it always matches the code that
        scores.
      </p>

      <nav aria-label="On this page" class="toc">
        <ul>
          <li>
            <a href="#score">The Safety Score</a>
          </li>
          {rubric.dimensions.map((d) => (
            <li>
              <a href={`#dim-${d.id}`}>{d.name}</a>
            </li>
          ))}
          <li>
            <a href="#unknowns">Unknown facts and coverage</a>
          </li>
          {props.sourcePolicy ? (
            <li>
              <a href="#sources">Sources and their age</a>
            </li>
          ) : null}
          <li>
            <a href="#controversies">Controversies</a>
          </li>
          <li>
            <a href="#changelog">Changelog</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="score">
        <h2 id="score">The Safety Score</h2>
        <p>The Safety Score (0 to 10) is a weighted average of four dimension sub-scores, minus a bounded penalty for controversies.</p>
        <table class="dimension-weights">
          <caption>Dimensions and their share of the Safety Score</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Question</th>
              <th scope="col">Share of the score</th>
            </tr>
          </thead>
          <tbody>
            {rubric.dimensions.map((d) => (
              <tr>
                <th scope="row">
                  <a href={`#dim-${d.id}`}>{d.name}</a>
                </th>
                <td>{d.question}</td>
                <td data-weight={d.id}>{percent(d.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="label-bands">
          <caption>Labels: the first band whose minimum the score reaches</caption>
          <thead>
            <tr>
              <th scope="col">Score from</th>
              <th scope="col">Label</th>
            </tr>
          </thead>
          <tbody>
            {rubric.labels.map((l) => (
              <tr>
                <td>{l.min}</td>
                <td>
                  <ToneText rubric={rubric} tone={l.tone} text={l.label} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Colour never carries meaning alone: each level and label also shows an icon (
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
          ) and its words.
        </p>
      </section>

      {rubric.dimensions.map((d) => {
        const total = d.criteria.reduce((s, x) => s + x.weight, 0);
        return (
          <section aria-labelledby={`dim-${d.id}`} class="dimension">
            <h2 id={`dim-${d.id}`}>{d.name}</h2>
            <p>
              <strong>{d.question}</strong> This dimension is {percent(d.weight)} of the Safety Score.
            </p>
            <table class="levels">
              <caption>{d.name} levels</caption>
              <thead>
                <tr>
                  <th scope="col">Sub-score from</th>
                  <th scope="col">Level</th>
                </tr>
              </thead>
              <tbody>
                {d.levels.map((l) => (
                  <tr>
                    <td>{l.min}</td>
                    <td>
                      <ToneText rubric={rubric} tone={l.tone} text={l.level} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table class="criteria">
              <caption>{d.name} criteria</caption>
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  <th scope="col">Weight</th>
                  <th scope="col">How it scores</th>
                </tr>
              </thead>
              <tbody>
                {d.criteria.map((cr) => (
                  <tr id={`criterion-${cr.id}`}>
                    <th scope="row">{cr.label}</th>
                    <td>
                      {cr.weight} of {total}
                      <span class="muted"> ({percent((d.weight * cr.weight) / total)} of the score)</span>
                    </td>
                    <td>
                      <HowItScores criterion={cr} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}

      <section aria-labelledby="unknowns">
        <h2 id="unknowns">Unknown facts and coverage</h2>
        <p>
          A fact we could not verify is recorded as unknown, with the reason. Unknown facts earn no points, so they can only lower a score: an app never gains
          from hiding something. Criteria that don't apply to an app's category (end-to-end encryption of calls for a password manager, say) are left out of
          both the points and the coverage.
        </p>
        <p>
          Coverage is the share of the applicable criterion weight whose facts are known. Below{' '}
          <strong id="coverage-minimum">{percent(rubric.coverage.minimum)}</strong> coverage we show no score at all, only “{rubric.words.unscored}”, because
          there is not enough evidence to rate the app.
        </p>
      </section>

      {props.sourcePolicy ? <SourceRules policy={props.sourcePolicy} /> : null}

      <section aria-labelledby="controversies">
        <h2 id="controversies">Controversies</h2>
        <p>
          Breaches, fines and other incidents lower the Safety Score by at most <strong id="max-penalty">{c.maxPenalty}</strong> points. Each one costs its
          severity's points times a recency factor, times <strong>{c.ongoingFactor}</strong> while it is unresolved.
        </p>
        <table class="severity">
          <caption>Points by severity</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(c.severity).map(([severity, points]) => (
              <tr>
                <th scope="row">{severity}</th>
                <td>{points}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="recency">
          <caption>Recency factor, by years between the incident and the review</caption>
          <thead>
            <tr>
              <th scope="col">Within</th>
              <th scope="col">Factor</th>
            </tr>
          </thead>
          <tbody>
            {c.recency.map((r) => (
              <tr>
                <td>{r.withinYears} years</td>
                <td>{r.factor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="changelog">
        <h2 id="changelog">Changelog</h2>
        <ol class="changelog" reversed>
          {rubric.changelog.map((entry) => (
            <li>
              <strong>{entry.version}</strong> (<time datetime={entry.date}>{longDate(entry.date)}</time>)
              <ul>
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
