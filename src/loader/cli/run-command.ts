/**
 * How every command-line entry point ends: exit with the code its `main` returns; an error
 * nobody expected prints its stack (the place to start looking) and exits 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
