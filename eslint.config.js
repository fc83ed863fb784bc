// Lint: typescript-eslint's type-aware recommended rules over the whole project.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // dist/ at any depth: the end-to-end server builds into web/dist (vite's root is web/).
  { ignores: ['**/dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never build HTML from strings: use Lit templates or textContent.',
        },
      ],
    },
  },
  {
    // The pure model must not know the DOM, Lit or Cytoscape.
    files: ['web/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['lit', 'lit/*', '@lit/*', 'cytoscape', '*/components/*'] },
      ],
    },
  },
);
