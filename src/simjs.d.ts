// The simjs package has no named exports (it assigns window.Sim): a direct named import
// must not compile. Use src/engine/simjs.ts.
declare module 'simjs' {
  export {};
}
