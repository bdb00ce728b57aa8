export { createNewsgraphServer, listen, SERVER_DEFAULTS, type ServerOptions, type StaticFile } from './server.ts';
export { ROUTES, type ApiOptions } from './routes.ts';
