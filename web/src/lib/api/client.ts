import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** The one typed client for the RMT-platform API (generated types: `npm run gen:api`). */
export const api = createClient<paths>({
  baseUrl: '/api/v1',
  headers: { Accept: 'application/json, application/problem+json' },
});
