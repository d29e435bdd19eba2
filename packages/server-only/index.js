// Outside Next.js (scripts, tests) there is no client bundle to keep a module out of: nothing to do.
// Inside Next.js this file is never loaded: Next.js resolves `server-only` to its own copy, which
// fails the build when a client component imports a server-only module.
