import { fileURLToPath } from 'node:url';

/**
 * The project's directory, where `scenarios/` is: found from this file's place, or, in the
 * command line's bundle (which lives under node_modules/.cache), as the build recorded it.
 */
export const PROJECT_ROOT: string = import.meta.env?.CLI_PROJECT_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
