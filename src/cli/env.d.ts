/** Set by the command line's bundle build (bundle.mjs); absent when the sources run directly. */
interface ImportMetaEnv {
  readonly CLI_BUNDLE?: boolean;
  readonly CLI_PROJECT_ROOT?: string;
}
