/** Jest: TypeScript through ts-jest in transpile-only mode (tsc --noEmit does the type checking). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", target: "ES2020", esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.cjs"],
};
