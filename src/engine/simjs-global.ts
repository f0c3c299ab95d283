/**
 * simjs 2.0.3 exports nothing: its bundle only assigns `window.Sim`, and only where a
 * `window` exists. This module runs before `import 'simjs'` (ES modules evaluate in
 * import order) and lends `globalThis.window` where there is none (Node, Web Workers).
 * `simjs.ts` takes the namespace and returns what was lent.
 */
const scope = globalThis as { window?: unknown };

/** True when this module created `window`, so `simjs.ts` must delete it again. */
export const lentWindow = scope.window === undefined;
if (lentWindow) scope.window = globalThis;
