// Types of web-build.mjs for the TypeScript callers (the browser-test global setup).
export declare const root: string;
export declare function hasWebApp(): boolean;
export declare function webBuildReason(): string | null;
export declare function ensureWebBuild(opts?: { log?: (line: string) => void }): boolean;
