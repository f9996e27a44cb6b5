// ESLint flat config for the whole monorepo. `npm run lint` = `eslint .`
//
// Type-aware (typescript-eslint `recommendedTypeChecked` + a few bug-catching extras) for every
// TypeScript file; plain JS rules for the few .js files (this config, the CLI launcher).
// Why these rules and not more: docs/decisions/0001-tooling.md. Formatting is not linted here.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS_FILES = [
  'packages/*/src/**/*.ts',
  'packages/*/bin/**/*.ts',
  'scripts/**/*.ts',
  'tests/**/*.ts',
  'bench/**/*.ts',
  '*.ts',
];

const JS_FILES = ['*.js', 'packages/*/bin/**/*.js', 'scripts/**/*.js', 'bench/**/*.js'];

const TEST_FILES = ['**/*.test.ts', 'tests/**/*.ts'];

/** Generation code: a cell is a pure function of (seed, table, column, row index). */
const DETERMINISTIC_FILES = ['packages/core/src/{engine,plan,schema,sources,sinks}/**/*.ts'];

const USE_RNG = 'Generation must be deterministic: draw from the engine Rng (src/engine/rng.ts).';
const USE_REF_DATE =
  'Generation must be deterministic: use the plan reference date, not the wall clock.';
const NO_CLOCK = 'Timing does not belong in generation code; measure in bench/ (npm run bench).';

/** Core rules (no @eslint/js dependency) that catch real bugs and that TypeScript does not. */
const coreBugRules = {
  'no-debugger': 'error',
  'no-cond-assign': ['error', 'except-parens'],
  'no-constant-binary-expression': 'error',
  'no-constant-condition': ['error', { checkLoops: 'allExceptWhileTrue' }],
  'no-dupe-else-if': 'error',
  'no-duplicate-case': 'error',
  'no-empty-pattern': 'error',
  'no-self-assign': 'error',
  'no-self-compare': 'error',
  'no-sparse-arrays': 'error',
  'no-template-curly-in-string': 'error',
  'no-unsafe-finally': 'error',
  'no-unsafe-optional-chaining': 'error',
  'no-unreachable-loop': 'error',
  'no-useless-catch': 'error',
  'no-useless-backreference': 'error',
  'no-control-regex': 'error',
  'no-misleading-character-class': 'error',
  'no-loss-of-precision': 'error',
  'no-async-promise-executor': 'error',
  'no-promise-executor-return': 'error',
  'valid-typeof': 'error',
  'use-isnan': 'error',
  'no-var': 'error',
  'prefer-const': 'error',
  eqeqeq: ['error', 'always', { null: 'ignore' }],
};

/** Node globals for plain .js files (TypeScript files get them from @types/node). */
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout',
    'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone',
    'globalThis', 'TextEncoder', 'TextDecoder', 'AbortController', 'performance',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/out/',
    '**/coverage/',
    'bench/results/',
    '**/.rowforge-tmp-*',
    '**/.bundle/',
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // ── TypeScript, type-aware ────────────────────────────────────────────────────────────────
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      ...coreBugRules,
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      // verbatimModuleSyntax keeps `import { type A } from 'x'` as a side-effect import of 'x'.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Numbers and booleans in template literals are ordinary, readable code here
      // (messages like `line ${line}:${col}`); objects and `any` are still refused.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false, allowAny: false },
      ],
      // `async` functions that implement an async interface without awaiting are fine.
      '@typescript-eslint/require-await': 'off',
    },
  },

  // ── Tests: relax what fights Vitest idioms, keep the promise rules ──────────────────────
  {
    files: TEST_FILES,
    rules: {
      // `expect(obj.method).toHaveBeenCalled()` and vi.spyOn patterns pass methods unbound.
      '@typescript-eslint/unbound-method': 'off',
      // Tests poke at parsed JSON output (`JSON.parse(file)`), which is `any` by design.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // ── Determinism bans in generation code (tests beside it are exempt) ───────────────────
  {
    files: DETERMINISTIC_FILES,
    ignores: TEST_FILES,
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: USE_RNG },
        { object: 'Date', property: 'now', message: USE_REF_DATE },
        { object: 'performance', property: 'now', message: NO_CLOCK },
        { object: 'crypto', property: 'randomUUID', message: USE_RNG },
        { object: 'crypto', property: 'randomBytes', message: USE_RNG },
        { object: 'crypto', property: 'randomInt', message: USE_RNG },
        { object: 'crypto', property: 'getRandomValues', message: USE_RNG },
        { object: 'process', property: 'hrtime', message: NO_CLOCK },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: `${USE_REF_DATE} (\`new Date()\` with no arguments reads the clock)`,
        },
        {
          selector: "CallExpression[callee.type='Identifier'][callee.name='Date']",
          message: `${USE_REF_DATE} (\`Date()\` returns the current time as a string)`,
        },
        {
          // Named imports only: `import * as crypto` stays legal for createHash, and
          // `crypto.randomBytes(...)` is caught by no-restricted-properties above.
          selector:
            "ImportDeclaration[source.value=/^(node:)?crypto$/] > ImportSpecifier[imported.name=/^(randomUUID|randomBytes|randomInt|getRandomValues)$/]",
          message: USE_RNG,
        },
        {
          selector:
            "ImportDeclaration[source.value=/^(node:)?perf_hooks$/] > ImportSpecifier[imported.name='performance']",
          message: NO_CLOCK,
        },
      ],
    },
  },

  // ── Plain JavaScript (this file, the CLI launcher): no type information ─────────────────
  {
    files: JS_FILES,
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: nodeGlobals,
    },
    rules: {
      ...coreBugRules,
      'no-undef': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
