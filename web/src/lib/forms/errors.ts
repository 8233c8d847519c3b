import type { InvalidParam } from '../api/types';

/** One message in the error summary, pointing at the field (element id) it is about. */
export interface FieldError {
  id: string;
  message: string;
}

/** Field id → message. */
export type FieldErrors = Record<string, string>;

/** The errors in the order the fields appear on the page (the summary follows that order). */
export function orderedErrors(errors: FieldErrors, order: readonly string[]): FieldError[] {
  const known = order.filter((id) => errors[id] !== undefined).map((id) => ({ id, message: errors[id] as string }));
  const rest = Object.keys(errors)
    .filter((id) => !order.includes(id))
    .map((id) => ({ id, message: errors[id] as string }));
  return [...known, ...rest];
}

/**
 * Splits the server's invalidParams (RFC 9457 extension) into messages per form field and the
 * rest. `fieldFor` maps a parameter name such as `naam` or `rollen[0].regioCode` to the id of
 * the input, or null when the form has no such field.
 */
export function mapInvalidParams(
  params: readonly InvalidParam[],
  fieldFor: (name: string) => string | null,
): { fields: FieldErrors; other: InvalidParam[] } {
  const fields: FieldErrors = {};
  const other: InvalidParam[] = [];
  for (const param of params) {
    const id = fieldFor(param.name.replace(/^(body|query)[./]/, ''));
    if (id === null) other.push(param);
    else if (fields[id] === undefined) fields[id] = param.reason;
    else fields[id] += ` ${param.reason}`;
  }
  return { fields, other };
}

/** A simple mapping by name, e.g. { naam: 'org-naam', regioCodes: 'org-regios' }; `x[3]` maps as `x`. */
export function fieldMap(map: Record<string, string>): (name: string) => string | null {
  return (name) => map[name] ?? map[name.replace(/\[\d+\].*$/, '')] ?? null;
}

/** Moves focus to a field, as the links of the error summary do. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (element === null) return;
  // A group of checkboxes: focus its first box.
  const target =
    element instanceof HTMLFieldSetElement ? (element.querySelector<HTMLElement>('input, select, textarea') ?? element) : element;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}
