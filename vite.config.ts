import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { corpusPlugin } from './src/loader/vite-plugin-corpus.ts';

export default defineConfig({
  plugins: [react(), corpusPlugin({ seedsDir: process.env.SEEDS_DIR ?? 'seeds' })],
  build: { chunkSizeWarningLimit: 1200 },
});
