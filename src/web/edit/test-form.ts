/** Test support: the fields a browser would submit for a form on a page (inputs, checked radios, selected options, textareas). */
import { parse } from 'parse5';

interface El {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  content?: El;
  value?: string;
}

const attr = (el: El, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const text = (el: El): string => (el.nodeName === '#text' ? (el.value ?? '') : (el.childNodes ?? []).map(text).join(''));

function walk(el: El, visit: (el: El) => void): void {
  visit(el);
  for (const child of el.childNodes ?? []) walk(child, visit);
}

/** The fields of the form posting to `action` on `html`, as a browser would send them. */
export function formFields(html: string, action: string): Record<string, string> {
  let form: El | undefined;
  walk(parse(html) as unknown as El, (el) => {
    if (el.nodeName === 'form' && attr(el, 'action') === action) form ??= el;
  });
  if (!form) throw new Error(`no form posting to ${action}`);
  const out: Record<string, string> = {};
  walk(form, (el) => {
    const name = attr(el, 'name');
    if (name === undefined) return;
    if (el.nodeName === 'input') {
      const type = attr(el, 'type') ?? 'text';
      if ((type === 'radio' || type === 'checkbox') && attr(el, 'checked') === undefined) return;
      out[name] = attr(el, 'value') ?? '';
    } else if (el.nodeName === 'textarea') out[name] = text(el).replace(/^\n/, '');
    else if (el.nodeName === 'select') {
      const options: El[] = [];
      walk(el, (o) => o.nodeName === 'option' && options.push(o));
      const chosen = options.find((o) => attr(o, 'selected') !== undefined) ?? options[0];
      out[name] = chosen ? (attr(chosen, 'value') ?? text(chosen)) : '';
    }
  });
  return out;
}
