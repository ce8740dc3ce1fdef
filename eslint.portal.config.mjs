import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** The Angular projects' lint configuration: the base rules plus Angular's, selectors prefixed `pt`. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'pt', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'pt', style: 'kebab-case' }],
    },
  },
];
