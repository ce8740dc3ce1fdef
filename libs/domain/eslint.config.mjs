import baseConfig from "../../eslint.config.mjs";

export default [
  ...baseConfig,
  {
    // The rules run in NestJS and in the browser: production code imports only its own files.
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.spec.ts", "src/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\.{1,2}/)",
              message:
                "libs/domain imports nothing but its own files (no packages, no node: modules): it runs in the API and in the browser.",
            },
          ],
        },
      ],
    },
  },
];
