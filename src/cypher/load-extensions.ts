/** Registers the scalar function library (functions/) and the temporal types (temporal/) with the engine. */
import './functions/index.ts';
import './temporal/index.ts';
