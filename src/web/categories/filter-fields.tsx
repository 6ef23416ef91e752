/** The filter checkboxes and sort select of an app list (a category page and /apps): a GET form that needs no script. */
import type { Locale } from '../../i18n/index.ts';
import { sayById, sayer } from '../views/words.ts';
import type { CategoryQuery, SortKey } from './query.ts';
import { appFilters, sortKeys } from './query.ts';

export function FilterFields(props: {
  query: CategoryQuery;
  sortLabels: Record<SortKey, string>;
  resetHref: string;
  filtered: boolean;
  locale?: Locale | undefined;
}) {
  const { query } = props;
  const locale = props.locale ?? 'en';
  const say = sayer(locale);
  return (
    <>
      <fieldset>
        <legend>{say('page.filters.legend')}</legend>
        <ul class="checks">
          {appFilters.map((f) => (
            <li>
              <input type="checkbox" id={`has-${f.id}`} name="has" value={f.id} checked={query.has.includes(f.id)} />{' '}
              <label for={`has-${f.id}`}>{sayById(locale, `page.filter.${f.id}`, f.label)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>
        <label for="sort">{say('page.filters.sort')}</label>{' '}
        <select id="sort" name="sort">
          {sortKeys.map((k) => (
            <option value={k} selected={query.sort === k}>
              {props.sortLabels[k]}
            </option>
          ))}
        </select>{' '}
        <button type="submit">{say('page.filters.apply')}</button>
        {props.filtered || query.sort !== 'score' ? (
          <>
            {' '}
            <a href={props.resetHref}>{say('page.filters.reset')}</a>
          </>
        ) : null}
      </p>
    </>
  );
}
