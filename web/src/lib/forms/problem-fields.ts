import { describeProblem, type Translator } from '../api/problem';
import type { ApiFailure } from '../api/result';
import type { InvalidParam } from '../api/types';
import { mapInvalidParams, type FieldErrors } from './errors';

/**
 * A failed submit split for display: messages for fields (from invalidParams, shown in the
 * error summary and at the fields) and, when anything is left, the failure for a ProblemAlert.
 */
export interface SubmitProblem {
  fields: FieldErrors;
  /** Shown in a ProblemAlert; null when every message belongs to a field. */
  alert: ApiFailure | null;
  other: InvalidParam[];
}

export function splitProblem(
  failure: ApiFailure,
  fieldFor: (name: string) => string | null,
  t: Translator,
): SubmitProblem {
  const view = describeProblem(failure, t);
  const { fields, other } = mapInvalidParams(view.invalidParams, fieldFor);
  const allMapped = view.invalidParams.length > 0 && other.length === 0;
  return { fields, other, alert: allMapped ? null : failure };
}

/** The human message of a problem (detail, else title), e.g. for a single field. */
export function problemMessage(failure: ApiFailure, t: Translator): string {
  const view = describeProblem(failure, t);
  return view.detail ?? view.title;
}
