/**
 * Loads the function library (functions/) and temporal types (temporal/) for their registration side
 * effects, when those modules are present.
 */
const here = new URL('.', import.meta.url);
for (const mod of ['./functions/index.ts', './temporal/index.ts']) {
  try {
    await import(new URL(mod, here).href);
  } catch (e) {
    if (!(e instanceof Error) || !/Cannot find module|ERR_MODULE_NOT_FOUND/.test(`${(e as { code?: string }).code ?? ''} ${e.message}`)) throw e;
  }
}
export {};
