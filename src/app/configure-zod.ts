/**
 * Imported first by main.tsx, before any schema is built or used: the page's
 * Content-Security-Policy forbids eval, so zod must not probe for it (the probe's caught
 * `new Function` is still reported as a policy violation).
 */
import { config } from 'zod/mini';

config({ jitless: true });
