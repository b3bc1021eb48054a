// Endpoints of the tickets context: one `endpoint(...)` per route, exported by name.
export {}
