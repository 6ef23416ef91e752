/** The filter checkboxes and sort select of an app list (a category page and /apps): a GET form that needs no script. */
import type { CategoryQuery, SortKey } from './query.ts';
import { appFilters, sortKeys } from './query.ts';

export function FilterFields(props: { query: CategoryQuery; sortLabels: Record<SortKey, string>; resetHref: string; filtered: boolean }) {
  const { query } = props;
  return (
    <>
      <fieldset>
        <legend>Show only apps that are</legend>
        <ul class="checks">
          {appFilters.map((f) => (
            <li>
              <input type="checkbox" id={`has-${f.id}`} name="has" value={f.id} checked={query.has.includes(f.id)} />{' '}
              <label for={`has-${f.id}`}>{f.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>
        <label for="sort">Sort by</label>{' '}
        <select id="sort" name="sort">
          {sortKeys.map((k) => (
            <option value={k} selected={query.sort === k}>
              {props.sortLabels[k]}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Apply</button>
        {props.filtered || query.sort !== 'score' ? (
          <>
            {' '}
            <a href={props.resetHref}>Reset</a>
          </>
        ) : null}
      </p>
    </>
  );
}
