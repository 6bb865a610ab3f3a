// ESLint: the boundaries between layers, the rules of hooks, translated text, awaited promises.
// `npm run lint` (part of `npm test`); tests/unit/lint.test.ts proves each boundary rule fires.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FEATURES = ['accounts', 'brief', 'dossier', 'search', 'stakeholders', 'team', 'today', 'visits']

// Crossing two folders or more is what the aliases are for.
const DEEP_RELATIVE = ['^\\.\\./\\.\\./(?!(\\.\\./)*package\\.json$)', 'Import across folders by alias (#shared/…, #ui/…, see tsconfig.base.json), not by climbing.']

/** `no-restricted-imports` with regex patterns over the import specifier, each with its reason. */
const forbid = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: [...rules, DEEP_RELATIVE].map(([regex, message]) => ({ regex, message })) }]
})

// The renderer's folders, by relative path or by their `#app/…` alias (tsconfig.base.json paths).
const RENDERER_ALIAS = '^#(app|data|editor|features|graph|host|i18n|ui)(/|$)'

const NODE_OR_ELECTRON = ['^(node:|electron$)', 'Node and Electron belong to electron/main.']

export default tseslint.config(
  { ignores: ['out/**', 'dist-web/**', 'release/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "TSAsExpression > TSTypeReference[typeName.name='MessageKey']", message: 'Build message keys from a typed table, never by casting a string.' }
      ]
    }
  },
  {
    files: ['renderer/src/**/*.tsx'],
    ignores: ['renderer/src/**/*.test.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "TSAsExpression > TSTypeReference[typeName.name='MessageKey']", message: 'Build message keys from a typed table, never by casting a string.' },
        // Key names in <Kbd> (Ctrl K) are the same in every language.
        { selector: "JSXText[value=/[A-Za-z\\u3400-\\u9fff]/]:not(JSXElement[openingElement.name.name='Kbd'] > JSXText)", message: 'UI text goes through t() and the message catalogues.' },
        {
          selector: 'JSXAttribute[name.name=/^(title|alt|placeholder|label|aria-label|aria-description)$/] > Literal[value=/[A-Za-z\\u3400-\\u9fff]/]',
          message: 'UI text goes through t() and the message catalogues.'
        }
      ]
    }
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: forbid(
      NODE_OR_ELECTRON,
      ['^(react|react-dom|dexie|dexie-react-hooks|lexical|@lexical/|cytoscape)', 'shared/ is pure logic: no UI, storage or editor libraries.'],
      ['(^|/)(renderer|electron)(/|$)', 'shared/ is imported by renderer and electron, never the other way round.'],
      [RENDERER_ALIAS, 'shared/ is imported by renderer and electron, never the other way round.']
    )
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*.test.{ts,tsx}'],
    rules: forbid(NODE_OR_ELECTRON, ['(^|/)electron/', 'The renderer reaches main only through the host API.'], ['^dexie', 'Only renderer/src/data imports Dexie.'])
  },
  {
    files: ['renderer/src/data/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*.test.{ts,tsx}'],
    rules: forbid(NODE_OR_ELECTRON, ['(^|/)electron/', 'The renderer reaches main only through the host API.'], ['(^|/|#)(app|features|ui|editor|graph)(/|$)', 'The data layer knows no screens.'])
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*.test.{ts,tsx}'],
    rules: forbid(
      NODE_OR_ELECTRON,
      ['^dexie', 'Only renderer/src/data imports Dexie.'],
      ['(^|/|#)(app|features|data|editor|graph|host)(/|$)', 'ui/ holds design-system primitives with no domain knowledge.'],
      ['(^|/|#)shared/(domain|schemas|ipc)(/|$)', 'ui/ holds design-system primitives with no domain knowledge.']
    )
  },
  {
    files: ['renderer/src/{editor,graph}/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*.test.{ts,tsx}'],
    rules: forbid(
      NODE_OR_ELECTRON,
      ['^dexie', 'Only renderer/src/data imports Dexie.'],
      ['(^|/|#)(app|features)(/|$)', 'editor/ and graph/ are adapters: screens use them, never the other way round.']
    )
  },
  ...FEATURES.map((feature) => ({
    files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
    ignores: ['renderer/src/**/*.test.{ts,tsx}'],
    rules: forbid(
      NODE_OR_ELECTRON,
      ['^dexie', 'Only renderer/src/data imports Dexie.'],
      [`^(\\.\\./|#features/)(${FEATURES.filter((f) => f !== feature).join('|')})/`, 'Features import each other only through their index.']
    )
  })),
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: forbid(['(^|/)renderer(/|$)', 'Main and preload never import the renderer.'], [RENDERER_ALIAS, 'Main and preload never import the renderer.'])
  },
  { files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs,cjs}', 'bench/**/*.{ts,mjs}', 'tests/**/*.ts', '*.{js,ts,mjs}'], languageOptions: { globals: globals.node } },
  // Test doubles stand in for Electron's and the DOM's wide objects.
  { files: ['**/*.test.{ts,tsx}'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node }, rules: { '@typescript-eslint/no-require-imports': 'off' } }
)
