import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { visTimelineWithoutUnusedParts } from './src/lib/vite-plugin-vis-timeline.ts';
import { corpusPlugin } from './src/loader/vite-plugin-corpus.ts';

/**
 * Article text is untrusted: the built page allows no inline or foreign script at all.
 * Dev is left without it because Vite's dev client injects inline scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // vis-timeline positions items with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    corpusPlugin({ seedsDir: process.env.SEEDS_DIR ?? 'seeds' }),
    contentSecurityPolicy(),
    visTimelineWithoutUnusedParts(),
  ],
  build: { chunkSizeWarningLimit: 1200 },
});
