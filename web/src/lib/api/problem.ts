import type { MessageKey, MessageParams } from '../i18n/translate';
import type { ApiFailure } from './result';
import type { InvalidParam } from './types';

export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** What the error alert shows: always a title, the rest when the server sent it. */
export interface ProblemView {
  title: string;
  detail: string | null;
  status: number | null;
  instance: string | null;
  invalidParams: InvalidParam[];
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function invalidParamsOf(value: unknown): InvalidParam[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const name = nonEmptyString(record.name);
    const reason = nonEmptyString(record.reason);
    if (name === null || reason === null) return [];
    return [{ name, reason, code: nonEmptyString(record.code) ?? '' }];
  });
}

/**
 * Turns a failed call into the text of the error alert. A problem+json body (RFC 9457)
 * supplies title, detail, instance and invalidParams; anything else (an HTML error page from a
 * proxy, an empty body, no answer at all) gets a translated fallback, so the user never sees
 * raw markup or "undefined".
 */
export function describeProblem(failure: ApiFailure, t: Translator): ProblemView {
  if (failure.kind === 'network') {
    return {
      title: t('problem.network.title'),
      detail: t('problem.network.detail'),
      status: null,
      instance: null,
      invalidParams: [],
    };
  }
  const body =
    typeof failure.body === 'object' && failure.body !== null
      ? (failure.body as Record<string, unknown>)
      : {};
  const title = nonEmptyString(body.title);
  return {
    title: title ?? t('problem.unknown.title'),
    detail: nonEmptyString(body.detail) ?? (title ? null : t('problem.unknown.detail', { status: String(failure.status) })),
    status: typeof body.status === 'number' ? body.status : failure.status,
    instance: nonEmptyString(body.instance),
    invalidParams: invalidParamsOf(body.invalidParams),
  };
}

export function isNotFound(failure: ApiFailure): boolean {
  return failure.kind === 'http' && failure.status === 404;
}
