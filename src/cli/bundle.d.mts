/** Types of bundle.mjs: the command line as prebuilt JavaScript. */
export declare const COMMANDS: readonly string[];
/** A hash of the project's path and of every source the bundle could contain. */
export declare function sourceHash(): string;
/** The directory holding `<command>.mjs` and `thread-worker.mjs`, built if needed. */
export declare function cliBundle(): Promise<string>;
/** Removes from `cache` every build but `keep`, and build directories abandoned by a killed build. */
export declare function pruneCache(cache: string, keep: string, now?: number): void;
