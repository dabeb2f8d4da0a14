import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/vite-plugins/content-security-policy.ts';
import { corpusPlugin } from './src/vite-plugins/corpus.ts';

export default defineConfig({
  plugins: [
    react(),
    corpusPlugin({ seedsDir: process.env.SEEDS_DIR ?? 'seeds' }),
    contentSecurityPolicy(),
  ],
  build: { chunkSizeWarningLimit: 1200 },
});
