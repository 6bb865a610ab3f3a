// Public data API of the dossier feature (repositories, queries, live-query hooks); re-exported by ../index.ts.
export {}
