/**
 * Besides these rules, `npm run lint` runs scripts/find-import-cycles.ts (no import cycles,
 * type-only ones included) and knip (no unused file, export or dependency).
 */
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Code that runs in the page: it gets the browser's globals and none of Node's. */
const BROWSER_CODE = [
  'src/app/**',
  'src/features/**',
  'src/components/**',
  'src/lib/**',
  'src/contract/**',
  'src/utils/**',
  'bench/pages/**',
];

/**
 * What the page must never import: Node's modules (Vite only warns, and the app fails at run
 * time), the loader and the build-time plugins (Node code), and the loader's NLP libraries.
 */
const NOT_IN_THE_BROWSER = {
  patterns: [
    { regex: '^node:', message: 'Browser code cannot use Node modules.' },
    {
      regex: '(^|/)(loader|vite-plugins)/',
      message: 'Browser code cannot import the loader or the Vite plugins (Node code).',
    },
    {
      regex: '^(compromise|chrono-node)(/|$)',
      message: 'The NLP libraries belong to the loader; the app reads the corpus JSON.',
    },
  ],
};

/**
 * A feature may use another only through that feature's public entry (`index.ts`), so that
 * what it exports is a decision and its inside can change freely (bulletproof-react's rule).
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const FEATURE_BOUNDARIES = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [
    `./${feature}`,
    ...FEATURES.filter((other) => other !== feature).map((other) => `./${other}/index.ts`),
  ],
  message: `Import another feature only through its public entry, src/features/NAME/index.ts.`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'playwright-report',
      'test-results',
      'node_modules',
      '.cache',
      '.helper-notes',
    ],
  },
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.node },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: BROWSER_CODE,
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', NOT_IN_THE_BROWSER] },
  },
  {
    files: ['src/features/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: FEATURE_BOUNDARIES }] },
  },
  {
    // Component tests run in jsdom: the page's globals, and Node's for the test runner.
    files: ['tests/app/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
