// Filled in by #7: the API ↔ portal contract of this area.
export {};
