// Lint: a small, strict set on top of what `tsc --noEmit` already checks (strict mode,
// verbatimModuleSyntax). typescript-eslint because its type-aware rules are the ones that
// matter here (a floating promise in a content script or the background fails silently);
// formatting is Prettier's ("prettier" in package.json), so no rule here is about layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated output, and the fixture pages' own scripts (they model third-party consoles).
  { ignores: ['dist/', 'test-results/', 'walkthrough/', 'coverage/', '.tmp/', 'tests/fixtures/**/*.js'] },
  // A disable comment that no rule needs is an error too: every one left in the tree is read.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // No unused code.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // No floating promises: every promise is awaited, returned, or marked `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      // Consistent imports: types imported as types, one import per module.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: false }],
      eqeqeq: ['error', 'smart'],
      // A timer declared before the callback that clears it, assigned after: a `let` by need.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The extension itself never logs: nothing of the token's path may reach a console.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'error',
      // No markup from strings: the build also cuts Preact's innerHTML write (scripts/build/no-inner-html.ts).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
    },
  },
);
