/** "Groot Amsterdam (AM13) – Arbeidsmarktregio's – RMT-platform": most specific part first. */
export function documentTitle(parts: readonly string[], appName: string, separator = ' – '): string {
  return [...parts.filter((p) => p.trim() !== ''), appName].join(separator);
}
