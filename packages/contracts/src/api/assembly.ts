// Endpoints of the assembly context: one `endpoint(...)` per route, exported by name.
export {}
