import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { CSRF_HEADER } from '../../auth/guards.ts';
import { SESSION_COOKIE } from '../../auth/sessions.ts';
import type { AppEnv } from '../../lib/app-types.ts';
import { CSRF_SCHEME, SESSION_SCHEME } from '../../lib/route-from-endpoint.ts';

const OPENAPI_PATH = '/api/v1/openapi.json';
const DOCS_PATH = '/api/v1/docs';

// Resolved through package.json: importing the package itself would load the whole browser bundle.
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

// No inline script: the page must keep working under a Content-Security-Policy of script-src 'self'.
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Action Plan Tracker API</title>
    <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png">
    <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
    <script src="${DOCS_PATH}/init.js"></script>
  </body>
</html>
`;

/** The reference's own paths: public, like the health check and sign-in. */
export const docsPaths = [OPENAPI_PATH, DOCS_PATH, `${DOCS_PATH}/`, `${DOCS_PATH}/init.js`, `${DOCS_PATH}/:file`] as const;

const init = `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(OPENAPI_PATH)}, dom_id: '#swagger-ui', deepLinking: true });\n`;

/** The OpenAPI 3.1 document of every route registered so far, and a local API reference over it. */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Set by POST /api/v1/session (sign in); HttpOnly, so a browser on this origin sends it by itself.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', CSRF_SCHEME, {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: 'The csrfToken of GET /api/v1/session, on every state-changing request but sign-in.',
  });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'Action Plan Tracker API',
      version: '1',
      description: 'Follow-through on the City of Hannover’s action plan “Hannover – International City”.',
    },
  });
  app.get(DOCS_PATH, (c) => c.html(page));
  app.get(`${DOCS_PATH}/`, (c) => c.redirect(DOCS_PATH, 301));
  app.get(`${DOCS_PATH}/init.js`, (c) => c.body(init, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get(`${DOCS_PATH}/:file`, async (c, next) => {
    const file = c.req.param('file');
    const type = Object.hasOwn(assets, file) ? assets[file] : undefined;
    if (!type) return next();
    return c.body(await readFile(join(swaggerUiDir, file)), 200, { 'Content-Type': type });
  });
}
