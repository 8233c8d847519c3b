/**
 * The version to send in If-Match: the ETag header of the last answer, or, when a proxy
 * dropped it, the strong ETag the server derives from `versie`.
 */
export function ifMatchValue(etag: string | null, versie: number): string {
  return etag !== null && etag.trim() !== '' ? etag : `"${versie}"`;
}
