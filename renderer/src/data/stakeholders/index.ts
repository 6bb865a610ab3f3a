// Public data API of the stakeholders feature (repositories, queries, live-query hooks); re-exported by ../index.ts.
export {}
