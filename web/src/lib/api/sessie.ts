import { call, callNoContent } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { Sessie, TotpBevestigd, TotpRegistratie } from './types';

// The login steps and the session itself (tag `sessie`). The client adds X-CSRF-Token.

/** The current session; a 401 failure means: not logged in. */
export function loadSessie(signal?: AbortSignal): Promise<ApiResult<Sessie>> {
  return call(() => api.GET('/sessie', { signal }));
}

/** Step 1: e-mail address and password. 401: wrong combination; 429: too many attempts. */
export function login(email: string, wachtwoord: string): Promise<ApiResult<Sessie>> {
  return call(() => api.POST('/sessie', { body: { email, wachtwoord } }));
}

/** Step 2: a TOTP code (six digits) or a one-time recovery code. */
export function checkTotp(input: { code: string } | { herstelcode: string }): Promise<ApiResult<Sessie>> {
  return call(() => api.POST('/sessie/totp', { body: input }));
}

/** Enrolment, part 1: a new secret and its otpauth URI (for the QR code). */
export function startTotpRegistratie(): Promise<ApiResult<TotpRegistratie>> {
  return call(() => api.POST('/sessie/totp-registratie'));
}

/** Enrolment, part 2: confirm with a code; returns the session and ten recovery codes. */
export function confirmTotpRegistratie(code: string): Promise<ApiResult<TotpBevestigd>> {
  return call(() => api.POST('/sessie/totp-registratie/bevestiging', { body: { code } }));
}

/** Changes the own password (required after a one-time password). */
export function changePassword(huidigWachtwoord: string, nieuwWachtwoord: string): Promise<ApiResult<null>> {
  return callNoContent(() => api.PUT('/sessie/wachtwoord', { body: { huidigWachtwoord, nieuwWachtwoord } }));
}

/** Resets the idle time to 30 minutes (never past the absolute end). */
export function extendSessie(): Promise<ApiResult<Sessie>> {
  return call(() => api.POST('/sessie/verlenging'));
}

/** Ends the session on the server and clears the cookie. */
export function logout(): Promise<ApiResult<null>> {
  return callNoContent(() => api.DELETE('/sessie'));
}
