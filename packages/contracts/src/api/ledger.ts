// Endpoints of the ledger context: one `endpoint(...)` per route, exported by name.
export {}
