/** What to bundle and where to keep it. */
export interface EsmBundleOptions {
  /** Names the bundle's folder (`<dir>/<name>-<hash>/`) and its inputs record (`<dir>/<name>.inputs.json`). */
  readonly name: string;
  /** The TypeScript entry module (absolute path); the bundle's entry is `<its base name>.mjs`. */
  readonly entry: string;
  /** Folder the input paths are recorded relative to (esbuild's working directory). */
  readonly root: string;
  /** Folder the bundles are kept in (git-ignored). */
  readonly dir: string;
  /** Bare import prefixes bundled with the sources (e.g. `@rowforge/`); every other package stays external. */
  readonly bundle?: readonly string[];
  /** Dynamic imports become separate chunks, loaded only when they run. */
  readonly splitting?: boolean;
}

/**
 * The URL of `o.entry` bundled by esbuild, made again whenever one of its inputs changes;
 * undefined when no bundle can be made (the caller then loads the sources another way).
 */
export function esmBundle(o: EsmBundleOptions): Promise<URL | undefined>;
